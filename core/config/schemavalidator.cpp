// SPDX-License-Identifier: Apache-2.0
#include "schemavalidator.h"

#include "linuxkitschema.h"
#include "suggestion.h"

#include <QJsonArray>
#include <QSet>

namespace Lkc {

namespace {

QString article(const QString &type) {
    if (type == QLatin1String("integer"))
        return QStringLiteral("an integer");
    if (type == QLatin1String("array"))
        return QStringLiteral("a list");
    if (type == QLatin1String("object"))
        return QStringLiteral("a mapping");
    if (type == QLatin1String("null"))
        return QStringLiteral("an empty value");
    return QStringLiteral("a ") + type;
}

// The last segment of a YAML path, for messages: "readonly", "env[0]",
// "net.ipv4.ip_forward" (a quoted key, unquoted again).
QString lastKey(const QString &path) {
    if (path.endsWith(QLatin1String("\"]"))) {
        const qsizetype open = path.lastIndexOf(QLatin1String("[\""));
        if (open >= 0)
            return path.mid(open + 2, path.size() - open - 4);
    }
    qsizetype cut = path.lastIndexOf(QLatin1Char('.'));
    if (path.endsWith(QLatin1String(".add")))
        cut = path.lastIndexOf(QLatin1Char('.'), cut - 1);
    return path.mid(cut + 1);
}

// Sub-trees LinuxKit decodes into runtime-spec structs without yaml tags, so
// only lower-case keys reach it (format §2.1).
bool isLowercasedStruct(const QString &key) {
    return key == QLatin1String("resources") || key == QLatin1String("uidMappings") ||
           key == QLatin1String("gidMappings") || key == QLatin1String("uidmappings") ||
           key == QLatin1String("gidmappings");
}

class Walker {
public:
    Walker(const QString &file, DiagnosticList &out)
        : m_file(file)
        , m_out(out) {}

    // Returns true when node satisfies schema (diagnostics appended otherwise).
    bool walk(const YamlNode &node, const QJsonObject &schemaIn, const QString &path,
              bool lowercased) {
        const QJsonObject schema = LinuxKitSchema::resolve(schemaIn);
        if (schema.contains(QLatin1String("anyOf")))
            return checkAnyOf(node, schema.value(QLatin1String("anyOf")).toArray(), path);
        if (schema.contains(QLatin1String("enum")))
            return checkEnum(node, schema.value(QLatin1String("enum")).toArray(), path);
        if (schema.contains(QLatin1String("type"))) {
            const QString want = schema.value(QLatin1String("type")).toString();
            if (!typeMatches(node, want)) {
                typeError(node, want, path);
                return false;
            }
        }
        if (node.isMapping())
            return walkObject(node, schema, path, lowercased);
        if (node.isSequence() && schema.contains(QLatin1String("items"))) {
            bool ok = true;
            const QJsonObject items = schema.value(QLatin1String("items")).toObject();
            for (size_t i = 0; i < node.children.size(); ++i)
                ok &= walk(node.children[i], items, yamlPathAppendIndex(path, qsizetype(i)),
                           lowercased);
            return ok;
        }
        return true;
    }

private:
    SourcePos pos(const YamlNode &node, const QString &path) const {
        return SourcePos{m_file, node.line, node.column, path};
    }

    static bool typeMatches(const YamlNode &node, const QString &want) {
        const QString have = node.jsonType();
        if (want == QLatin1String("number"))
            return have == QLatin1String("integer") || have == QLatin1String("number");
        return have == want;
    }

    bool walkObject(const YamlNode &node, const QJsonObject &schema, const QString &path,
                    bool lowercased) {
        bool ok = true;
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < node.mapSize(); ++i) {
            const YamlNode &key = node.mapKey(i);
            if (!key.isScalar() || seen.contains(key.text))
                continue; // non-string and duplicate keys: reported by the loader
            seen.insert(key.text);
            const QString childPath = yamlPathAppendKey(path, key.text);
            if (properties.contains(key.text)) {
                const bool lower = lowercased || isLowercasedStruct(key.text);
                if (lowercased && key.text != key.text.toLower())
                    warnIgnored(key, childPath, path);
                ok &=
                    walk(node.mapValue(i), properties.value(key.text).toObject(), childPath, lower);
            } else if (additional.isObject()) {
                ok &= walk(node.mapValue(i), additional.toObject(), childPath, lowercased);
            } else if (additional.isBool() && !additional.toBool()) {
                unknownKey(key, properties.keys(), path, childPath);
                ok = false;
            }
        }
        const QJsonArray required = schema.value(QLatin1String("required")).toArray();
        for (const QJsonValue &r : required) {
            const QString name = r.toString();
            if (!node.find(name)) {
                m_out.append(Diagnostic::error(
                    QStringLiteral("schema-required"),
                    QStringLiteral("missing required key \"%1\"").arg(name), pos(node, path)));
                ok = false;
            }
        }
        return ok;
    }

