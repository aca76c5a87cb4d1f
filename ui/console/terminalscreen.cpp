// SPDX-License-Identifier: Apache-2.0
#include "terminalscreen.h"

namespace Lkc {

namespace {
constexpr int kMaxScrollback = 5000;
// SeaBIOS switches auto-wrap off (DECAWM reset) on the serial line and nothing
// switches it on again; a console that honoured it would cut every long line
// at 80 columns, so that one sequence is dropped.
const QByteArray kAutowrapOff = QByteArrayLiteral("\x1b[?7l");
} // namespace

TerminalScreen::TerminalScreen(int rows, int columns, QObject *parent)
    : QObject(parent)
    , m_rows(rows)
    , m_columns(columns) {
    m_vterm = vterm_new(rows, columns);
    vterm_set_utf8(m_vterm, 1);
    vterm_output_set_callback(m_vterm, &TerminalScreen::onOutput, this);
    m_screen = vterm_obtain_screen(m_vterm);
    static const VTermScreenCallbacks callbacks = {
        &TerminalScreen::onDamage,     nullptr,
        &TerminalScreen::onMoveCursor, &TerminalScreen::onSetTermProp,
        &TerminalScreen::onBell,       nullptr,
        &TerminalScreen::onPushLine,   nullptr,
    };
    vterm_screen_set_callbacks(m_screen, &callbacks, this);
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_reset(m_screen, 1);
}

TerminalScreen::~TerminalScreen() {
    vterm_free(m_vterm);
}

QByteArray TerminalScreen::filterAutowrapOff(const QByteArray &bytes) {
    QByteArray data = m_pendingEscape + bytes;
    m_pendingEscape.clear();
    data.replace(kAutowrapOff, QByteArray());
    // Keep a trailing prefix of the sequence for the next read.
    for (qsizetype keep = qMin<qsizetype>(kAutowrapOff.size() - 1, data.size()); keep > 0; --keep) {
        if (kAutowrapOff.startsWith(data.right(keep))) {
            m_pendingEscape = data.right(keep);
            data.chop(keep);
            break;
        }
    }
    return data;
}

void TerminalScreen::receiveBytes(const QByteArray &bytes) {
    const QByteArray data = filterAutowrapOff(bytes);
    if (data.isEmpty())
        return;
    vterm_input_write(m_vterm, data.constData(), size_t(data.size()));
    vterm_screen_flush_damage(m_screen);
    // libvterm answers queries (cursor position, device attributes) through
    // the output callback while it parses. The answer must leave now: held
    // back until the next keystroke it arrived after the guest had stopped
    // waiting, and getty echoed it as typed text (`^[[10;13Rls`).
    if (!m_outputBuffer.isEmpty())
        emit bytesToSend(std::exchange(m_outputBuffer, {}));
    emit screenChanged();
}

void TerminalScreen::resize(int rows, int columns) {
    if (rows < 1 || columns < 1 || (rows == m_rows && columns == m_columns))
        return;
    m_rows = rows;
    m_columns = columns;
    vterm_set_size(m_vterm, rows, columns);
    vterm_screen_flush_damage(m_screen);
    emit screenChanged();
}

void TerminalScreen::reset() {
    m_scrollback.clear();
    m_pendingEscape.clear();
    m_outputBuffer.clear();
    vterm_screen_reset(m_screen, 1);
    emit screenChanged();
}

QColor TerminalScreen::toQColor(VTermColor color) const {
    vterm_screen_convert_color_to_rgb(m_screen, &color);
    return QColor(color.rgb.red, color.rgb.green, color.rgb.blue);
}

TerminalScreen::Cell TerminalScreen::cell(int row, int column) const {
    Cell result;
    VTermScreenCell c;
    if (!vterm_screen_get_cell(m_screen, VTermPos{row, column}, &c))
        return result;
    for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && c.chars[i]; ++i) {
        const char32_t cp = c.chars[i];
        result.text += QString::fromUcs4(&cp, 1);
    }
    result.width = c.width;
    result.bold = c.attrs.bold;
    result.underline = c.attrs.underline != VTERM_UNDERLINE_OFF;
    result.reverse = c.attrs.reverse;
    result.foreground = VTERM_COLOR_IS_DEFAULT_FG(&c.fg) ? QColor() : toQColor(c.fg);
    result.background = VTERM_COLOR_IS_DEFAULT_BG(&c.bg) ? QColor() : toQColor(c.bg);
    return result;
}

QString TerminalScreen::lineText(int row) const {
    QString line;
    for (int col = 0; col < m_columns; ++col) {
        const Cell c = cell(row, col);
        if (c.width == 0)
            continue;
        line += c.text.isEmpty() ? QStringLiteral(" ") : c.text;
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

QString TerminalScreen::screenText() const {
    QStringList lines;
    for (int row = 0; row < m_rows; ++row)
        lines << lineText(row);
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

void TerminalScreen::typeCharacter(uint codepoint, VTermModifier modifiers) {
    vterm_keyboard_unichar(m_vterm, codepoint, modifiers);
    if (!m_outputBuffer.isEmpty())
        emit bytesToSend(std::exchange(m_outputBuffer, {}));
}

void TerminalScreen::typeKey(VTermKey key, VTermModifier modifiers) {
    vterm_keyboard_key(m_vterm, key, modifiers);
    if (!m_outputBuffer.isEmpty())
        emit bytesToSend(std::exchange(m_outputBuffer, {}));
}

void TerminalScreen::paste(const QString &text) {
    vterm_keyboard_start_paste(m_vterm);
    for (const char32_t cp : text.toUcs4())
        vterm_keyboard_unichar(m_vterm, cp == U'\n' ? U'\r' : cp, VTERM_MOD_NONE);
    vterm_keyboard_end_paste(m_vterm);
    if (!m_outputBuffer.isEmpty())
        emit bytesToSend(std::exchange(m_outputBuffer, {}));
}

int TerminalScreen::onDamage(VTermRect, void *) {
    return 1;
}

int TerminalScreen::onMoveCursor(VTermPos pos, VTermPos, int visible, void *user) {
    auto *self = static_cast<TerminalScreen *>(user);
    self->m_cursor = QPoint(pos.col, pos.row);
    self->m_cursorVisible = visible;
    return 1;
}

int TerminalScreen::onSetTermProp(VTermProp prop, VTermValue *value, void *user) {
    auto *self = static_cast<TerminalScreen *>(user);
    if (prop == VTERM_PROP_CURSORVISIBLE)
        self->m_cursorVisible = value->boolean;
    return 1;
}

int TerminalScreen::onBell(void *user) {
    emit static_cast<TerminalScreen *>(user)->bell();
    return 1;
}

int TerminalScreen::onPushLine(int cols, const VTermScreenCell *cells, void *user) {
    auto *self = static_cast<TerminalScreen *>(user);
    QString line;
    for (int i = 0; i < cols; ++i) {
        if (cells[i].width == 0)
            continue;
        const char32_t cp = cells[i].chars[0] ? cells[i].chars[0] : U' ';
        line += QString::fromUcs4(&cp, 1);
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    self->m_scrollback.append(line);
    if (self->m_scrollback.size() > kMaxScrollback)
        self->m_scrollback.removeFirst();
    return 1;
}

void TerminalScreen::onOutput(const char *bytes, size_t len, void *user) {
    static_cast<TerminalScreen *>(user)->m_outputBuffer.append(bytes, qsizetype(len));
}

} // namespace Lkc
