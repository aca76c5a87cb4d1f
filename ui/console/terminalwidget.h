// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace Lkc {

// A terminal on screen, joined to its transport (a PTY, QEMU's serial line)
// only by bytes: receiveBytes() in, bytesToSend() out. This is the seam that
// lets a QTermWidget build host the console where a Qt 6 build of it exists;
// on Debian 12 the libvterm implementation is used.
class TerminalWidget : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void receiveBytes(const QByteArray &bytes) = 0;
    // The visible screen as plain text, one line per row (trailing blanks trimmed).
    virtual QString screenText() const = 0;
    // The scrollback and the screen: everything still held, as plain text.
    virtual QString allText() const = 0;
    virtual QSize terminalSize() const = 0; // columns × rows
    virtual void clear() = 0;

    // Selection and clipboard (mouse selection lives in the implementation).
    virtual QString selectedText() const = 0;
    virtual void selectAll() = 0;
    virtual void copy() = 0;
    virtual void paste(const QString &text) = 0;
    // Finds `text` (case-insensitive) searching back from the last match, or
    // forward; selects it and scrolls it into view. False when not found.
    virtual bool find(const QString &text, bool backward = true) = 0;

signals:
    void bytesToSend(const QByteArray &bytes);
    void terminalResized(int columns, int rows);
    void bell();
};

// The best terminal implementation this build has.
TerminalWidget *createTerminalWidget(QWidget *parent = nullptr);

} // namespace Lkc
