// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/formatdescription.h"
#include "config/yamlvalue.h"

#include <QWidget>

#include <optional>

namespace Lkc {

// The editor of one key of an entry. It shows the value the document holds
// (setValue after every re-parse) and reports what the user made of it
// (edited); the form turns that into one minimal text edit, one undo step.
class FieldEditor : public QWidget {
    Q_OBJECT
public:
    explicit FieldEditor(FieldDescription description, QWidget *parent = nullptr);

    const FieldDescription &description() const { return m_description; }
    // nullopt: the key is not set.
    virtual void setValue(const std::optional<YamlValue> &value) = 0;
    // The widget keyboard focus goes to when a problem points at this key.
    virtual QWidget *focusTarget() { return this; }
    // True while the user is typing in it: a re-parse then leaves it alone.
    virtual bool isBeingEdited() const { return false; }

    // Builds the editor that fits the description's kind (not Object: the form
    // lays those out itself).
    static FieldEditor *create(const FieldDescription &description, QWidget *parent = nullptr);

signals:
    // nullopt: remove the key.
    void edited(const std::optional<YamlValue> &value);
    // A change below the key (`relative` to it: "[2].destination"), so that one
    // cell of a table is one small edit, not a rewrite of the whole list.
    void editedAt(const Lkc::YamlPath &relative, const std::optional<YamlValue> &value);

protected:
    FieldDescription m_description;
};

} // namespace Lkc
