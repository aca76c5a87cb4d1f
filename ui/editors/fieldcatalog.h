// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Lkc {

// What the forms offer for each kind of node, and what the app tells a
// newcomer about it. One table drives both the form widgets and the help.
struct FieldSpec {
    enum class Kind { Text, Bool, StringList, Choice, Integer };
    QString key;   // YAML key under the node ("readonly", "binds.add")
    QString label; // form label
    Kind kind = Kind::Text;
    QStringList choices; // for Choice (editable: a path is allowed too)
    QString help;        // one or two sentences
};

struct SectionSpec {
    QString section; // "kernel", "init", "onboot", "onshutdown", "services", "files", "volumes"
    QString title;
    QString summary;    // what the section is for
    QString landsAt;    // where it ends up in the image (may hold %1 for the entry name)
    QString entryLabel; // what one entry is called
};

class FieldCatalog {
public:
    static const QList<SectionSpec> &sections();
    static const SectionSpec *section(const QString &key);
    // The fields of one entry of a section ("kernel" is its own entry).
    static const QList<FieldSpec> &fields(const QString &section);
};

} // namespace Lkc
