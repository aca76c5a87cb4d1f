// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Lkc {

// Colours a LinuxKit YAML config line by line: keys, list dashes, quoted
// strings, numbers and booleans, comments, document markers. Line-local on
// purpose: a keystroke re-colours one line, whatever the file's size.
class YamlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit YamlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key, m_string, m_scalar, m_comment, m_punctuation, m_marker;
    QRegularExpression m_keyPattern, m_stringPattern, m_scalarPattern;
};

} // namespace Lkc
