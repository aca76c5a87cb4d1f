// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <vector>

namespace Lkc {

// The text of a YAML document seen as lines, with the lexical scans the editor needs to
// find where a node ends (yaml-cpp only reports where nodes start). Positions are UTF-16
// offsets into text(); a line ends before its "\n" or "\r\n".
class YamlText {
public:
    YamlText() = default;
    explicit YamlText(QString text);

    const QString &text() const { return m_text; }
    qsizetype size() const { return m_text.size(); }
    QChar at(qsizetype pos) const {
        return pos >= 0 && pos < m_text.size() ? m_text.at(pos) : QChar();
    }
    // "\r\n" when the first line break is CRLF, else "\n".
    const QString &lineBreak() const { return m_lineBreak; }

    qsizetype lineCount() const { return qsizetype(m_lineStarts.size()); }
    qsizetype lineOf(qsizetype pos) const;
    qsizetype lineStart(qsizetype line) const { return m_lineStarts[size_t(line)]; }
    qsizetype lineEnd(qsizetype line) const; // before the line break
    // Start of the next line, or the end of the text for the last line.
    qsizetype nextLineStart(qsizetype line) const;
    bool hasLineBreak(qsizetype line) const { return nextLineStart(line) > lineEnd(line); }
    qsizetype columnOf(qsizetype pos) const { return pos - lineStart(lineOf(pos)); }

    // Spaces before the first character of a line.
    qsizetype indentOf(qsizetype line) const;
    bool isBlank(qsizetype line) const;
    bool isCommentOnly(qsizetype line) const;

    static bool isSpace(QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
    }

    // End (exclusive) of a quoted scalar starting at its opening quote.
    qsizetype quotedEnd(qsizetype pos) const;
    // End of a plain scalar in block context: continuation lines up to `limit`, a
    // comment or a blank-only tail ends it.
    qsizetype blockPlainEnd(qsizetype pos, qsizetype limit) const;
    // End of a plain scalar inside [] or {}.
    qsizetype flowPlainEnd(qsizetype pos) const;
    // Just past the bracket closing the one at pos.
    qsizetype flowCollectionEnd(qsizetype pos) const;
    // End of a mapping key starting at pos (before the ':').
    qsizetype keyEnd(qsizetype pos, bool flow) const;
    // End of the last line of an entry starting at `start` whose region ends at `limit`:
    // trailing blank lines, and comment lines not indented deeper than `column`, belong to
    // whatever follows.
    qsizetype contentEnd(qsizetype start, qsizetype limit, qsizetype column) const;
    // End of the text before a trailing " # comment" and whitespace on [from, to).
    qsizetype trimCommentAndSpace(qsizetype from, qsizetype to) const;
    // Position of a " #" comment on [from, to), or `to`.
    qsizetype commentStart(qsizetype from, qsizetype to) const;
    // First position >= pos that is not a space (on any line) and not inside a comment.
    qsizetype skipSpaceAndComments(qsizetype pos, qsizetype limit) const;

private:
    QString m_text;
    QString m_lineBreak = QStringLiteral("\n");
    std::vector<qsizetype> m_lineStarts;
};

} // namespace Lkc
