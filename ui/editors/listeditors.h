// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldeditor.h"

class QLabel;
class QLineEdit;
class QListWidget;

namespace Lkc {

// A list of strings: add, remove, edit in place, reorder by drag. Each change
// is an edit of the one item it touches (editedAt/movedAt), so a block list
// keeps its other lines and comments.
class StringListEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit StringListEditor(const FieldDescription &description, QWidget *parent = nullptr);
    void setValue(const std::optional<YamlValue> &value) override;
    QWidget *focusTarget() override;
    QListWidget *listWidget() const { return m_list; }
    bool isBeingEdited() const override;
    void addItem(const QString &text); // appends and commits (or edits when text is empty)
    void removeCurrent();

private:
    void commit();
    void itemChanged(int row);
    void rowMoved(int from, int to);
    YamlValue itemValue(const QString &text) const;
    QListWidget *m_list;
    int m_count = 0;       // items the YAML list has; rows after them are being added
    bool m_isList = false; // the value is a YAML list (a lone string is rewritten whole)
    bool m_loading = false;
};

// Every CAP_* the kernel knows as a searchable checklist, with all / none.
class CapabilitiesEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit CapabilitiesEditor(const FieldDescription &description, QWidget *parent = nullptr);
    void setValue(const std::optional<YamlValue> &value) override;
    QWidget *focusTarget() override;
    QListWidget *listWidget() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    void setAll();
    void setNone();

private:
    void commit();
    void filter(const QString &text);
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_state;
    QStringList m_written; // the names as the config has them, in its order
    bool m_loading = false;
};

} // namespace Lkc
