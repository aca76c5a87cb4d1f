// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <utility>
#include <variant>

namespace Lkc {

// A JSON value that keeps object keys in insertion order and prints exactly
// like Go's json.MarshalIndent(v, "", "    "): the encoding of LinuxKit's
// config.json and runtime.json (struct field order, `<>&` escaped as \u003c…,
// raw UTF-8, no trailing newline). Omit-empty is the builder's job.
class GoJsonValue {
public:
    using Members = QList<std::pair<QString, GoJsonValue>>;
    using Items = QList<GoJsonValue>;

    GoJsonValue() = default; // null
    GoJsonValue(bool b)
        : m_value(b) {}
    GoJsonValue(int n)
        : m_value(qint64(n)) {}
    GoJsonValue(qint64 n)
        : m_value(n) {}
    GoJsonValue(quint64 n)
        : m_value(n) {}
    GoJsonValue(const QString &s)
        : m_value(s) {}
    GoJsonValue(const char *s)
        : m_value(QString::fromUtf8(s)) {}

    static GoJsonValue object() { return GoJsonValue(Members{}); }
    static GoJsonValue array() { return GoJsonValue(Items{}); }
    static GoJsonValue stringArray(const QStringList &list);

    bool isObject() const { return std::holds_alternative<Members>(m_value); }
    bool isArray() const { return std::holds_alternative<Items>(m_value); }
    bool isEmptyContainer() const;

    // Object: append (or replace) a member; returns *this for chaining.
    GoJsonValue &set(const QString &key, GoJsonValue value);
    // Array: append an item.
    GoJsonValue &append(GoJsonValue value);
    // Object member by key (null value when absent).
    GoJsonValue *find(const QString &key);

    QByteArray toIndentedJson() const;
    static QByteArray quote(const QString &s);

private:
    explicit GoJsonValue(Members m)
        : m_value(std::move(m)) {}
    explicit GoJsonValue(Items i)
        : m_value(std::move(i)) {}
    void write(QByteArray &out, int depth) const;

    std::variant<std::monostate, bool, qint64, quint64, QString, Members, Items> m_value;
};

} // namespace Lkc