    void unknownKey(const YamlNode &key, const QStringList &allowed, const QString &parentPath,
                    const QString &childPath) {
        QString message;
        QString guess;
        if (parentPath.isEmpty() && key.text == QLatin1String("outputs")) {
            message = QStringLiteral("unknown key \"outputs\": the outputs section was removed "
                                     "from the format in May 2017; choose output formats on "
                                     "the command line (lkc build --format)");
        } else {
            const QString where = parentPath.isEmpty() ? QStringLiteral("at the top level")
                                                       : QStringLiteral("in ") + parentPath;
            message = QStringLiteral("unknown key \"%1\" %2").arg(key.text, where);
            guess = closestMatch(key.text, allowed);
            if (!guess.isEmpty())
                message += QStringLiteral("; did you mean \"%1\"?").arg(guess);
            else if (!allowed.isEmpty() && allowed.size() <= 12)
                message += QStringLiteral(" (allowed: %1)").arg(allowed.join(QStringLiteral(", ")));
        }
        Diagnostic d =
            Diagnostic::error(QStringLiteral("unknown-key"), message, pos(key, childPath));
        if (!guess.isEmpty())
            d = std::move(d).withFix(key.text, guess);
        m_out.append(std::move(d));
    }

    void warnIgnored(const YamlNode &key, const QString &childPath, const QString &parentPath) {
        m_out.append(Diagnostic::warning(
            QStringLiteral("ignored-key"),
            QStringLiteral("LinuxKit ignores \"%1\" in %2: it decodes this part with lower-case "
                           "keys only (\"%3\"), which its schema in turn rejects, so the setting "
                           "has no effect in a LinuxKit build")
                .arg(key.text, parentPath, key.text.toLower()),
            pos(key, childPath)));
    }

    void typeError(const YamlNode &node, const QString &want, const QString &path) {
        const QString have = node.jsonType();
        const QString key = lastKey(path);
        QString message =
            QStringLiteral("%1 must be %2, not %3")
                .arg(key.isEmpty() ? QStringLiteral("value") : key, article(want), article(have));
        if (want == QLatin1String("string") && node.isScalar() && !node.isNull()) {
            if (key == QLatin1String("mode") && have == QLatin1String("integer")) {
                bool ok = false;
                const qint64 value = node.toInt(&ok);
                message = QStringLiteral("mode must be a quoted octal string such as \"%1\": "
                                         "unquoted %1 is read as the integer %2")
                              .arg(node.text)
                              .arg(ok ? QString::number(value) : node.text);
            } else {
                message += QStringLiteral("; quote it: \"%1\"").arg(node.text);
            }
        } else if (want == QLatin1String("boolean") && node.isScalar()) {
            message += QStringLiteral("; write true or false");
        } else if (want == QLatin1String("integer") && node.isScalar() &&
                   have == QLatin1String("string")) {
            message += QStringLiteral("; write a number without quotes");
        } else if (want == QLatin1String("array") && node.isScalar() && !node.isNull()) {
            message += QStringLiteral("; write a list, e.g. [%1]").arg(node.text);
        }
        m_out.append(Diagnostic::error(QStringLiteral("schema-type"), message, pos(node, path)));
    }

    bool checkAnyOf(const YamlNode &node, const QJsonArray &options, const QString &path) {
        QStringList wanted;
        for (const QJsonValue &option : options) {
            DiagnosticList scratch;
            Walker probe(m_file, scratch);
            if (probe.walk(node, option.toObject(), path, false))
                return true;
            const QJsonObject resolved = LinuxKitSchema::resolve(option.toObject());
            wanted << article(resolved.value(QLatin1String("type")).toString());
        }
        const QString key = lastKey(path);
        m_out.append(Diagnostic::error(QStringLiteral("schema-type"),
                                       QStringLiteral("%1 must be %2, not %3")
                                           .arg(key.isEmpty() ? QStringLiteral("value") : key,
                                                wanted.join(QStringLiteral(" or ")),
                                                article(node.jsonType())),
                                       pos(node, path)));
        return false;
    }

    bool checkEnum(const YamlNode &node, const QJsonArray &values, const QString &path) {
        QStringList names;
        for (const QJsonValue &v : values) {
            names << v.toString();
            if (node.isScalar() && node.jsonType() == QLatin1String("string") &&
                node.text == v.toString())
                return true;
        }
        QString message = QStringLiteral("%1 must be one of \"%2\"")
                              .arg(lastKey(path), names.join(QStringLiteral("\", \"")));
        QString guess;
        if (node.isScalar()) {
            guess = closestMatch(node.text, names);
            if (!guess.isEmpty())
                message += QStringLiteral("; did you mean \"%1\"?").arg(guess);
        }
        Diagnostic d = Diagnostic::error(QStringLiteral("schema-enum"), message, pos(node, path));
        if (!guess.isEmpty())
            d = std::move(d).withFix(node.text, guess);
        m_out.append(std::move(d));
        return false;
    }

    QString m_file;
    DiagnosticList &m_out;
};

} // namespace

DiagnosticList SchemaValidator::validateConfig(const YamlNode &root, const QString &file) {
    DiagnosticList out;
    if (root.isNull())
        return out; // an empty document is an empty config
    if (!root.isMapping()) {
        out.append(Diagnostic::error(
            QStringLiteral("schema-type"),
            QStringLiteral("a config must be a mapping of sections (kernel:, init:, onboot:, "
                           "services:, …), not %1")
                .arg(article(root.jsonType())),
            SourcePos{file, root.line, root.column, QString()}));
        return out;
    }
    Walker(file, out).walk(root, LinuxKitSchema::root(), QString(), false);
    return out;
}

DiagnosticList SchemaValidator::validateImageEntry(const YamlNode &node, const QString &file,
                                                   const QString &path, bool requireNameAndImage) {
    DiagnosticList out;
    QJsonObject image = LinuxKitSchema::resolve(
        QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/definitions/image")}});
    if (!requireNameAndImage)
        image.remove(QStringLiteral("required"));
    Walker(file, out).walk(node, image, path, false);
    return out;
}

} // namespace Lkc
