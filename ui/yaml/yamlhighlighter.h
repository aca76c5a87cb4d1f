// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <functional>

namespace Lkc {

// Colours a LinuxKit YAML config line by line: keys, list dashes, quoted
// strings, numbers and booleans, comments, document markers. Line-local on
// purpose: a keystroke re-colours one line, whatever the file's size. In lazy
// mode (big files) only the lines a view shows are coloured: the others are
// left plain until highlightPending() is asked for them, so loading or
// replacing a huge text costs no pass over all of it.
class YamlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit YamlHighlighter(QTextDocument *document);

    // Lazy mode: `shown(blockNumber)` says whether a line is on screen now.
    void setLazy(std::function<bool(int)> shown);
    bool isLazy() const { return bool(m_shown); }
    // Colours the lines from `first` to `last` (block numbers) left plain so far.
    void highlightPending(int first, int last);
    bool isHighlighted(int blockNumber) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void colour(const QString &text);

    std::function<bool(int)> m_shown;
    bool m_forced = false;
    QTextCharFormat m_key, m_string, m_scalar, m_comment, m_punctuation, m_marker;
    QRegularExpression m_keyPattern, m_stringPattern, m_scalarPattern;
};

} // namespace Lkc
