// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Lkc {

// A node of a parsed YAML document with its position: the generic tree that the
// schema walk and the typed model are built from. Aliases are already expanded.
struct YamlNode {
    enum class Kind : quint8 { Null, Scalar, Sequence, Mapping };
    // What a scalar means as JSON, resolved the way yaml.v3 does for an
    // untyped target (YAML 1.2 core schema plus Go's legacy 0-prefixed octal).
    enum class ScalarType : quint8 { Null, Bool, Int, Float, String };

    Kind kind = Kind::Null;
    bool quoted = false; // quoted or block scalar: always a string
    QString tag;         // explicit tag, e.g. "tag:yaml.org,2002:str"; empty if none
    QString text;        // scalar text
    int line = 0;        // 1-based
    int column = 0;      // 1-based
    // Sequence: the items. Mapping: key, value, key, value … in document order.
    std::vector<YamlNode> children;
    int subtreeSize = 1; // nodes in this subtree (alias expansion budget)
    int height = 1;      // levels in this subtree (depth budget)

    bool isNull() const { return kind == Kind::Null || scalarType() == ScalarType::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMapping() const { return kind == Kind::Mapping; }

    ScalarType scalarType() const;
    // JSON-schema type name: "null", "boolean", "integer", "number", "string",
    // "array", "object". Integral floats count as "integer", as in gojsonschema.
    QString jsonType() const;

    bool toBool(bool *ok = nullptr) const;
    qint64 toInt(bool *ok = nullptr) const;
    double toDouble(bool *ok = nullptr) const;

    // Mapping access (document order; a duplicate key finds the first).
    qsizetype mapSize() const { return isMapping() ? qsizetype(children.size() / 2) : 0; }
    const YamlNode &mapKey(qsizetype i) const { return children[size_t(2 * i)]; }
    const YamlNode &mapValue(qsizetype i) const { return children[size_t(2 * i + 1)]; }
    const YamlNode *find(QStringView key) const;
};

// Appends a key to a YAML path: "services[1]" + "readonly" → "services[1].readonly".
// Keys that are not simple words are quoted: sysctl["net.ipv4.ip_forward"] stays
// readable, and a consumer can split paths unambiguously.
QString yamlPathAppendKey(const QString &path, const QString &key);
QString yamlPathAppendIndex(const QString &path, qsizetype index);

} // namespace Lkc
