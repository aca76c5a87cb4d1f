// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lkc {

// One key of the LinuxKit format as the forms and the inline help see it: what
// kind of value it holds, what it means, and what LinuxKit uses when it is not
// set. Built by walking LinuxKit's schema (linuxkitschema.cpp), so a key the
// schema has always has a description; the help table only adds words.
struct FieldDescription {
    enum class Kind {
        Text,         // a string
        Integer,      // a number
        IdOrName,     // a number or a name (uid, gid)
        Bool,         // true / false / not set
        Choice,       // one of `choices` (openChoice: or anything else, e.g. a path)
        StringList,   // a list of strings
        Capabilities, // a list of CAP_* names, or all / none
        KeyValue,     // a string map (sysctl), or KEY=value strings (env: listOfPairs)
        PartsList,    // strings made of `parts` joined by `separator` (binds, tmpfs, rlimits)
        ObjectList,   // a list of objects whose `children` are the columns (mounts, devices)
        Object,       // a nested object whose `children` are its keys (runtime, resources)
        Mode,         // an octal file mode, quoted ("0644")
        Contents,     // multi-line text (a file's contents)
    };

    QString key; // the YAML key ("readonly", "binds.add")
    Kind kind = Kind::Text;
    QString label;
    QString help;
    QString defaultText;              // what LinuxKit uses when unset, in words; may be empty
    std::optional<bool> defaultValue; // for Bool: LinuxKit's default
    QStringList choices;
    bool openChoice = false;
    bool listOfPairs = false; // KeyValue stored as a list of KEY=value strings
    QStringList parts;        // PartsList column titles
    QChar separator;          // PartsList separator
    int requiredParts = 1;    // PartsList: parts that must be present
    QList<FieldDescription> children;
    QString fileKind; // files: the kind of entry this key belongs to ("" = every kind)
};

// A top-level section of a config and what the window tells a newcomer about it.
struct SectionDescription {
    QString key; // "kernel", "init", "onboot", … "trust"
    QString title;
    QString summary;        // what the section is for
    QString landsAt;        // where it ends up in the image (may hold %1 for the entry name)
    QString entryLabel;     // what one entry is called
    bool hasEntries = true; // false for kernel and trust: the section is the form
    QList<FieldDescription> fields; // the keys of one entry (or of the section itself)
};

class FormatDescription {
public:
    static const QList<SectionDescription> &sections();
    static const SectionDescription *section(const QString &key);
    static const QList<FieldDescription> &fields(const QString &section);
    // A field by its key path under an entry ("readonly", "runtime/mounts"), or nullptr.
    static const FieldDescription *field(const QString &section, const QString &keyPath);

    // The kinds of a files entry, in the order the form offers them, and the key
    // each one uses ("contents", "source", "directory", "symlink", "metadata").
    static QStringList fileKinds();
    static QString fileKindLabel(const QString &kind);
};

} // namespace Lkc
