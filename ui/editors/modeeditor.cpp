// SPDX-License-Identifier: Apache-2.0
#include "modeeditor.h"
#include "config/octalmode.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace Lkc {

ModeEditor::ModeEditor(const FieldDescription &description, QWidget *parent)
    : FieldEditor(description, parent)
    , m_octal(new QLineEdit(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QGridLayout;
    const QString columns[] = {tr("read"), tr("write"), tr("execute")};
    const QString rows[] = {tr("owner"), tr("group"), tr("others")};
    for (int c = 0; c < 3; ++c)
        grid->addWidget(new QLabel(columns[c], this), 0, c + 1);
    for (int r = 0; r < 3; ++r) {
        grid->addWidget(new QLabel(rows[r], this), r + 1, 0);
        for (int c = 0; c < 3; ++c) {
            const int bit = 8 - (r * 3 + c);
            auto *box = new QCheckBox(this);
            box->setAccessibleName(tr("%1 %2").arg(rows[r], columns[c]));
            m_bits[size_t(bit)] = box;
            grid->addWidget(box, r + 1, c + 1);
            connect(box, &QCheckBox::toggled, this, &ModeEditor::commitBits);
        }
    }
    layout->addLayout(grid);
    m_octal->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-7]{0,4}")), m_octal));
    m_octal->setMaximumWidth(m_octal->fontMetrics().horizontalAdvance(QStringLiteral("00000")) +
                             24);
    m_octal->setAccessibleName(tr("Octal mode"));
    if (!m_description.defaultText.isEmpty())
        m_octal->setToolTip(tr("default: %1").arg(m_description.defaultText));
    layout->addWidget(m_octal);
    layout->addStretch();
    setFocusProxy(m_octal);
    connect(m_octal, &QLineEdit::editingFinished, this, &ModeEditor::commitOctal);
}

QWidget *ModeEditor::focusTarget() {
    return m_octal;
}

void ModeEditor::showMode(qint64 mode) {
    m_loading = true;
    m_high = mode & ~qint64(0777);
    for (int bit = 0; bit < 9; ++bit)
        m_bits[size_t(bit)]->setChecked(mode & (qint64(1) << bit));
    m_loading = false;
}

void ModeEditor::setValue(const std::optional<YamlValue> &value) {
    const QString text = value ? value->scalarText() : QString();
    m_loading = true;
    m_octal->setText(text);
    m_loading = false;
    showMode(parseOctalMode(text).value_or(0));
}

void ModeEditor::commitBits() {
    if (m_loading)
        return;
    qint64 mode = m_high;
    for (int bit = 0; bit < 9; ++bit)
        if (m_bits[size_t(bit)]->isChecked())
            mode |= qint64(1) << bit;
    const QString text = QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
    m_loading = true;
    m_octal->setText(text);
    m_loading = false;
    emit edited(YamlValue::fromString(text));
}

void ModeEditor::commitOctal() {
    if (m_loading)
        return;
    const QString text = m_octal->text().trimmed();
    if (text.isEmpty()) {
        emit edited(std::nullopt);
        return;
    }
    const std::optional<qint64> mode = parseOctalMode(text);
    if (!mode)
        return;
    showMode(*mode);
    emit edited(YamlValue::fromString(text));
}

} // namespace Lkc
