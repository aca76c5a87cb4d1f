// SPDX-License-Identifier: Apache-2.0
#include "vtermterminalwidget.h"
#include "terminalscreen.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>

namespace Lkc {

VTermTerminalWidget::VTermTerminalWidget(QWidget *parent)
    : TerminalWidget(parent)
    , m_screen(new TerminalScreen(25, 80, this)) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    setFont(font);
    const QFontMetrics metrics(font);
    m_cellSize =
        QSize(qMax(1, metrics.horizontalAdvance(QLatin1Char('M'))), qMax(1, metrics.height()));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Serial console"));

    // Output does not pull a reader out of the scrollback; typing does.
    connect(m_screen, &TerminalScreen::screenChanged, this, qOverload<>(&QWidget::update));
    connect(m_screen, &TerminalScreen::bytesToSend, this, &TerminalWidget::bytesToSend);
    connect(m_screen, &TerminalScreen::bell, this, &TerminalWidget::bell);
}

void VTermTerminalWidget::receiveBytes(const QByteArray &bytes) {
    m_screen->receiveBytes(bytes);
}

QString VTermTerminalWidget::screenText() const {
    return m_screen->screenText();
}

QSize VTermTerminalWidget::terminalSize() const {
    return QSize(m_screen->columns(), m_screen->rows());
}

void VTermTerminalWidget::clear() {
    m_screen->reset();
    m_anchor = m_end = m_lastMatch = TextPos(-1, -1);
    m_scrollOffset = 0;
    update();
}

int VTermTerminalWidget::lineCount() const {
    return int(m_screen->scrollback().size()) + m_screen->rows();
}

QString VTermTerminalWidget::line(int index) const {
    const auto &history = m_screen->scrollback();
    if (index < 0 || index >= lineCount())
        return {};
    return index < history.size() ? history.at(index)
                                  : m_screen->lineText(index - int(history.size()));
}

int VTermTerminalWidget::topLine() const {
    const int history = int(m_screen->scrollback().size());
    return history - qMin(m_scrollOffset, history);
}

QString VTermTerminalWidget::allText() const {
    QStringList lines;
    for (int i = 0; i < lineCount(); ++i)
        lines << line(i);
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

VTermTerminalWidget::TextPos VTermTerminalWidget::textPosAt(const QPoint &pixel) const {
    const int row = qBound(0, pixel.y() / m_cellSize.height(), m_screen->rows() - 1);
    const int column =
        qBound(0, (pixel.x() + m_cellSize.width() / 2) / m_cellSize.width(), m_screen->columns());
    return TextPos(column, topLine() + row);
}

static bool before(const QPoint &a, const QPoint &b) {
    return a.y() < b.y() || (a.y() == b.y() && a.x() < b.x());
}

bool VTermTerminalWidget::isSelected(int lineIndex, int column) const {
    if (m_anchor == m_end || m_anchor.y() < 0)
        return false;
    const TextPos from = before(m_anchor, m_end) ? m_anchor : m_end;
    const TextPos to = before(m_anchor, m_end) ? m_end : m_anchor;
    const TextPos here(column, lineIndex);
    return !before(here, from) && before(here, to);
}

QString VTermTerminalWidget::selectedText() const {
    if (m_anchor == m_end || m_anchor.y() < 0)
        return {};
    const TextPos from = before(m_anchor, m_end) ? m_anchor : m_end;
    const TextPos to = before(m_anchor, m_end) ? m_end : m_anchor;
    QStringList parts;
    for (int i = from.y(); i <= to.y() && i < lineCount(); ++i) {
        const QString text = line(i);
        const int start = i == from.y() ? from.x() : 0;
        const int stop = i == to.y() ? to.x() : int(text.size());
        parts << text.mid(start, qMax(0, stop - start));
    }
    return parts.join(QLatin1Char('\n'));
}

void VTermTerminalWidget::selectAll() {
    m_anchor = TextPos(0, 0);
    m_end = TextPos(m_screen->columns(), lineCount() - 1);
    update();
}

void VTermTerminalWidget::copy() {
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void VTermTerminalWidget::paste(const QString &text) {
    if (!text.isEmpty())
        m_screen->paste(text);
}

void VTermTerminalWidget::scrollToLine(int lineIndex) {
    const int history = int(m_screen->scrollback().size());
    if (lineIndex >= topLine() && lineIndex < topLine() + m_screen->rows())
        return;
    m_scrollOffset = lineIndex >= history ? 0 : history - lineIndex;
}

bool VTermTerminalWidget::find(const QString &text, bool backward) {
    if (text.isEmpty())
        return false;
    const int count = lineCount();
    TextPos start = m_lastMatch;
    if (start.y() < 0 || start.y() >= count)
        start = backward ? TextPos(INT_MAX / 2, count - 1) : TextPos(-1, 0);
    for (int step = 0; step <= count; ++step) {
        const int index = backward ? start.y() - step : start.y() + step;
        if (index < 0 || index >= count)
            break;
        const QString l = line(index);
        qsizetype at = -1;
        if (backward) {
            const qsizetype from = step == 0 ? start.x() - 1 : l.size();
            at = from < 0 ? -1 : l.lastIndexOf(text, from, Qt::CaseInsensitive);
        } else {
            at = l.indexOf(text, step == 0 ? start.x() + 1 : 0, Qt::CaseInsensitive);
        }
        if (at >= 0) {
            m_lastMatch = TextPos(int(at), index);
            m_anchor = m_lastMatch;
            m_end = TextPos(int(at + text.size()), index);
            scrollToLine(index);
            update();
            return true;
        }
    }
    return false;
}

void VTermTerminalWidget::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton) {
        m_anchor = m_end = textPosAt(event->position().toPoint());
        m_selecting = true;
        update();
    } else if (event->button() == Qt::MiddleButton) {
        // X11 habit: the middle button pastes the primary selection.
        const QClipboard *clipboard = QApplication::clipboard();
        paste(clipboard->supportsSelection() ? clipboard->text(QClipboard::Selection)
                                             : clipboard->text());
    }
    setFocus();
}

