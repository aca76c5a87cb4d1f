// SPDX-License-Identifier: Apache-2.0
#include "yamltextview.h"
#include "document/configdocument.h"
#include "findbar.h"
#include "yamlhighlighter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QInputDialog>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

namespace Lkc {

namespace {
class LineNumberArea : public QWidget {
public:
    explicit LineNumberArea(YamlTextView *view)
        : QWidget(view)
        , m_view(view) {}
    QSize sizeHint() const override { return {m_view->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    YamlTextView *m_view;
};
} // namespace

YamlTextView::YamlTextView(ConfigDocument *document, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_document(document)
    , m_highlighter(new YamlHighlighter(nullptr))
    , m_lazyTimer(new QTimer(this))
    , m_lineNumbers(new LineNumberArea(this))
    , m_findBar(new FindBar(this, this)) {
    m_highlighter->setParent(this);
    setDocument(document->textDocument());
    m_highlighter->setDocument(document->textDocument());
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setAccessibleName(tr("YAML text"));
    m_findBar->hide();

    connect(this, &QPlainTextEdit::blockCountChanged, this, &YamlTextView::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, &YamlTextView::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &YamlTextView::updateSelections);
    connect(m_findBar, &FindBar::closed, this, &YamlTextView::updateMargins);
    connect(m_document, &ConfigDocument::checked, this, &YamlTextView::updateSelections);
    connect(m_document, &ConfigDocument::aboutToLoad, this, [this](qint64 size) {
        if (size > kLazyHighlightLimit)
            m_highlighter->setLazy([this](int blockNumber) { return isShown(blockNumber); });
        else
            m_highlighter->setLazy({});
    });
    // A big file loads in slices: no typing into half of it.
    connect(m_document, &ConfigDocument::loadingChanged, this, &QPlainTextEdit::setReadOnly);
    // Lines scrolled into view are coloured once the paint at hand is done.
    m_lazyTimer->setSingleShot(true);
    m_lazyTimer->setInterval(0);
    connect(m_lazyTimer, &QTimer::timeout, this, &YamlTextView::highlightShown);
    connect(this, &QPlainTextEdit::updateRequest, this, [this] {
        if (m_highlighter->isLazy() && !m_lazyTimer->isActive())
            m_lazyTimer->start();
    });

    const auto addAction = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        m_actions << action;
    };
    addAction(tr("&Find…"), QKeySequence::Find, [this] { showFind(false); });
    addAction(tr("Find and &Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H),
              [this] { showFind(true); });
    addAction(tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { askGoToLine(); });
    addAction(tr("Toggle &Comment"), QKeySequence(Qt::CTRL | Qt::Key_Slash),
              [this] { toggleComment(); });
    updateMargins();
    updateSelections();
}

bool YamlTextView::isShown(int blockNumber) const {
    const int first = firstVisibleBlock().blockNumber();
    const int lines = viewport()->height() / qMax(1, fontMetrics().height()) + 2;
    return blockNumber >= first && blockNumber <= first + lines;
}

void YamlTextView::highlightShown() {
    const int first = firstVisibleBlock().blockNumber();
    const int last =
        qMin(blockCount() - 1, first + viewport()->height() / qMax(1, fontMetrics().height()) + 2);
    for (int n = first; n <= last; ++n) {
        if (!m_highlighter->isHighlighted(n)) {
            // Colours are no change of the text: no new parse for them.
            const ConfigDocument::FormatChange formatsOnly(m_document);
            m_highlighter->highlightPending(first, last);
            return;
        }
    }
}

int YamlTextView::lineNumberAreaWidth() const {
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits);
}

QRect YamlTextView::findBarRect() const {
    const QRect r = contentsRect();
    const int height = m_findBar->sizeHint().height();
    return {r.left(), r.bottom() - height + 1, r.width(), height};
}

void YamlTextView::updateMargins() {
    setViewportMargins(lineNumberAreaWidth(), 0, 0,
                       m_findBar->isVisible() ? m_findBar->sizeHint().height() : 0);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(r.left(), r.top(), lineNumberAreaWidth(), viewport()->height());
    if (m_findBar->isVisible())
        m_findBar->setGeometry(findBarRect());
}

void YamlTextView::resizeEvent(QResizeEvent *event) {
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void YamlTextView::updateLineNumberArea(const QRect &rect, int dy) {
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void YamlTextView::paintLineNumbers(QPaintEvent *event) {
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().window());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    // Lines with problems get their number in the problem's colour.
    QHash<int, bool> problemLines; // 0-based line -> is an error
    for (const Diagnostic &d : m_document->lastDiagnostics())
        if (d.pos.line > 0)
            problemLines[d.pos.line - 1] = problemLines.value(d.pos.line - 1) || d.isError();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int n = block.blockNumber();
            QColor color =
                palette().color(n == current ? QPalette::WindowText : QPalette::PlaceholderText);
            if (problemLines.contains(n))
                color = problemLines.value(n) ? QColor(0xc0, 0, 0) : QColor(0xb0, 0x70, 0);
            painter.setPen(color);
            painter.drawText(0, top, m_lineNumbers->width() - 4, fontMetrics().height(),
                             Qt::AlignRight, QString::number(n + 1));
        }
        top += height;
        block = block.next();
    }
}

void YamlTextView::updateSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    line.format.setBackground(palette().color(QPalette::AlternateBase));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections << line;
    if (m_document->isChecked()) {
        // Only marks of the parse of this very text: older positions would be off.
        m_problemMarks.clear();
        QTextDocument *doc = document();
        for (const Diagnostic &d : m_document->diagnostics()) {
            if (d.pos.line <= 0)
                continue;
            const QTextBlock block = doc->findBlockByNumber(d.pos.line - 1);
            if (!block.isValid())
                continue;
            const QString text = block.text();
            int start = qBound(0, d.pos.column - 1, int(text.size()));
            int end = start;
            while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u':')
                ++end;
            if (end == start) { // nothing to mark at the column: mark the line's text
                start = int(text.size() - QString(text).trimmed().size());
                end = int(text.size());
            }
            QTextEdit::ExtraSelection mark;
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(d.isError() ? QColor(0xe0, 0, 0) : QColor(0xd0, 0x90, 0));
            mark.format.setToolTip(d.message);
            mark.cursor = QTextCursor(block);
            mark.cursor.setPosition(block.position() + start);
            mark.cursor.setPosition(block.position() + qMax(end, start + 1),
                                    QTextCursor::KeepAnchor);
            m_problemMarks << mark;
        }
    }
    selections << m_problemMarks;
    setExtraSelections(selections);
    m_lineNumbers->update();
}

