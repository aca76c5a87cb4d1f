// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPoint>

#include <vterm.h>

namespace Lkc {

// libvterm's screen behind a Qt face: bytes from the transport go in, the
// screen's cells come out, and what the keyboard produces leaves as bytes.
// No widget code here, so it is testable on its own.
class TerminalScreen : public QObject {
    Q_OBJECT
public:
    struct Cell {
        QString text; // one grapheme, or empty for a blank / the right half of a wide char
        QColor foreground;
        QColor background;
        bool bold = false;
        bool underline = false;
        bool reverse = false;
        int width = 1;
    };

    explicit TerminalScreen(int rows = 25, int columns = 80, QObject *parent = nullptr);
    ~TerminalScreen() override;

    void receiveBytes(const QByteArray &bytes);
    void resize(int rows, int columns);
    void reset();

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    Cell cell(int row, int column) const;
    QString lineText(int row) const;
    QString screenText() const;
    QPoint cursor() const { return m_cursor; } // x = column, y = row
    bool cursorVisible() const { return m_cursorVisible; }
    const QList<QString> &scrollback() const { return m_scrollback; }

    // Keyboard: a Unicode character with modifiers, or a special key.
    void typeCharacter(uint codepoint, VTermModifier modifiers = VTERM_MOD_NONE);
    void typeKey(VTermKey key, VTermModifier modifiers = VTERM_MOD_NONE);
    void paste(const QString &text);

signals:
    void screenChanged();
    void bytesToSend(const QByteArray &bytes);
    void bell();

private:
    static int onDamage(VTermRect rect, void *user);
    static int onMoveCursor(VTermPos pos, VTermPos oldpos, int visible, void *user);
    static int onSetTermProp(VTermProp prop, VTermValue *value, void *user);
    static int onBell(void *user);
    static int onPushLine(int cols, const VTermScreenCell *cells, void *user);
    static void onOutput(const char *bytes, size_t len, void *user);
    QColor toQColor(VTermColor color) const;
    QByteArray filterAutowrapOff(const QByteArray &bytes);

    VTerm *m_vterm = nullptr;
    ::VTermScreen *m_screen = nullptr;
    int m_rows;
    int m_columns;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    QList<QString> m_scrollback;
    QByteArray m_pendingEscape; // an escape sequence split across two reads
    QByteArray m_outputBuffer;  // keyboard bytes collected during one call
};

} // namespace Lkc
