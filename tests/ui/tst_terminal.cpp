// SPDX-License-Identifier: Apache-2.0
#include "console/terminalscreen.h"
#include "console/vtermterminalwidget.h"
#include "run/ptyprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace Lkc;

class TestTerminal : public QObject {
    Q_OBJECT
private slots:
    void textLandsOnTheGrid() {
        TerminalScreen screen(5, 20);
        screen.receiveBytes("hello\r\nworld");
        QCOMPARE(screen.lineText(0), QStringLiteral("hello"));
        QCOMPARE(screen.lineText(1), QStringLiteral("world"));
        QCOMPARE(screen.cursor(), QPoint(5, 1));
    }

    void colourAndAttributes() {
        TerminalScreen screen(3, 20);
        screen.receiveBytes("\x1b[1;31mR\x1b[0mx");
        const TerminalScreen::Cell red = screen.cell(0, 0);
        QCOMPARE(red.text, QStringLiteral("R"));
        QVERIFY(red.bold);
        QVERIFY(red.foreground.isValid());
        QVERIFY(red.foreground.red() > red.foreground.green());
        QVERIFY(!screen.cell(0, 1).foreground.isValid());
    }

    // SeaBIOS sends ESC[?7l; long lines must still wrap, even when the
    // sequence is split across two reads.
    void autowrapStaysOn() {
        TerminalScreen screen(4, 10);
        screen.receiveBytes("\x1b[?");
        screen.receiveBytes("7l0123456789abc");
        QCOMPARE(screen.lineText(0), QStringLiteral("0123456789"));
        QCOMPARE(screen.lineText(1), QStringLiteral("abc"));
    }

    void scrollbackKeepsOldLines() {
        TerminalScreen screen(2, 10);
        screen.receiveBytes("one\r\ntwo\r\nthree\r\nfour");
        QCOMPARE(screen.lineText(1), QStringLiteral("four"));
        QVERIFY(screen.scrollback().contains(QStringLiteral("one")));
    }

    void keysBecomeBytes() {
        VTermTerminalWidget widget;
        widget.resize(400, 200);
        QSignalSpy sent(&widget, &TerminalWidget::bytesToSend);
        QTest::keyClicks(&widget, QStringLiteral("ls"));
        QTest::keyClick(&widget, Qt::Key_Return);
        QTest::keyClick(&widget, Qt::Key_A, Qt::ControlModifier); // QEMU's escape
        QTest::keyClick(&widget, Qt::Key_Up);
        QByteArray all;
        for (const QList<QVariant> &args : sent)
            all += args.at(0).toByteArray();
        QCOMPARE(all, QByteArrayLiteral("ls\r\x01\x1b[A"));
    }

    // The guest asks where the cursor is (DSR 6); libvterm's answer leaves at
    // once, as a reply, and is not held back to ride along with the next key.
    void cursorReportIsAnsweredAtOnce() {
        TerminalScreen screen(24, 80);
        QSignalSpy sent(&screen, &TerminalScreen::bytesToSend);
        screen.receiveBytes("\r\n\r\n/ # \x1b[6n");
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArrayLiteral("\x1b[3;5R"));
        sent.clear();
        screen.typeCharacter('l');
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArrayLiteral("l"));
        QVERIFY(!screen.screenText().contains(QLatin1Char('R')));
    }

    // The bug as a user met it, on a real pty: a program asks for the cursor
    // position the way busybox's line editor does (raw, no echo, short
    // wait), then reads a line in the normal cooked mode. What the user types
    // must arrive alone, and the report must never be echoed onto the screen.
    void cursorReportNeverShowsAsTypedText() {
        VTermTerminalWidget widget;
        widget.resize(640, 400);
        widget.show();
        PtyProcess shell;
        connect(&shell, &PtyProcess::bytesReceived, &widget, &TerminalWidget::receiveBytes);
        connect(&widget, &TerminalWidget::bytesToSend, &shell, &PtyProcess::write);
        const QString script = QStringLiteral(
            "stty raw -echo; printf 'ask\\033[6n'; "
            "reply=$(dd bs=1 count=6 2>/dev/null | od -An -c | tr -d ' '); stty sane; "
            "printf '\\nreply:%s\\n$ ' \"$reply\"; read line; echo \"typed:[$line]\"; sleep 1");
        QVERIFY(shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(widget.screenText().endsWith(QStringLiteral("\n$")), 10000);
        QVERIFY2(widget.screenText().contains(QStringLiteral("reply:033[1;4R")),
                 qPrintable(widget.screenText()));
        QTest::keyClicks(&widget, QStringLiteral("ls"));
        QTest::keyClick(&widget, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(widget.screenText().contains(QStringLiteral("typed:")), 10000);
        QVERIFY2(widget.screenText().contains(QStringLiteral("typed:[ls]")),
                 qPrintable(widget.screenText()));
        QVERIFY2(!widget.screenText().contains(QStringLiteral("^[")),
                 qPrintable(widget.screenText()));
        shell.waitForFinished(5000);
        if (shell.isRunning())
            shell.kill();
    }

    void widgetShowsReceivedText() {
        VTermTerminalWidget widget;
        widget.resize(640, 400);
        widget.show();
        widget.receiveBytes("Welcome to LinuxKit\r\n/ # ");
        QVERIFY(widget.screenText().startsWith(QStringLiteral("Welcome to LinuxKit\n/ #")));
        QVERIFY(widget.terminalSize().width() >= 20);
        const QImage shot = widget.grab().toImage();
        QVERIFY(!shot.isNull());
    }
};

QTEST_MAIN(TestTerminal)
#include "tst_terminal.moc"
