// SPDX-License-Identifier: Apache-2.0
#include "tableeditors.h"
#include "config/bindspec.h"
#include "config/rlimitspec.h"
#include "config/tmpfsspec.h"

#include <QApplication>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Lkc {

namespace {

// Checks a cell while it is typed: the line edit turns red with the reason.
class CheckingDelegate : public QStyledItemDelegate {
public:
    CheckingDelegate(const TableFieldEditor *owner, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_owner(owner) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override {
        QWidget *w = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            const int row = index.row(), column = index.column();
            QObject::connect(edit, &QLineEdit::textEdited, edit, [this, edit, row, column] {
                const QString problem = m_owner->checkCell(row, column, edit->text());
                edit->setStyleSheet(problem.isEmpty() ? QString()
                                                      : QStringLiteral("color: #c00000;"));
                edit->setToolTip(problem);
            });
        }
        return w;
    }

private:
    const TableFieldEditor *m_owner;
};

// Rows move by drag: the drop is turned into one move of the row (the item
// model itself would copy cells over other cells).
class RowDragTable : public QTableWidget {
public:
    RowDragTable(int columns, QWidget *parent)
        : QTableWidget(0, columns, parent) {
        setSelectionBehavior(QAbstractItemView::SelectRows);
        setDragEnabled(true);
        setDragDropMode(QAbstractItemView::InternalMove);
        setDropIndicatorShown(true);
    }
    std::function<void(int, int)> onMove;

    // Where a row dropped at `pos` (viewport coordinates) goes: above the row
    // under the upper half of it, below it under the lower half.
    void dropRow(int from, const QPoint &pos) {
        int insertAt = rowAt(pos.y());
        if (insertAt < 0)
            insertAt = rowCount();
        else if (pos.y() > visualRect(model()->index(insertAt, 0)).center().y())
            ++insertAt;
        if (from >= 0 && onMove)
            onMove(from, insertAt > from ? insertAt - 1 : insertAt);
    }

protected:
    void dropEvent(QDropEvent *event) override {
        if ((event->source() && event->source() != this) || !onMove) {
            event->ignore();
            return;
        }
        // The row is moved here; the drag source must not remove anything.
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
        dropRow(currentRow(), event->position().toPoint());
    }
};

} // namespace

TableFieldEditor::TableFieldEditor(const FieldDescription &description, const QStringList &columns,
                                   QWidget *parent)
    : FieldEditor(description, parent)
    , m_table(new RowDragTable(int(columns.size()), this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    m_table->setHorizontalHeaderLabels(columns);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegate(new CheckingDelegate(this, m_table));
    m_table->setMaximumHeight(m_table->fontMetrics().lineSpacing() * 8 + 30);
    m_table->setAccessibleName(m_description.label);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    setFocusProxy(m_table);
    connect(add, &QPushButton::clicked, this, &TableFieldEditor::addRow);
    connect(remove, &QPushButton::clicked, this, &TableFieldEditor::removeCurrentRow);
    static_cast<RowDragTable *>(m_table)->onMove = [this](int from, int to) { moveRow(from, to); };
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading)
            return;
        markCells();
        cellEdited(item->row(), item->column());
    });
}

QWidget *TableFieldEditor::focusTarget() {
    return m_table;
}

bool TableFieldEditor::isBeingEdited() const {
    // An open cell editor is a focused child of the viewport.
    const QWidget *focus = QApplication::focusWidget();
    return focus && m_table->viewport()->isAncestorOf(focus);
}

void TableFieldEditor::setRows(const QList<QStringList> &rows) {
    m_loading = true;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_table->setItem(r, c, newItem(c, rows[r].value(c)));
    markCells();
    m_loading = false;
}

QTableWidgetItem *TableFieldEditor::newItem(int column, const QString &text) const {
    auto *item = new QTableWidgetItem(text);
    if (!cellIsInline(column)) {
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        item->setToolTip(tr("Double-click (or Enter) to edit the list"));
    }
    return item;
}

