// SPDX-License-Identifier: Apache-2.0
#include "celllistdialog.h"
#include "listeditors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Lkc {

CellListDialog::CellListDialog(const FieldDescription &column, int row, QWidget *parent)
    : QDialog(parent)
    , m_column(column)
    , m_row(row)
    , m_editor(new StringListEditor(column, this)) {
    setWindowTitle(tr("%1 of row %2").arg(column.key).arg(row + 1));
    auto *layout = new QVBoxLayout(this);
    if (!column.help.isEmpty()) {
        auto *help = new QLabel(column.help, this);
        help->setWordWrap(true);
        layout->addWidget(help);
    }
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &FieldEditor::edited, this,
            [this](const std::optional<YamlValue> &v) { emit editedAt(YamlPath(), v); });
    connect(m_editor, &FieldEditor::editedAt, this, &CellListDialog::editedAt);
    connect(m_editor, &FieldEditor::movedAt, this, &CellListDialog::movedAt);
}

void CellListDialog::setValue(const std::optional<YamlValue> &value) {
    if (!m_editor->isBeingEdited())
        m_editor->setValue(value);
}

} // namespace Lkc
