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

    // What the key is when the YAML leaves it out: the value the image's
    // org.mobyproject.config label sets (nullopt: the label does not set it,
    // or it is not known), else LinuxKit's default from the description.
    void setInherited(const std::optional<YamlValue> &labelValue);
    // "from image label: …", "default: …", or "" when neither says anything.
    QString inheritedText() const;
    // Line, choice and yes/no editors show inheritedText() in the widget; the
    // form puts it under the others.
    virtual bool showsInheritedItself() const { return false; }
    // A value shortened to one line for a hint ("CAP_NET_ADMIN, CAP_SYS_ADMIN").
    static QString shortText(const YamlValue &value);

    // Builds the editor that fits the description's kind (not Object: the form
    // lays those out itself).
    static FieldEditor *create(const FieldDescription &description, QWidget *parent = nullptr);

signals:
    // nullopt: remove the key.
    void edited(const std::optional<YamlValue> &value);
    // A change below the key (`relative` to it: "[2].destination"), so that one
    // cell of a table is one small edit, not a rewrite of the whole list.
    void editedAt(const Lkc::YamlPath &relative, const std::optional<YamlValue> &value);
    // A list item (or mapping entry) below the key moved to another index, as
    // a drag does it: one move of its lines, nothing rewritten.
    void movedAt(const Lkc::YamlPath &relative, int toIndex);

protected:
    virtual void inheritedChanged() {}

    FieldDescription m_description;
    std::optional<YamlValue> m_label;
};

} // namespace Lkc