void TableFieldEditor::markCells() {
    const bool wasLoading = m_loading;
    m_loading = true;
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < m_table->columnCount(); ++c)
            if (QTableWidgetItem *item = m_table->item(r, c)) {
                const QString problem = checkCell(r, c, item->text());
                item->setForeground(problem.isEmpty() ? palette().text() : QBrush(Qt::red));
                if (cellIsInline(c))
                    item->setToolTip(problem);
            }
    m_loading = wasLoading;
}

QStringList TableFieldEditor::rowTexts(int row) const {
    QStringList out;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        const QTableWidgetItem *item = m_table->item(row, c);
        out << (item ? item->text() : QString());
    }
    return out;
}

bool TableFieldEditor::rowIsEmpty(int row) const {
    const QStringList texts = rowTexts(row);
    return std::all_of(texts.cbegin(), texts.cend(),
                       [](const QString &t) { return t.trimmed().isEmpty(); });
}

void TableFieldEditor::addRow() {
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setItem(row, c, newItem(c, QString()));
    m_loading = false;
    m_table->setCurrentCell(row, 0);
    if (cellIsInline(0))
        m_table->editItem(m_table->item(row, 0)); // written once a cell has text
}

void TableFieldEditor::removeCurrentRow() {
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const bool wasEmpty = rowIsEmpty(row);
    m_loading = true;
    m_table->removeRow(row);
    m_loading = false;
    if (!wasEmpty)
        rowRemoved(row);
}

void TableFieldEditor::dropRow(int from, const QPoint &pos) {
    static_cast<RowDragTable *>(m_table)->dropRow(from, pos);
}

void TableFieldEditor::moveRow(int from, int to) {
    const int written = writtenRows();
    if (from < 0 || from >= written || from == to)
        return; // a row still being filled in has no place in the YAML yet
    to = std::clamp(to, 0, written - 1);
    if (to == from)
        return;
    const YamlPath moved = itemPath(from); // before the rows change (a map's key)
    m_loading = true;
    QList<QTableWidgetItem *> items;
    for (int c = 0; c < m_table->columnCount(); ++c)
        items << m_table->takeItem(from, c);
    m_table->removeRow(from);
    m_table->insertRow(to);
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setItem(to, c, items[c]);
    m_loading = false;
    m_table->setCurrentCell(to, 0);
    rowsReordered();
    emit movedAt(moved, to);
}

// --- key | value -------------------------------------------------------------

KeyValueEditor::KeyValueEditor(const FieldDescription &description, QWidget *parent)
    : TableFieldEditor(description, {tr("Name"), tr("Value")}, parent) {}

void KeyValueEditor::setValue(const std::optional<YamlValue> &value) {
    QList<QStringList> rows;
    if (value && value->isMap()) {
        for (const YamlValue::Entry &e : value->entries())
            rows << QStringList{e.first, e.second.scalarText()};
    } else if (value && value->isList()) {
        for (const YamlValue &item : value->items()) {
            const QString text = item.scalarText();
            const qsizetype eq = text.indexOf(QLatin1Char('='));
            rows << (eq < 0 ? QStringList{text, QString()}
                            : QStringList{text.left(eq), text.mid(eq + 1)});
        }
    }
    setRows(rows);
}

QString KeyValueEditor::checkCell(int row, int column, const QString &text) const {
    Q_UNUSED(row)
    if (column != 0)
        return {};
    if (text.trimmed().isEmpty())
        return tr("a name is needed");
    if (m_description.listOfPairs && text.contains(QLatin1Char('=')))
        return tr("a variable name cannot contain '='");
    return {};
}

int KeyValueEditor::writtenRows() const {
    int n = 0; // rows up to the first one without a name
    while (n < m_table->rowCount() && !rowTexts(n)[0].trimmed().isEmpty())
        ++n;
    return n;
}

