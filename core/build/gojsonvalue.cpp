// SPDX-License-Identifier: Apache-2.0
#include "gojsonvalue.h"

#include <QStringList>

namespace Lkc {

GoJsonValue GoJsonValue::stringArray(const QStringList &list) {
    GoJsonValue a = array();
    for (const QString &s : list)
        a.append(s);
    return a;
}

bool GoJsonValue::isEmptyContainer() const {
    if (const auto *m = std::get_if<Members>(&m_value))
        return m->isEmpty();
    if (const auto *i = std::get_if<Items>(&m_value))
        return i->isEmpty();
    return false;
}

GoJsonValue &GoJsonValue::set(const QString &key, GoJsonValue value) {
    auto &members = std::get<Members>(m_value);
    for (auto &m : members) {
        if (m.first == key) {
            m.second = std::move(value);
            return *this;
        }
    }
    members.append({key, std::move(value)});
    return *this;
}

GoJsonValue &GoJsonValue::append(GoJsonValue value) {
    std::get<Items>(m_value).append(std::move(value));
    return *this;
}

GoJsonValue *GoJsonValue::find(const QString &key) {
    if (auto *members = std::get_if<Members>(&m_value))
        for (auto &m : *members)
            if (m.first == key)
                return &m.second;
    return nullptr;
}

QByteArray GoJsonValue::quote(const QString &s) {
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        switch (c) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\r':
            out += "\\r";
            continue;
        case '\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        // Go escapes control characters and, by default, the HTML-sensitive <, > and &.
        if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
            continue;
        }
        // U+2028 and U+2029 (E2 80 A8/A9) are escaped too.
        if (c == 0xE2 && i + 2 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(utf8[i + 2]) == 0xA8 ||
             static_cast<unsigned char>(utf8[i + 2]) == 0xA9)) {
            out += static_cast<unsigned char>(utf8[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        out += char(c);
    }
    out += '"';
    return out;
}

void GoJsonValue::write(QByteArray &out, int depth) const {
    const auto newline = [&out](int d) {
        out += '\n';
        for (int i = 0; i < d; ++i)
            out += "    ";
    };
    if (std::holds_alternative<std::monostate>(m_value)) {
        out += "null";
    } else if (const bool *b = std::get_if<bool>(&m_value)) {
        out += *b ? "true" : "false";
    } else if (const qint64 *n = std::get_if<qint64>(&m_value)) {
        out += QByteArray::number(*n);
    } else if (const quint64 *u = std::get_if<quint64>(&m_value)) {
        out += QByteArray::number(*u);
    } else if (const QString *s = std::get_if<QString>(&m_value)) {
        out += quote(*s);
    } else if (const Members *members = std::get_if<Members>(&m_value)) {
        if (members->isEmpty()) {
            out += "{}";
            return;
        }
        out += '{';
        for (qsizetype i = 0; i < members->size(); ++i) {
            if (i)
                out += ',';
            newline(depth + 1);
            out += quote(members->at(i).first);
            out += ": ";
            members->at(i).second.write(out, depth + 1);
        }
        newline(depth);
        out += '}';
    } else if (const Items *items = std::get_if<Items>(&m_value)) {
        if (items->isEmpty()) {
            out += "[]";
            return;
        }
        out += '[';
        for (qsizetype i = 0; i < items->size(); ++i) {
            if (i)
                out += ',';
            newline(depth + 1);
            items->at(i).write(out, depth + 1);
        }
        newline(depth);
        out += ']';
    }
}

QByteArray GoJsonValue::toIndentedJson() const {
    QByteArray out;
    write(out, 0);
    return out;
}

} // namespace Lkc