void VTermTerminalWidget::mouseMoveEvent(QMouseEvent *event) {
    if (!m_selecting)
        return;
    m_end = textPosAt(event->position().toPoint());
    update();
}

void VTermTerminalWidget::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    m_end = textPosAt(event->position().toPoint());
    QClipboard *clipboard = QApplication::clipboard();
    if (clipboard->supportsSelection() && !selectedText().isEmpty())
        clipboard->setText(selectedText(), QClipboard::Selection);
    update();
}

void VTermTerminalWidget::mouseDoubleClickEvent(QMouseEvent *event) {
    // A word: the run of non-blanks under the pointer.
    const TextPos at = textPosAt(event->position().toPoint());
    const QString text = line(at.y());
    int from = qMin(at.x(), int(text.size()));
    int to = from;
    while (from > 0 && !text.at(from - 1).isSpace())
        --from;
    while (to < text.size() && !text.at(to).isSpace())
        ++to;
    m_anchor = TextPos(from, at.y());
    m_end = TextPos(to, at.y());
    update();
}

void VTermTerminalWidget::contextMenuEvent(QContextMenuEvent *event) {
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &VTermTerminalWidget::copy);
    copyAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    copyAction->setEnabled(!selectedText().isEmpty());
    QAction *pasteAction =
        menu.addAction(tr("&Paste"), this, [this] { paste(QApplication::clipboard()->text()); });
    pasteAction->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    menu.addAction(tr("Select &All"), this, &VTermTerminalWidget::selectAll);
    menu.exec(event->globalPos());
}

QSize VTermTerminalWidget::sizeHint() const {
    return QSize(m_cellSize.width() * 80, m_cellSize.height() * 25);
}

void VTermTerminalWidget::updateGridSize() {
    const int columns = qMax(20, width() / m_cellSize.width());
    const int rows = qMax(5, height() / m_cellSize.height());
    if (columns != m_screen->columns() || rows != m_screen->rows()) {
        m_screen->resize(rows, columns);
        emit terminalResized(columns, rows);
    }
}

void VTermTerminalWidget::resizeEvent(QResizeEvent *event) {
    TerminalWidget::resizeEvent(event);
    updateGridSize();
}

void VTermTerminalWidget::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    const QColor defaultBg = palette().color(QPalette::Base).lightness() > 128
                                 ? QColor(0x1e, 0x1e, 0x1e)
                                 : palette().color(QPalette::Base);
    const QColor defaultFg(0xdc, 0xdc, 0xdc);
    painter.fillRect(rect(), defaultBg);
    painter.setFont(font());
    const int cw = m_cellSize.width();
    const int ch = m_cellSize.height();
    const int ascent = QFontMetrics(font()).ascent();
    const auto &history = m_screen->scrollback();
    const int historyRows = qMin<int>(m_scrollOffset, int(history.size()));

    // Rows scrolled back into history are drawn from the plain-text scrollback.
    painter.setPen(defaultFg);
    for (int i = 0; i < historyRows; ++i) {
        const QString &line = history.at(history.size() - historyRows + i);
        painter.drawText(0, i * ch + ascent, line);
    }
    for (int row = 0; row + historyRows < m_screen->rows(); ++row) {
        const int y = (row + historyRows) * ch;
        for (int col = 0; col < m_screen->columns(); ++col) {
            const TerminalScreen::Cell cell = m_screen->cell(row, col);
            if (cell.width == 0)
                continue;
            QColor fg = cell.foreground.isValid() ? cell.foreground : defaultFg;
            QColor bg = cell.background.isValid() ? cell.background : defaultBg;
            if (cell.reverse)
                std::swap(fg, bg);
            const QRect box(col * cw, y, cw * qMax(1, cell.width), ch);
            if (bg != defaultBg)
                painter.fillRect(box, bg);
            if (!cell.text.isEmpty() && cell.text != QLatin1String(" ")) {
                QFont f = font();
                f.setBold(cell.bold);
                f.setUnderline(cell.underline);
                painter.setFont(f);
                painter.setPen(fg);
                painter.drawText(box.x(), y + ascent, cell.text);
            }
        }
    }
    // The selection, over history and screen rows alike.
    const QColor highlight(0x4a, 0x90, 0xd9, 120);
    for (int row = 0; row < m_screen->rows(); ++row) {
        const int lineIndex = topLine() + row;
        for (int col = 0; col < m_screen->columns(); ++col)
            if (isSelected(lineIndex, col))
                painter.fillRect(QRect(col * cw, row * ch, cw, ch), highlight);
    }
    if (m_screen->cursorVisible() && historyRows == 0) {
        const QPoint c = m_screen->cursor();
        const QRect cursorBox(c.x() * cw, c.y() * ch, cw, ch);
        if (hasFocus())
            painter.fillRect(cursorBox, QColor(0xdc, 0xdc, 0xdc, 160));
        else {
            painter.setPen(defaultFg);
            painter.drawRect(cursorBox.adjusted(0, 0, -1, -1));
        }
    }
}

