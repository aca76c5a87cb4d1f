// SPDX-License-Identifier: Apache-2.0
#include "config/yamlemitter.h"

#include <QRegularExpression>

namespace Lkc {

static QString spaces(qsizetype n) {
    return QString(std::max<qsizetype>(n, 0), QLatin1Char(' '));
}

static bool hasControlChars(const QString &text, bool allowNewline) {
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') && allowNewline)
            continue;
        if (c == QLatin1Char('\t'))
            continue;
        // U+2028/U+2029 are line breaks to YAML 1.1 readers.
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfeff ||
            (c.unicode() >= 0x80 && c.unicode() < 0xa0) || c.unicode() == 0x2028 ||
            c.unicode() == 0x2029)
            return true;
    }
    return false;
}

bool YamlEmitter::needsQuotes(const QString &text, bool inFlow) {
    if (text.isEmpty())
        return true;
    if (yamlPlainScalarValue(text).type() != YamlValue::Type::String)
        return true;
    // YAML 1.1 readers (and yaml.v3 for typed fields) take these as bools, numbers or null.
    static const QRegularExpression legacy(QStringLiteral(
        "^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?[0-9][0-9_:.]*|[-+]?\\.[0-9].*|"
        "=|<<)$"));
    if (legacy.match(text).hasMatch())
        return true;
    const QChar first = text.front();
    if (QStringLiteral(",[]{}#&*!|>'\"%@`").contains(first))
        return true;
    if ((first == QLatin1Char('-') || first == QLatin1Char('?') || first == QLatin1Char(':')) &&
        (text.size() == 1 || text.at(1) == QLatin1Char(' ')))
        return true;
    if (text.front().isSpace() || text.back().isSpace())
        return true;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")) ||
        text.contains(QLatin1String(":\t")) || text.contains(QLatin1String("\t#")) ||
        text.endsWith(QLatin1Char(':')))
        return true;
    // A tab in a plain scalar is legal YAML 1.2, but YAML 1.1 readers (PyYAML, and
    // libyaml-based tools in some positions) stop at it: quote it.
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\t')) ||
        hasControlChars(text, false))
        return true;
    if (inFlow) {
        for (const QChar c : text)
            if (QStringLiteral(",[]{}").contains(c))
                return true;
    }
    return false;
}

