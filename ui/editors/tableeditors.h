// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldeditor.h"

#include <QPointer>

class QTableWidget;
class QTableWidgetItem;

namespace Lkc {

class CellListDialog;

// A table with add/remove and rows reordered by drag, each cell checked as it
// is typed (red, with the reason as tooltip). Subclasses say what the columns
// are and what a row means.
class TableFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    TableFieldEditor(const FieldDescription &description, const QStringList &columns,
                     QWidget *parent = nullptr);
    QWidget *focusTarget() override;
    QTableWidget *table() const { return m_table; }
    bool isBeingEdited() const override;
    // The reason a cell's text is wrong, or "" (rows are read as they would be saved).
    virtual QString checkCell(int row, int column, const QString &text) const = 0;
    void addRow();
    void removeCurrentRow();
    // Moves a row as a drop does (`to` is its index afterwards): one move of
    // its item in the YAML. Rows still being filled in stay where they are.
    void moveRow(int from, int to);
    // What a drop of row `from` at `pos` (the table's viewport) does.
    void dropRow(int from, const QPoint &pos);

protected:
    void setRows(const QList<QStringList> &rows);
    QTableWidgetItem *newItem(int column, const QString &text) const;
    QStringList rowTexts(int row) const;
    bool rowIsEmpty(int row) const;
    virtual void cellEdited(int row, int column) = 0;
    virtual void rowRemoved(int row) = 0;
    // Rows 0 … n-1 are items of the YAML value (later ones are being added).
    virtual int writtenRows() const = 0;
    // Where item `index` is, relative to the key: [index] for lists.
    virtual YamlPath itemPath(int index) const { return YamlPath().item(index); }
    virtual void rowsReordered() {}
    // False for cells edited in an editor of their own (a list in a cell).
    virtual bool cellIsInline(int column) const {
        Q_UNUSED(column)
        return true;
    }
    void markCells();

    QTableWidget *m_table;
    bool m_loading = false;
};

// env (KEY=value strings), sysctl and annotations (string maps) as key | value.
class KeyValueEditor : public TableFieldEditor {
    Q_OBJECT
public:
    explicit KeyValueEditor(const FieldDescription &description, QWidget *parent = nullptr);
    void setValue(const std::optional<YamlValue> &value) override;
    QString checkCell(int row, int column, const QString &text) const override;

protected:
    void cellEdited(int row, int column) override;
    void rowRemoved(int row) override;
    int writtenRows() const override;
    YamlPath itemPath(int index) const override;

private:
    void commit();
};

// binds, tmpfs, rlimits: strings of parts, one column per part.
class PartsTableEditor : public TableFieldEditor {
    Q_OBJECT
public:
    explicit PartsTableEditor(const FieldDescription &description, QWidget *parent = nullptr);
    void setValue(const std::optional<YamlValue> &value) override;
    QString checkCell(int row, int column, const QString &text) const override;

protected:
    void cellEdited(int row, int column) override;
    void rowRemoved(int row) override;
    int writtenRows() const override;

private:
    QString joined(const QStringList &parts) const;
    void commit();
};

// mounts, devices, id mappings …: a list of objects, one column per key of the
// item; a cell edit is an edit of that one key. A list inside a cell (a
// mount's options) opens in a list editor of its own (double-click or Enter).
class ObjectTableEditor : public TableFieldEditor {
    Q_OBJECT
public:
    explicit ObjectTableEditor(const FieldDescription &description, QWidget *parent = nullptr);
    void setValue(const std::optional<YamlValue> &value) override;
    QString checkCell(int row, int column, const QString &text) const override;
    QStringList columnKeys() const;
    // Opens the list editor of a list cell; nullptr when the column is no list.
    CellListDialog *openCellList(int row, int column);

protected:
    void cellEdited(int row, int column) override;
    void rowRemoved(int row) override;
    int writtenRows() const override { return m_itemCount; }
    bool cellIsInline(int column) const override { return !isListColumn(column); }
    void rowsReordered() override;

private:
    std::optional<YamlValue> cellValue(int column, const QString &text) const;
    bool isListColumn(int column) const;
    void updateCellList();
    QList<FieldDescription> m_columns;
    std::optional<YamlValue> m_value;
    int m_itemCount = 0;
    QPointer<CellListDialog> m_cellList;
};

} // namespace Lkc
