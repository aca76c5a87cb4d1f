// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace Lkc {

// Parses a file or device mode the way LinuxKit does (strconv.ParseInt(s, 8, 32)):
// octal digits with an optional sign, no prefix. nullopt when it is not octal.
inline std::optional<qint64> parseOctalMode(const QString &text) {
    QString t = text;
    bool negative = false;
    if (t.startsWith(QLatin1Char('+')) || t.startsWith(QLatin1Char('-'))) {
        negative = t.startsWith(QLatin1Char('-'));
        t = t.mid(1);
    }
    if (t.isEmpty() || t.size() > 11)
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : t) {
        if (c < QLatin1Char('0') || c > QLatin1Char('7'))
            return std::nullopt;
        value = value * 8 + (c.unicode() - '0');
    }
    if (value > 0x7fffffff + qint64(negative))
        return std::nullopt;
    return negative ? -value : value;
}

} // namespace Lkc