DiagnosticList YamlTextView::diagnosticsAt(int line) const {
    DiagnosticList out;
    for (const Diagnostic &d : m_document->lastDiagnostics())
        if (d.pos.line == line)
            out << d;
    return out;
}

bool YamlTextView::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QTextCursor cursor = cursorForPosition(inViewport);
        const DiagnosticList here = diagnosticsAt(cursor.blockNumber() + 1);
        if (here.isEmpty()) {
            QToolTip::hideText();
        } else {
            QStringList lines;
            for (const Diagnostic &d : here)
                lines << (d.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(d.message);
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        }
        return true;
    }
    return QPlainTextEdit::event(event);
}

void YamlTextView::contextMenuEvent(QContextMenuEvent *event) {
    QMenu *menu = createStandardContextMenu(event->pos());
    const QTextCursor at = cursorForPosition(event->pos());
    QList<QAction *> fixes;
    for (const Diagnostic &d : diagnosticsAt(at.blockNumber() + 1)) {
        if (!d.hasFix())
            continue;
        auto *fix = new QAction(tr("Quick fix: change %1 to %2").arg(d.fixFrom, d.fixTo), menu);
        connect(fix, &QAction::triggered, this, [this, d] { m_document->applyQuickFix(d); });
        fixes << fix;
    }
    QAction *first = menu->actions().value(0);
    menu->insertActions(first, fixes);
    if (!fixes.isEmpty())
        menu->insertSeparator(first);
    menu->addSeparator();
    menu->addActions(m_actions);
    menu->exec(event->globalPos());
    delete menu;
}

void YamlTextView::goToLine(int line, int column) {
    if (line <= 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(m_document->positionOf(line, column));
    setTextCursor(cursor);
    centerCursor();
}

void YamlTextView::askGoToLine() {
    bool ok = false;
    const int line =
        QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1–%1):").arg(blockCount()),
                             textCursor().blockNumber() + 1, 1, blockCount(), 1, &ok);
    if (ok) {
        goToLine(line);
        setFocus();
    }
}

void YamlTextView::showFind(bool withReplace) {
    m_findBar->open(withReplace);
    updateMargins();
}

void YamlTextView::toggleComment() {
    QTextCursor cursor = textCursor();
    QTextDocument *doc = document();
    const QTextBlock first = doc->findBlock(cursor.selectionStart());
    QTextBlock last = doc->findBlock(cursor.selectionEnd());
    // A selection ending at a line's start does not take that line in.
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    // Uncomment when every non-blank line is a comment, else comment them all.
    bool allComments = true;
    int indent = INT_MAX;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString text = b.text();
        const QString trimmed = text.trimmed();
        if (!trimmed.isEmpty()) {
            allComments = allComments && trimmed.startsWith(QLatin1Char('#'));
            indent =
                qMin(indent,
                     int(text.size() -
                         QString(text).remove(QRegularExpression(QStringLiteral("^\\s+"))).size()));
        }
        if (b == last)
            break;
    }
    if (indent == INT_MAX)
        indent = 0;
    QTextCursor edit(doc);
    edit.beginEditBlock(); // one undo step for every line
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString text = b.text();
        if (!text.trimmed().isEmpty()) {
            if (allComments) {
                const int hash = int(text.indexOf(QLatin1Char('#')));
                const int length = text.mid(hash + 1).startsWith(QLatin1Char(' ')) ? 2 : 1;
                edit.setPosition(b.position() + hash);
                edit.setPosition(b.position() + hash + length, QTextCursor::KeepAnchor);
                edit.removeSelectedText();
            } else {
                edit.setPosition(b.position() + indent);
                edit.insertText(QStringLiteral("# "));
            }
        }
        if (b == last)
            break;
    }
    edit.endEditBlock();
}

} // namespace Lkc
