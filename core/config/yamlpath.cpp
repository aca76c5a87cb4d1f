// SPDX-License-Identifier: Apache-2.0
#include "config/yamlpath.h"

#include <QRegularExpression>

namespace Lkc {

static Error pathError(const QString &text, qsizetype at, const QString &what) {
    return Error(
        QStringLiteral("invalid path '%1' at character %2: %3").arg(text).arg(at + 1).arg(what));
}

Result<YamlPath> YamlPath::parse(const QString &text) {
    QList<Segment> segments;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool expectKey = true; // at the start or after a '.'
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('[')) {
            ++i;
            if (i < n && (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\''))) {
                const QChar quote = text.at(i++);
                QString key;
                while (i < n && text.at(i) != quote) {
                    if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                        ++i;
                    key.append(text.at(i++));
                }
                if (i + 1 >= n || text.at(i + 1) != QLatin1Char(']'))
                    return pathError(text, i, QStringLiteral("unterminated quoted key"));
                i += 2;
                segments.append(Segment{key, -1});
            } else {
                const qsizetype start = i;
                while (i < n && text.at(i).isDigit())
                    ++i;
                if (i == start || i >= n || text.at(i) != QLatin1Char(']'))
                    return pathError(text, start, QStringLiteral("expected a list index like [0]"));
                bool ok = false;
                const int index = text.mid(start, i - start).toInt(&ok);
                if (!ok)
                    return pathError(text, start, QStringLiteral("list index too large"));
                ++i;
                segments.append(Segment{{}, index});
            }
            expectKey = false;
        } else if (c == QLatin1Char('.')) {
            if (expectKey)
                return pathError(text, i, QStringLiteral("empty key"));
            expectKey = true;
            ++i;
        } else {
            if (!expectKey)
                return pathError(text, i, QStringLiteral("expected '.' or '[' before a key"));
            const qsizetype start = i;
            while (i < n && text.at(i) != QLatin1Char('.') && text.at(i) != QLatin1Char('['))
                ++i;
            segments.append(Segment{text.mid(start, i - start), -1});
            expectKey = false;
        }
    }
    if (expectKey && !segments.isEmpty())
        return pathError(text, n, QStringLiteral("path ends with '.'"));
    return YamlPath(std::move(segments));
}

YamlPath YamlPath::key(const QString &name) const {
    YamlPath p = *this;
    p.m_segments.append(Segment{name, -1});
    return p;
}

YamlPath YamlPath::item(int index) const {
    YamlPath p = *this;
    p.m_segments.append(Segment{{}, index});
    return p;
}

YamlPath YamlPath::parent() const {
    return left(m_segments.size() - 1);
}

YamlPath YamlPath::left(qsizetype count) const {
    return YamlPath(m_segments.mid(0, std::max<qsizetype>(0, count)));
}

YamlPath YamlPath::joined(const YamlPath &relative) const {
    return YamlPath(m_segments + relative.m_segments);
}

QString YamlPath::toString() const {
    QString out;
    for (const Segment &s : m_segments) {
        if (s.isIndex()) {
            out += QLatin1Char('[') + QString::number(s.index) + QLatin1Char(']');
            continue;
        }
        // The same spelling as yamlPathAppendKey(): simple words plain, LinuxKit's own dotted
        // keys plain, anything else quoted in brackets.
        static const QRegularExpression simple(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
        const bool linuxkitDotted =
            s.key == QLatin1String("binds.add") || s.key == QLatin1String("capabilities.add");
        const bool plain = simple.match(s.key).hasMatch() && !s.key.endsWith(QLatin1Char('.')) &&
                           (!s.key.contains(QLatin1Char('.')) || linuxkitDotted);
        if (plain) {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += s.key;
        } else {
            QString escaped = s.key;
            escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"));
            escaped.replace(QLatin1String("\""), QLatin1String("\\\""));
            out += QLatin1String("[\"") + escaped + QLatin1String("\"]");
        }
    }
    return out;
}

} // namespace Lkc
