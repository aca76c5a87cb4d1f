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

void FieldEditor::setInherited(const std::optional<YamlValue> &labelValue) {
    if (labelValue == m_label)
        return;
    m_label = labelValue;
    inheritedChanged();
}

QString FieldEditor::inheritedText() const {
    if (m_label) {
        QString shown = shortText(*m_label);
        if (m_label->isScalar() && m_label->type() == YamlValue::Type::Bool)
            shown = m_label->toBool() ? tr("yes") : tr("no");
        return tr("from image label: %1").arg(shown);
    }
    if (m_description.kind == FieldDescription::Kind::Bool)
        return tr("default: %1")
            .arg(m_description.defaultValue.value_or(false) ? tr("yes") : tr("no"));
    if (!m_description.defaultText.isEmpty())
        return tr("default: %1").arg(m_description.defaultText);
    return {};
}

QString FieldEditor::shortText(const YamlValue &value) {
    QString out;
    if (value.isList()) {
        QStringList parts;
        for (const YamlValue &item : value.items())
            parts << (item.isMap() ? QLatin1Char('{') + shortText(item) + QLatin1Char('}')
                                   : shortText(item));
        out = parts.join(QStringLiteral(", "));
    } else if (value.isMap()) {
        QStringList parts;
        for (const YamlValue::Entry &e : value.entries())
            parts << e.first + QStringLiteral(": ") + shortText(e.second);
        out = parts.join(QStringLiteral(", "));
    } else {
        out = value.scalarText();
    }
    // A hint is one line; the effective-configuration view has the whole value.
    return out.size() > 160 ? out.left(159) + QChar(0x2026) : out;
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
