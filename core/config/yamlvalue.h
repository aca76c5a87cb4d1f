// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/yamlpath.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Lkc {

// A typed YAML value: what a form or `lkc set` writes into a document, and the generic
// tree the edit tests compare. Mappings keep their key order (a new files entry is
// written path first); equality ignores mapping order, as YAML does.
class YamlValue {
public:
    enum class Type { Null, String, Bool, Int, Float, List, Map };
    using Entry = std::pair<QString, YamlValue>;

    YamlValue() = default; // null
    static YamlValue fromString(const QString &text);
    static YamlValue fromBool(bool value);
    static YamlValue fromInt(qint64 value);
    static YamlValue fromFloat(const QString &text); // kept as written
    static YamlValue fromList(QList<YamlValue> items);
    static YamlValue fromStringList(const QStringList &items);
    static YamlValue fromMap(QList<Entry> entries);

    // A command-line value: true/false become bools, decimal integers become ints,
    // everything else (including "0644", "yes", "1.5") stays a string.
    static YamlValue fromCommandLine(const QString &text);
    // Parses YAML or JSON text (`["a", "b"]`, `{path: x, mode: "0644"}`, `true`) into a
    // value, typing plain scalars by the YAML 1.2 core schema.
    static Result<YamlValue> parse(const QString &text);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type != Type::List && m_type != Type::Map; }
    bool isList() const { return m_type == Type::List; }
    bool isMap() const { return m_type == Type::Map; }

    // Scalars: the text as it reads ("true", "42", the string itself; "" for null).
    const QString &scalarText() const { return m_text; }
    bool toBool() const { return m_type == Type::Bool && m_text == QLatin1String("true"); }
    qint64 toInt() const { return m_text.toLongLong(); }

    const QList<YamlValue> &items() const { return m_items; }
    QList<YamlValue> &items() { return m_items; }
    const QList<Entry> &entries() const { return m_entries; }
    QList<Entry> &entries() { return m_entries; }

    // Mapping helpers (first match for duplicate keys).
    const YamlValue *value(const QString &key) const;
    YamlValue *value(const QString &key);
    void insert(const QString &key, const YamlValue &value); // replaces or appends
    bool remove(const QString &key);

    // The node at a path, or nullptr. Dotted path segments match one dotted key
    // (`binds.add`) when the mapping has it.
    const YamlValue *find(const YamlPath &path) const;
    YamlValue *find(const YamlPath &path);

    // Compact JSON-like text for messages and test failures.
    QString toDebugString() const;

    bool operator==(const YamlValue &other) const;
    bool operator!=(const YamlValue &other) const { return !(*this == other); }

private:
    Type m_type = Type::Null;
    QString m_text;
    QList<YamlValue> m_items;
    QList<Entry> m_entries;
};

// How a plain (unquoted) scalar reads under the YAML 1.2 core schema.
YamlValue yamlPlainScalarValue(const QString &text);

} // namespace Lkc
