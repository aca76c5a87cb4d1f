// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/formatdescription.h"
#include "config/yamlpath.h"
#include "config/yamlvalue.h"

#include <QDialog>

#include <optional>

namespace Lkc {

class StringListEditor;

// The editor of a list inside one table cell (a mount's `options`): a small
// window with the same string-list editor the form uses for a top-level list.
// Its changes come out relative to the cell's key, item by item, so each is
// one small text edit and one undo step. It stays open beside the form and
// follows the text after every re-parse.
class CellListDialog : public QDialog {
    Q_OBJECT
public:
    CellListDialog(const FieldDescription &column, int row, QWidget *parent = nullptr);

    int row() const { return m_row; }
    QString columnKey() const { return m_column.key; }
    StringListEditor *listEditor() const { return m_editor; }
    void setValue(const std::optional<YamlValue> &value);

signals:
    // `relative` to the cell's key ("[1]"); an empty path is the whole list.
    void editedAt(const Lkc::YamlPath &relative, const std::optional<YamlValue> &value);
    void movedAt(const Lkc::YamlPath &relative, int toIndex);

private:
    FieldDescription m_column;
    int m_row;
    StringListEditor *m_editor;
};

} // namespace Lkc