QString YamlEmitter::doubleQuoted(const QString &text) {
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f ||
                (c.unicode() >= 0x80 && c.unicode() < 0xa0))
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else if (c.unicode() == 0xfeff || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

bool YamlEmitter::canSingleQuote(const QString &text) {
    return !text.contains(QLatin1Char('\n')) && !hasControlChars(text, false);
}

QString YamlEmitter::singleQuoted(const QString &text) {
    QString inner = text;
    inner.replace(QLatin1String("'"), QLatin1String("''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

QString YamlEmitter::quoted(const QString &text, QChar quote) {
    if (quote == QLatin1Char('\'') && canSingleQuote(text))
        return singleQuoted(text);
    return doubleQuoted(text);
}

QString YamlEmitter::keyText(const QString &key) const {
    if (!m_style.keyQuote.isNull())
        return quoted(key, m_style.keyQuote);
    return needsQuotes(key, false) ? doubleQuoted(key) : key;
}

QString YamlEmitter::literalBlock(const QString &text, qsizetype indent) const {
    if (indent < 1 || !text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
        hasControlChars(text, true))
        return {};
    QString body = text;
    QString header = QStringLiteral("|");
    if (body.endsWith(QLatin1Char('\n'))) {
        body.chop(1);
        if (body.endsWith(QLatin1Char('\n')))
            return {}; // several trailing line breaks need "|+"; quoting is clearer
    } else {
        header = QStringLiteral("|-");
    }
    const QStringList lines = body.split(QLatin1Char('\n'));
    bool anyContent = false;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty()) {
            // The first content line fixes the block's indentation; it may not start with a space.
            if (!anyContent && line.front().isSpace())
                return {};
            anyContent = true;
        } else if (!line.isEmpty()) {
            return {}; // lines of only spaces would confuse indentation detection
        }
    }
    if (!anyContent)
        return {};
    QString out = header;
    for (const QString &line : lines)
        out += m_style.lineBreak + (line.isEmpty() ? QString() : spaces(indent) + line);
    return out;
}

QString YamlEmitter::scalar(const YamlValue &value, bool inFlow, qsizetype blockIndent) const {
    switch (value.type()) {
    case YamlValue::Type::Null:
        return QStringLiteral("null");
    case YamlValue::Type::String: {
        const QString &s = value.scalarText();
        if (!inFlow && blockIndent >= 0 && s.contains(QLatin1Char('\n'))) {
            const QString block = literalBlock(s, blockIndent);
            if (!block.isEmpty())
                return block;
        }
        if (m_style.quoteStrings || needsQuotes(s, inFlow))
            return quoted(s, m_style.quote);
        return s;
    }
    case YamlValue::Type::List:
    case YamlValue::Type::Map:
        return flow(value);
    default:
        return value.scalarText();
    }
}

QString YamlEmitter::flow(const YamlValue &value) const {
    if (value.isList()) {
        QStringList parts;
        for (const YamlValue &item : value.items())
            parts.append(flow(item));
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    if (value.isMap()) {
        QStringList parts;
        for (const auto &[key, v] : value.entries())
            parts.append(keyText(key) + QLatin1String(": ") + flow(v));
        return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    return scalar(value, true, -1);
}

QString YamlEmitter::afterKey(const YamlValue &value, qsizetype keyColumn) const {
    if (value.isList() && !value.items().isEmpty()) {
        const qsizetype dash = keyColumn + m_style.sequenceIndent;
        QString out;
        for (const YamlValue &item : value.items())
            out += m_style.lineBreak + spaces(dash) + QLatin1Char('-') + afterDash(item, dash);
        return out;
    }
    if (value.isMap() && !value.entries().isEmpty()) {
        const qsizetype col = keyColumn + m_style.mappingIndent;
        QString out;
        for (const auto &[key, v] : value.entries())
            out += m_style.lineBreak + spaces(col) + entry(key, v, col);
        return out;
    }
    return QLatin1Char(' ') + scalar(value, false, keyColumn + m_style.mappingIndent);
}

QString YamlEmitter::afterDash(const YamlValue &value, qsizetype dashColumn) const {
    if (value.isMap() && !value.entries().isEmpty()) {
        const qsizetype col = dashColumn + m_style.itemIndent;
        QString out = spaces(m_style.itemIndent - 1);
        bool first = true;
        for (const auto &[key, v] : value.entries()) {
            if (!first)
                out += m_style.lineBreak + spaces(col);
            out += entry(key, v, col);
            first = false;
        }
        return out;
    }
    if (value.isList())
        return QLatin1Char(' ') + flow(value);
    return QLatin1Char(' ') + scalar(value, false, dashColumn + m_style.itemIndent);
}

QString YamlEmitter::entry(const QString &key, const YamlValue &value, qsizetype keyColumn) const {
    return keyText(key) + QLatin1Char(':') + afterKey(value, keyColumn);
}

QString YamlEmitter::topLevel(const YamlValue &value) const {
    if (value.isMap() && !value.entries().isEmpty()) {
        QStringList lines;
        for (const auto &[key, v] : value.entries())
            lines.append(entry(key, v, 0));
        return lines.join(m_style.lineBreak);
    }
    if (value.isList() && !value.items().isEmpty()) {
        QStringList lines;
        for (const YamlValue &item : value.items())
            lines.append(QLatin1Char('-') + afterDash(item, 0));
        return lines.join(m_style.lineBreak);
    }
    return scalar(value, false, 2);
}

} // namespace Lkc
