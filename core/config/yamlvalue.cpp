// SPDX-License-Identifier: Apache-2.0
#include "config/yamlvalue.h"

#include "config/yamllimits.h"
#include "util/utf8text.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Lkc {

YamlValue YamlValue::fromString(const QString &text) {
    YamlValue v;
    v.m_type = Type::String;
    v.m_text = text;
    return v;
}

YamlValue YamlValue::fromBool(bool value) {
    YamlValue v;
    v.m_type = Type::Bool;
    v.m_text = value ? QStringLiteral("true") : QStringLiteral("false");
    return v;
}

YamlValue YamlValue::fromInt(qint64 value) {
    YamlValue v;
    v.m_type = Type::Int;
    v.m_text = QString::number(value);
    return v;
}

YamlValue YamlValue::fromFloat(const QString &text) {
    YamlValue v;
    v.m_type = Type::Float;
    v.m_text = text;
    return v;
}

YamlValue YamlValue::fromList(QList<YamlValue> items) {
    YamlValue v;
    v.m_type = Type::List;
    v.m_items = std::move(items);
    return v;
}

YamlValue YamlValue::fromStringList(const QStringList &items) {
    QList<YamlValue> list;
    for (const QString &s : items)
        list.append(fromString(s));
    return fromList(std::move(list));
}

YamlValue YamlValue::fromMap(QList<Entry> entries) {
    YamlValue v;
    v.m_type = Type::Map;
    v.m_entries = std::move(entries);
    return v;
}

YamlValue YamlValue::fromCommandLine(const QString &text) {
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return fromBool(text == QLatin1String("true"));
    static const QRegularExpression decimal(QStringLiteral("^-?(0|[1-9][0-9]{0,17})$"));
    if (decimal.match(text).hasMatch())
        return fromInt(text.toLongLong());
    return fromString(text);
}

YamlValue yamlPlainScalarValue(const QString &text) {
    static const QRegularExpression nullRe(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression boolRe(QStringLiteral("^(true|True|TRUE|false|False|FALSE)$"));
    static const QRegularExpression intRe(
        QStringLiteral("^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"));
    static const QRegularExpression floatRe(
        QStringLiteral("^([-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|"
                       "INF)|\\.(nan|NaN|NAN))$"));
    if (nullRe.match(text).hasMatch())
        return YamlValue();
    if (boolRe.match(text).hasMatch())
        return YamlValue::fromBool(text.at(0).toLower() == QLatin1Char('t'));
    if (intRe.match(text).hasMatch()) {
        bool ok = false;
        qint64 n = 0;
        if (text.startsWith(QLatin1String("0o")))
            n = text.mid(2).toLongLong(&ok, 8);
        else if (text.startsWith(QLatin1String("0x")))
            n = text.mid(2).toLongLong(&ok, 16);
        else
            n = text.toLongLong(&ok, 10);
        return ok ? YamlValue::fromInt(n) : YamlValue::fromFloat(text);
    }
    if (floatRe.match(text).hasMatch())
        return YamlValue::fromFloat(text);
    return YamlValue::fromString(text);
}

// yaml-cpp gives quoted and block scalars the tag "!"; plain ones "?".
static YamlValue fromYamlCpp(const YAML::Node &node) {
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const QString text = utf8Text(node.Scalar());
        if (node.Tag() == "?")
            return yamlPlainScalarValue(text);
        return YamlValue::fromString(text);
    }
    case YAML::NodeType::Sequence: {
        QList<YamlValue> items;
        for (const YAML::Node &item : node)
            items.append(fromYamlCpp(item));
        return YamlValue::fromList(std::move(items));
    }
    case YAML::NodeType::Map: {
        QList<YamlValue::Entry> entries;
        for (auto it = node.begin(); it != node.end(); ++it)
            entries.append({utf8Text(it->first.Scalar()), fromYamlCpp(it->second)});
        return YamlValue::fromMap(std::move(entries));
    }
    default:
        return YamlValue();
    }
}

Result<YamlValue> YamlValue::parse(const QString &text) {
    const std::string utf8 = text.toStdString();
    // fromYamlCpp follows aliases: a bomb or a cycle must be refused before it runs.
    // (Syntax errors keep their wording from the parse below.)
    if (const auto problem = YamlLimits::check(utf8);
        problem && problem->code != QLatin1String("yaml-syntax"))
        return Error(problem->message,
                     QStringLiteral("%1:%2").arg(problem->line).arg(problem->column));
    try {
        return fromYamlCpp(YAML::Load(utf8));
    } catch (const YAML::Exception &e) {
        return Error(
            QStringLiteral("not valid YAML or JSON: %1").arg(QString::fromStdString(e.msg)),
            QStringLiteral("%1:%2").arg(e.mark.line + 1).arg(e.mark.column + 1));
    }
}

const YamlValue *YamlValue::value(const QString &key) const {
    for (const Entry &e : m_entries)
        if (e.first == key)
            return &e.second;
    return nullptr;
}

YamlValue *YamlValue::value(const QString &key) {
    for (Entry &e : m_entries)
        if (e.first == key)
            return &e.second;
    return nullptr;
}

void YamlValue::insert(const QString &key, const YamlValue &value) {
    if (m_type == Type::Null)
        m_type = Type::Map;
    if (YamlValue *existing = this->value(key))
        *existing = value;
    else
        m_entries.append({key, value});
}

bool YamlValue::remove(const QString &key) {
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].first == key) {
            m_entries.removeAt(i);
            return true;
        }
    }
    return false;
}

const YamlValue *YamlValue::find(const YamlPath &path) const {
    return const_cast<YamlValue *>(this)->find(path);
}

YamlValue *YamlValue::find(const YamlPath &path) {
    YamlValue *cur = this;
    const auto &segs = path.segments();
    for (qsizetype i = 0; i < segs.size(); ++i) {
        if (segs[i].isIndex()) {
            if (!cur->isList() || segs[i].index >= cur->m_items.size())
                return nullptr;
            cur = &cur->m_items[segs[i].index];
            continue;
        }
        if (!cur->isMap())
            return nullptr;
        // Longest dotted key first: `binds.add` before `binds`.
        YamlValue *next = nullptr;
        QString joined = segs[i].key;
        qsizetype used = i;
        for (qsizetype j = i; j < segs.size() && !segs[j].isIndex(); ++j) {
            if (j > i)
                joined += QLatin1Char('.') + segs[j].key;
            if (YamlValue *v = cur->value(joined)) {
                next = v;
                used = j;
            }
        }
        if (!next)
            return nullptr;
        cur = next;
        i = used;
    }
    return cur;
}

static QString quoteJson(const QString &s) {
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString YamlValue::toDebugString() const {
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::String:
        return quoteJson(m_text);
    case Type::Bool:
    case Type::Int:
    case Type::Float:
        return m_text;
    case Type::List: {
        QStringList parts;
        for (const YamlValue &v : m_items)
            parts.append(v.toDebugString());
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case Type::Map: {
        QStringList parts;
        for (const Entry &e : m_entries)
            parts.append(quoteJson(e.first) + QLatin1Char(':') + e.second.toDebugString());
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    }
    return {};
}

bool YamlValue::operator==(const YamlValue &other) const {
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::List:
        return m_items == other.m_items;
    case Type::Map: {
        if (m_entries.size() != other.m_entries.size())
            return false;
        for (const Entry &e : m_entries) {
            const YamlValue *o = other.value(e.first);
            if (!o || *o != e.second)
                return false;
        }
        return true;
    }
    default:
        return m_text == other.m_text;
    }
}

} // namespace Lkc