static VTermModifier toVTermModifiers(Qt::KeyboardModifiers mods) {
    int m = VTERM_MOD_NONE;
    if (mods & Qt::ShiftModifier)
        m |= VTERM_MOD_SHIFT;
    if (mods & Qt::ControlModifier)
        m |= VTERM_MOD_CTRL;
    if (mods & Qt::AltModifier)
        m |= VTERM_MOD_ALT;
    return VTermModifier(m);
}

void VTermTerminalWidget::keyPressEvent(QKeyEvent *event) {
    const VTermModifier mods = toVTermModifiers(event->modifiers());
    // Ctrl+Shift+V pastes; plain Ctrl+letters (Ctrl-A for QEMU's escape) go to the guest.
    if (event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier) &&
        event->key() == Qt::Key_V) {
        m_screen->paste(QApplication::clipboard()->text());
        return;
    }
    if (event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier) &&
        event->key() == Qt::Key_C) {
        copy();
        return;
    }
    static const QHash<int, VTermKey> keys = {
        {Qt::Key_Return, VTERM_KEY_ENTER},      {Qt::Key_Enter, VTERM_KEY_ENTER},
        {Qt::Key_Tab, VTERM_KEY_TAB},           {Qt::Key_Backspace, VTERM_KEY_BACKSPACE},
        {Qt::Key_Escape, VTERM_KEY_ESCAPE},     {Qt::Key_Up, VTERM_KEY_UP},
        {Qt::Key_Down, VTERM_KEY_DOWN},         {Qt::Key_Left, VTERM_KEY_LEFT},
        {Qt::Key_Right, VTERM_KEY_RIGHT},       {Qt::Key_Insert, VTERM_KEY_INS},
        {Qt::Key_Delete, VTERM_KEY_DEL},        {Qt::Key_Home, VTERM_KEY_HOME},
        {Qt::Key_End, VTERM_KEY_END},           {Qt::Key_PageUp, VTERM_KEY_PAGEUP},
        {Qt::Key_PageDown, VTERM_KEY_PAGEDOWN},
    };
    if (event->modifiers() & Qt::ShiftModifier && event->key() == Qt::Key_PageUp) {
        m_scrollOffset =
            qMin<int>(m_scrollOffset + m_screen->rows() / 2, int(m_screen->scrollback().size()));
        update();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier && event->key() == Qt::Key_PageDown) {
        m_scrollOffset = qMax(0, m_scrollOffset - m_screen->rows() / 2);
        update();
        return;
    }
    m_scrollOffset = 0;
    if (const auto it = keys.constFind(event->key()); it != keys.constEnd()) {
        m_screen->typeKey(*it, mods);
        return;
    }
    if (event->key() >= Qt::Key_F1 && event->key() <= Qt::Key_F12) {
        m_screen->typeKey(VTermKey(VTERM_KEY_FUNCTION(event->key() - Qt::Key_F1 + 1)), mods);
        return;
    }
    if ((event->modifiers() & Qt::ControlModifier) && event->key() >= Qt::Key_A &&
        event->key() <= Qt::Key_Z) {
        m_screen->typeCharacter(uint('a' + (event->key() - Qt::Key_A)),
                                VTermModifier(mods & ~VTERM_MOD_SHIFT));
        return;
    }
    const QString text = event->text();
    if (!text.isEmpty()) {
        // Shift is already in the character; libvterm would encode it again.
        const VTermModifier charMods = VTermModifier(mods & ~VTERM_MOD_SHIFT);
        for (const char32_t cp : text.toUcs4())
            m_screen->typeCharacter(cp, charMods);
        return;
    }
    TerminalWidget::keyPressEvent(event);
}

void VTermTerminalWidget::wheelEvent(QWheelEvent *event) {
    const int steps = event->angleDelta().y() / 40;
    m_scrollOffset = qBound(0, m_scrollOffset + steps, int(m_screen->scrollback().size()));
    update();
}

bool VTermTerminalWidget::focusNextPrevChild(bool) {
    return false; // Tab belongs to the guest's shell
}

TerminalWidget *createTerminalWidget(QWidget *parent) {
    return new VTermTerminalWidget(parent);
}

} // namespace Lkc
