// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace Lkc {

// A path to a node of a YAML document: `services[1].readonly`, `onboot[0].binds[2]`,
// `files[0]`, `services[2]["binds.add"]`. Keys are separated by dots, list indexes are in
// brackets, a key with dots or brackets can be quoted in brackets. LinuxKit's own dotted keys
// (`binds.add`, `capabilities.add`) may be written plainly: YamlEditor joins dotted segments
// into one key when the document (or LinuxKit) has such a key.
class YamlPath {
public:
    struct Segment {
        QString key;    // set when this segment names a mapping key
        int index = -1; // >= 0 when this segment names a list item
        bool isIndex() const { return index >= 0; }
        bool operator==(const Segment &other) const = default;
    };

    YamlPath() = default; // the document root
    explicit YamlPath(QList<Segment> segments)
        : m_segments(std::move(segments)) {}

    // Parses the text form; the empty string is the root.
    static Result<YamlPath> parse(const QString &text);

    const QList<Segment> &segments() const { return m_segments; }
    bool isRoot() const { return m_segments.isEmpty(); }
    qsizetype size() const { return m_segments.size(); }

    YamlPath key(const QString &name) const;
    YamlPath item(int index) const;
    YamlPath parent() const;
    YamlPath left(qsizetype count) const;
    // This path followed by `relative` (a path read from inside the node this one names).
    YamlPath joined(const YamlPath &relative) const;
    const Segment &last() const { return m_segments.constLast(); }

    // The text form, spelled like yamlPathAppendKey() (config/yamlnode.h): parse(toString())
    // names the same node.
    QString toString() const;

    bool operator==(const YamlPath &other) const = default;

private:
    QList<Segment> m_segments;
};

} // namespace Lkc
