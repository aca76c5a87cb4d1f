// SPDX-License-Identifier: Apache-2.0
// ObjectTableEditor: lists of objects (mounts, devices, id mappings) as tables.
#include "celllistdialog.h"
#include "tableeditors.h"

#include <QHeaderView>
#include <QTableWidget>

namespace Lkc {

// --- objects -----------------------------------------------------------------

namespace {
QStringList columnTitles(const FieldDescription &d) {
    QStringList out;
    for (const FieldDescription &c : d.children)
        out << c.key;
    return out;
}

QString cellText(const YamlValue &v) {
    if (v.isScalar())
        return v.scalarText();
    bool scalars = v.isList();
    for (const YamlValue &item : v.items())
        scalars = scalars && item.isScalar() && !item.scalarText().contains(QLatin1Char(','));
    if (scalars) {
        QStringList parts;
        for (const YamlValue &item : v.items())
            parts << item.scalarText();
        return parts.join(QLatin1Char(','));
    }
    return v.toDebugString(); // flow YAML (JSON): id mappings inside a mount
}
} // namespace

ObjectTableEditor::ObjectTableEditor(const FieldDescription &description, QWidget *parent)
    : TableFieldEditor(description, columnTitles(description), parent)
    , m_columns(description.children) {
    for (int c = 0; c < m_columns.size(); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(m_columns[c].help);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int column) { openCellList(row, column); });
    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row, int column) { openCellList(row, column); });
}

bool ObjectTableEditor::isListColumn(int column) const {
    using Kind = FieldDescription::Kind;
    return column >= 0 && column < m_columns.size() &&
           (m_columns[column].kind == Kind::StringList ||
            m_columns[column].kind == Kind::Capabilities);
}

CellListDialog *ObjectTableEditor::openCellList(int row, int column) {
    if (!isListColumn(column) || row < 0 || row >= m_table->rowCount())
        return nullptr;
    if (m_cellList && m_cellList->row() == row &&
        m_cellList->columnKey() == m_columns[column].key) {
        m_cellList->raise();
        return m_cellList;
    }
    delete m_cellList;
    FieldDescription listColumn = m_columns[column];
    listColumn.kind = FieldDescription::Kind::StringList;
    auto *dialog = new CellListDialog(listColumn, row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_cellList = dialog;
    const QString key = listColumn.key;
    connect(
        dialog, &CellListDialog::editedAt, this,
        [this, dialog, key](const YamlPath &relative, const std::optional<YamlValue> &v) {
            const int r = dialog->row();
            if (r < m_itemCount) {
                emit editedAt(YamlPath().item(r).key(key).joined(relative), v);
            } else if (relative.isRoot() && v) {
                // A row being added becomes an item with its first list.
                ++m_itemCount;
                emit editedAt(YamlPath().item(m_itemCount - 1), YamlValue::fromMap({{key, *v}}));
            }
        });
    connect(dialog, &CellListDialog::movedAt, this,
            [this, dialog, key](const YamlPath &relative, int to) {
                if (dialog->row() < m_itemCount)
                    emit movedAt(YamlPath().item(dialog->row()).key(key).joined(relative), to);
            });
    updateCellList();
    dialog->show();
    return dialog;
}

void ObjectTableEditor::updateCellList() {
    if (!m_cellList)
        return;
    const int row = m_cellList->row();
    if (row >= m_table->rowCount()) {
        m_cellList->close(); // the row is gone
        return;
    }
    const YamlValue *item = m_value && m_value->isList() && row < m_value->items().size()
                                ? &m_value->items()[row]
                                : nullptr;
    const YamlValue *cell = item && item->isMap() ? item->value(m_cellList->columnKey()) : nullptr;
    m_cellList->setValue(cell ? std::optional(*cell) : std::nullopt);
}

QStringList ObjectTableEditor::columnKeys() const {
    return columnTitles(m_description);
}

void ObjectTableEditor::setValue(const std::optional<YamlValue> &value) {
    QList<QStringList> rows;
    if (value && value->isList())
        for (const YamlValue &item : value->items()) {
            QStringList row;
            for (const FieldDescription &c : m_columns) {
                const YamlValue *v = item.isMap() ? item.value(c.key) : nullptr;
                row << (v ? cellText(*v) : QString());
            }
            rows << row;
        }
    m_itemCount = int(rows.size());
    m_value = value;
    setRows(rows);
    updateCellList();
}

std::optional<YamlValue> ObjectTableEditor::cellValue(int column, const QString &text) const {
    using Kind = FieldDescription::Kind;
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const FieldDescription &c = m_columns[column];
    switch (c.kind) {
    case Kind::Integer:
        return YamlValue::fromInt(text.trimmed().toLongLong());
    case Kind::Bool:
        return YamlValue::fromBool(text.trimmed() == QLatin1String("true"));
    case Kind::IdOrName:
        return YamlValue::fromCommandLine(text.trimmed());
    case Kind::StringList:
    case Kind::Capabilities:
        return YamlValue::fromStringList(text.split(QLatin1Char(',')));
    case Kind::ObjectList:
    case Kind::Object:
    case Kind::KeyValue: {
        Result<YamlValue> parsed = YamlValue::parse(text);
        return parsed.ok() ? std::optional(std::move(parsed).value()) : std::nullopt;
    }
    default:
        return YamlValue::fromString(text);
    }
}

QString ObjectTableEditor::checkCell(int, int column, const QString &text) const {
    using Kind = FieldDescription::Kind;
    if (text.trimmed().isEmpty() || column >= m_columns.size())
        return {};
    const FieldDescription &c = m_columns[column];
    bool ok = true;
    switch (c.kind) {
    case Kind::Integer:
        text.trimmed().toLongLong(&ok);
        return ok ? QString() : tr("a whole number is needed");
    case Kind::Bool:
        return (text == QLatin1String("true") || text == QLatin1String("false"))
                   ? QString()
                   : tr("true or false");
    case Kind::ObjectList:
    case Kind::Object:
    case Kind::KeyValue:
        return YamlValue::parse(text).ok() ? QString() : tr("not valid YAML");
    case Kind::Choice:
        if (!c.openChoice && !c.choices.contains(text))
            return tr("one of: %1").arg(c.choices.join(QStringLiteral(", ")));
        return {};
    default:
        return {};
    }
}

void ObjectTableEditor::cellEdited(int row, int column) {
    if (!checkCell(row, column, m_table->item(row, column)->text()).isEmpty())
        return; // not written until it reads right
    if (row >= m_itemCount) {
        // A new row becomes a new item with what it has so far.
        QList<YamlValue::Entry> entries;
        const QStringList texts = rowTexts(row);
        for (int c = 0; c < m_columns.size(); ++c)
            if (const std::optional<YamlValue> v = cellValue(c, texts[c]))
                entries.append({m_columns[c].key, *v});
        if (entries.isEmpty())
            return;
        ++m_itemCount; // the row is an item now, whether or not a re-parse shows it yet
        emit editedAt(YamlPath().item(m_itemCount - 1), YamlValue::fromMap(entries));
        return;
    }
    emit editedAt(YamlPath().item(row).key(m_columns[column].key),
                  cellValue(column, m_table->item(row, column)->text()));
}

void ObjectTableEditor::rowsReordered() {
    if (m_cellList)
        m_cellList->close(); // its row is another one now
}

void ObjectTableEditor::rowRemoved(int row) {
    rowsReordered();
    if (row >= m_itemCount)
        return;
    --m_itemCount;
    emit editedAt(YamlPath().item(row), std::nullopt);
}

} // namespace Lkc
