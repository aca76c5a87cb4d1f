// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/yamlvalue.h"

#include <QString>

namespace Lkc {

// The layout habits an edit copies from the text around it.
struct YamlEmitStyle {
    QString lineBreak = QStringLiteral("\n");
    int mappingIndent = 2;          // nested mapping keys, relative to their parent key
    int sequenceIndent = 2;         // '-' of a block list, relative to its key (0 is valid YAML)
    int itemIndent = 2;             // keys of a mapping item, relative to its '-'
    QChar quote = QLatin1Char('"'); // quote for strings that need one
    bool quoteStrings = false;      // quote every string: the siblings do
    QChar keyQuote;                 // quote every key with this ('\0': only when needed)
};

// Writes YamlValues as YAML text in a given style. Strings that would read back as another
// type or break the syntax ("0644", "yes", "@pkg:…", "a: b", " x") are always quoted.
class YamlEmitter {
public:
    explicit YamlEmitter(YamlEmitStyle style)
        : m_style(std::move(style)) {}

    const YamlEmitStyle &style() const { return m_style; }

    // True when a string must be quoted to read back as that same string.
    static bool needsQuotes(const QString &text, bool inFlow);
    static QString doubleQuoted(const QString &text);
    static bool canSingleQuote(const QString &text);
    static QString singleQuoted(const QString &text);
    // A mapping key: quoted when it must be or when the style quotes keys.
    QString keyText(const QString &key) const;

    // A scalar; a multi-line string in block context becomes a literal block with its lines
    // at `blockIndent` (pass -1 to forbid that).
    QString scalar(const YamlValue &value, bool inFlow, qsizetype blockIndent) const;
    // A string as a quoted scalar in the given quote style.
    static QString quoted(const QString &text, QChar quote);
    // A literal block ("|" or "|-" and its lines), or an empty string when the text
    // cannot be written as one.
    QString literalBlock(const QString &text, qsizetype indent) const;
    // Flow style: `[a, b]`, `{k: v}`.
    QString flow(const YamlValue &value) const;
    // The text that follows "key:" for a key at keyColumn (starts with a space or a line break).
    QString afterKey(const YamlValue &value, qsizetype keyColumn) const;
    // The text that follows the "-" of a list item at dashColumn.
    QString afterDash(const YamlValue &value, qsizetype dashColumn) const;
    // "key: value" (plus nested lines) for a key at keyColumn.
    QString entry(const QString &key, const YamlValue &value, qsizetype keyColumn) const;
    // A whole value at the document root, starting at column 0.
    QString topLevel(const YamlValue &value) const;

private:
    YamlEmitStyle m_style;
};

} // namespace Lkc
