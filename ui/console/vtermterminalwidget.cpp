// SPDX-License-Identifier: Apache-2.0
#include "vtermterminalwidget.h"
#include "terminalscreen.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
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

    connect(m_screen, &TerminalScreen::screenChanged, this, [this] {
        m_scrollOffset = 0;
        update();
    });
    connect(m_screen, &TerminalScreen::bytesToSend, this, &TerminalWidget::bytesToSend);
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
