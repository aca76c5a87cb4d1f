// SPDX-License-Identifier: Apache-2.0
#include "yamlhighlighter.h"

#include <QTextBlock>
#include <QTextDocument>

namespace Lkc {

namespace {
// On a line coloured in lazy mode; a line without it is still plain.
class Coloured : public QTextBlockUserData {};
} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_keyPattern(
          QStringLiteral(R"(^(\s*(?:-\s+)*)([^\s#'"\-][^:#]*?|"[^"]*"|'[^']*')\s*:(?=\s|$))"))
    , m_stringPattern(QStringLiteral(R"("(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?)"))
    , m_scalarPattern(QStringLiteral(
          R"((?<=[\s:\[,{-])(true|false|null|~|[-+]?\d+(?:\.\d+)?|0o?[0-7]+|0x[0-9a-fA-F]+)(?=\s*(?:$|[,\]}#])))")) {
    m_key.setForeground(QColor(0x00, 0x55, 0x99));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(QColor(0x0a, 0x7d, 0x2c));
    m_scalar.setForeground(QColor(0xa0, 0x4d, 0x00));
    m_comment.setForeground(QColor(0x80, 0x80, 0x80));
    m_comment.setFontItalic(true);
    m_punctuation.setForeground(QColor(0x99, 0x33, 0x99));
    m_marker.setForeground(QColor(0x99, 0x33, 0x99));
    m_marker.setFontWeight(QFont::Bold);
}

void YamlHighlighter::setLazy(std::function<bool(int)> shown) {
    m_shown = std::move(shown);
}

bool YamlHighlighter::isHighlighted(int blockNumber) const {
    if (!document())
        return false;
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    return block.isValid() && (!m_shown || block.userData() != nullptr);
}

void YamlHighlighter::highlightPending(int first, int last) {
    if (!document())
        return;
    m_forced = true;
    for (QTextBlock block = document()->findBlockByNumber(first);
         block.isValid() && block.blockNumber() <= last; block = block.next())
        if (!block.userData())
            rehighlightBlock(block);
    m_forced = false;
}

void YamlHighlighter::highlightBlock(const QString &text) {
    if (m_shown) {
        // The block's state stays as it was: a change would drag QSyntaxHighlighter
        // on to the next line, and on through the whole file.
        if (!m_forced && !m_shown(currentBlock().blockNumber())) {
            if (currentBlockUserData())
                setCurrentBlockUserData(nullptr);
            return;
        }
        if (!currentBlockUserData())
            setCurrentBlockUserData(new Coloured);
    }
    colour(text);
}

void YamlHighlighter::colour(const QString &text) {
    if (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("..."))) {
        setFormat(0, 3, m_marker);
        return;
    }
    // Where a comment starts: a '#' after a space (or at the start), outside quotes.
    qsizetype comment = -1;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace())) {
            comment = i;
            break;
        }
    }
    const QString code = comment >= 0 ? text.left(comment) : text;

    for (qsizetype i = 0; i < code.size() && (code.at(i).isSpace() || code.at(i) == u'-'); ++i)
        if (code.at(i) == QLatin1Char('-'))
            setFormat(int(i), 1, m_punctuation);
    QRegularExpressionMatch key = m_keyPattern.match(code);
    qsizetype valueStart = 0;
    if (key.hasMatch()) {
        setFormat(int(key.capturedStart(2)), int(key.capturedLength(2)), m_key);
        valueStart = key.capturedEnd(0);
    }
    for (auto it = m_scalarPattern.globalMatch(code, valueStart); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_scalar);
    }
    for (auto it = m_stringPattern.globalMatch(code, valueStart); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_string);
    }
    if (comment >= 0)
        setFormat(int(comment), int(text.size() - comment), m_comment);
}

} // namespace Lkc
