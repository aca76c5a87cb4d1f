// SPDX-License-Identifier: Apache-2.0
#include "console/terminalscreen.h"
#include "console/vtermterminalwidget.h"

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