YamlPath KeyValueEditor::itemPath(int index) const {
    if (m_description.listOfPairs)
        return YamlPath().item(index);
    return YamlPath().key(rowTexts(index)[0].trimmed());
}

void KeyValueEditor::cellEdited(int, int) {
    commit();
}

void KeyValueEditor::rowRemoved(int) {
    commit();
}

void KeyValueEditor::commit() {
    QList<YamlValue> items;
    QList<YamlValue::Entry> entries;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QStringList texts = rowTexts(r);
        if (texts[0].trimmed().isEmpty())
            continue; // a row being filled in: written once it has a name
        if (m_description.listOfPairs)
            items << YamlValue::fromString(texts[0].trimmed() + QLatin1Char('=') + texts[1]);
        else
            entries.append({texts[0].trimmed(), YamlValue::fromString(texts[1])});
    }
    if (items.isEmpty() && entries.isEmpty())
        emit edited(std::nullopt);
    else
        emit edited(m_description.listOfPairs ? YamlValue::fromList(items)
                                              : YamlValue::fromMap(entries));
}

// --- parts -------------------------------------------------------------------

PartsTableEditor::PartsTableEditor(const FieldDescription &description, QWidget *parent)
    : TableFieldEditor(description, description.parts, parent) {}

void PartsTableEditor::setValue(const std::optional<YamlValue> &value) {
    QList<QStringList> rows;
    if (value && value->isList())
        for (const YamlValue &item : value->items()) {
            QStringList parts = item.scalarText().split(m_description.separator);
            // Extra separators belong to the last column (the options).
            while (parts.size() > m_description.parts.size())
                parts[parts.size() - 2] += m_description.separator + parts.takeLast();
            rows << parts;
        }
    setRows(rows);
}

QString PartsTableEditor::joined(const QStringList &parts) const {
    QStringList kept = parts;
    while (kept.size() > m_description.requiredParts && kept.last().trimmed().isEmpty())
        kept.removeLast();
    return kept.join(m_description.separator);
}

QString PartsTableEditor::checkCell(int row, int column, const QString &text) const {
    if (column < m_description.requiredParts && text.trimmed().isEmpty())
        return tr("%1 is needed").arg(m_description.parts.value(column));
    if (text.contains(m_description.separator) && column + 1 < m_description.parts.size())
        return tr("'%1' separates the parts; it cannot appear here").arg(m_description.separator);
    QStringList parts = rowTexts(row);
    parts[column] = text;
    const QString whole = joined(parts);
    const QString key = m_description.key;
    if (key == QLatin1String("tmpfs")) {
        if (column == 0 && !text.startsWith(QLatin1Char('/')))
            return tr("the container path must be absolute");
        return TmpfsSpec::parse(whole).error;
    }
    if (key == QLatin1String("rlimits")) {
        if (column == 0 && !text.isEmpty() &&
            !RlimitSpec::knownTypes().contains(
                (text.startsWith(QLatin1String("RLIMIT_"), Qt::CaseInsensitive)
                     ? text
                     : QLatin1String("RLIMIT_") + text)
                    .toUpper()))
            return tr("not a resource limit the kernel knows");
        const RlimitSpec spec = RlimitSpec::parse(whole);
        return column > 0 ? spec.error : QString();
    }
    // binds
    if (column == 1 && !text.startsWith(QLatin1Char('/')))
        return tr("the container path must be absolute");
    return BindSpec::parse(whole).error;
}

int PartsTableEditor::writtenRows() const {
    int n = 0;
    while (n < m_table->rowCount() && !rowIsEmpty(n))
        ++n;
    return n;
}

void PartsTableEditor::cellEdited(int, int) {
    commit();
}

void PartsTableEditor::rowRemoved(int) {
    commit();
}

void PartsTableEditor::commit() {
    QStringList items;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (!rowIsEmpty(r))
            items << joined(rowTexts(r));
    emit edited(items.isEmpty() ? std::nullopt : std::optional(YamlValue::fromStringList(items)));
}

} // namespace Lkc
