// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldeditor.h"

class QTableWidget;

namespace Lkc {

// A table with add/remove, each cell checked as it is typed (red, with the
// reason as tooltip). Subclasses say what the columns are and what a row means.
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

protected:
    void setRows(const QList<QStringList> &rows);
    QStringList rowTexts(int row) const;
    bool rowIsEmpty(int row) const;
    virtual void cellEdited(int row, int column) = 0;
    virtual void rowRemoved(int row) = 0;
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

private:
    QString joined(const QStringList &parts) const;
    void commit();
};

// mounts, devices, id mappings …: a list of objects, one column per key of the
// item; a cell edit is an edit of that one key.
class ObjectTableEditor : public TableFieldEditor {
    Q_OBJECT
public:
    explicit ObjectTableEditor(const FieldDescription &description, QWidget *parent = nullptr);
    void setValue(const std::optional<YamlValue> &value) override;
    QString checkCell(int row, int column, const QString &text) const override;
    QStringList columnKeys() const;

protected:
    void cellEdited(int row, int column) override;
    void rowRemoved(int row) override;

private:
    std::optional<YamlValue> cellValue(int column, const QString &text) const;
    QList<FieldDescription> m_columns;
    int m_itemCount = 0;
};

} // namespace Lkc
