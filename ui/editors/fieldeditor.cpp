// SPDX-License-Identifier: Apache-2.0
#include "fieldeditor.h"
#include "listeditors.h"
#include "modeeditor.h"
#include "scalareditors.h"
#include "tableeditors.h"

namespace Lkc {

FieldEditor::FieldEditor(FieldDescription description, QWidget *parent)
    : QWidget(parent)
    , m_description(std::move(description)) {
    setToolTip(m_description.help);
    setAccessibleName(m_description.label);
}

FieldEditor *FieldEditor::create(const FieldDescription &d, QWidget *parent) {
    using Kind = FieldDescription::Kind;
    switch (d.kind) {
    case Kind::Text:
    case Kind::Integer:
    case Kind::IdOrName:
        return new LineFieldEditor(d, parent);
    case Kind::Bool:
        return new BoolFieldEditor(d, parent);
    case Kind::Choice:
        return new ChoiceFieldEditor(d, parent);
    case Kind::Contents:
        return new ContentsFieldEditor(d, parent);
    case Kind::StringList:
        return new StringListEditor(d, parent);
    case Kind::Capabilities:
        return new CapabilitiesEditor(d, parent);
    case Kind::KeyValue:
        return new KeyValueEditor(d, parent);
    case Kind::PartsList:
        return new PartsTableEditor(d, parent);
    case Kind::ObjectList:
        return new ObjectTableEditor(d, parent);
    case Kind::Object: // the form lays objects out as groups of their own fields
        break;
    case Kind::Mode:
        return new ModeEditor(d, parent);
    }
    return new LineFieldEditor(d, parent);
}

} // namespace Lkc
