// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/diagnostic.h"

#include <QPlainTextEdit>

class QAction;
class QTimer;

namespace Lkc {

class ConfigDocument;
class FindBar;
class YamlHighlighter;

// The YAML text of a ConfigDocument as a code editor: highlighting, line
// numbers, the current line, problems underlined where they are (message on
// hover, quick fix in the context menu), find and replace, go to line and
// comment/uncomment. It edits the document's QTextDocument directly, so its
// undo history is the document's.
class YamlTextView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit YamlTextView(ConfigDocument *document, QWidget *parent = nullptr);

    // Find, Replace, Go to Line, Toggle Comment (for the window's Edit menu).
    QList<QAction *> editActions() const { return m_actions; }
    FindBar *findBar() const { return m_findBar; }

    void goToLine(int line, int column = 1);
    void toggleComment();
    void showFind(bool withReplace);
    // The problems on a 1-based line (what hovering shows).
    DiagnosticList diagnosticsAt(int line) const;
    // Files bigger than this colour only the lines on screen (highlighting all of
    // it at once would hold the window).
    static constexpr qint64 kLazyHighlightLimit = 256 * 1024;
    YamlHighlighter *highlighter() const { return m_highlighter; }

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateMargins();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateSelections();
    bool isShown(int blockNumber) const;
    void highlightShown();
    void askGoToLine();
    QRect findBarRect() const;

    ConfigDocument *m_document;
    YamlHighlighter *m_highlighter;
    QTimer *m_lazyTimer;
    QWidget *m_lineNumbers;
    FindBar *m_findBar;
    QList<QAction *> m_actions;
    QList<QTextEdit::ExtraSelection> m_problemMarks;
};

} // namespace Lkc
