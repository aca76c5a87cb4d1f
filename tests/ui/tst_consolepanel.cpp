// SPDX-License-Identifier: Apache-2.0
// The console as people expect a terminal to be: select with the mouse and
// copy, search the scrollback, save the log; and the run options a user picks
// reach QEMU's command line.
#include "console/consolepanel.h"
#include "console/runoptions.h"
#include "console/runoptionsdialog.h"
#include "console/vtermterminalwidget.h"
#include "run/lkccommandline.h"
#include "testenv.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Lkc;

namespace {
QPoint cellCentre(const QWidget &w, int column, int row) {
    const QFontMetrics m(w.font());
    const int cw = m.horizontalAdvance(QLatin1Char('M'));
    return QPoint(column * cw + cw / 4, row * m.height() + m.height() / 2);
}
} // namespace

class TestConsolePanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lkc-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_consolepanel"));
    }

    void selectWithTheMouseAndCopy() {
        VTermTerminalWidget widget;
        widget.resize(640, 400);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.receiveBytes("Welcome to LinuxKit\r\n/ # uname -a\r\n");
        // Drag over "LinuxKit" on the first row: columns 11 to 19.
        QTest::mousePress(&widget, Qt::LeftButton, {}, cellCentre(widget, 11, 0));
        QMouseEvent move(QEvent::MouseMove, cellCentre(widget, 19, 0),
                         widget.mapToGlobal(cellCentre(widget, 19, 0)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&widget, &move);
        QTest::mouseRelease(&widget, Qt::LeftButton, {}, cellCentre(widget, 19, 0));
        QCOMPARE(widget.selectedText(), QStringLiteral("LinuxKit"));
        QApplication::clipboard()->clear();
        QTest::keyClick(&widget, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("LinuxKit"));
        // A selection across rows keeps the line break.
        QTest::mousePress(&widget, Qt::LeftButton, {}, cellCentre(widget, 11, 0));
        QTest::mouseRelease(&widget, Qt::LeftButton, {}, cellCentre(widget, 3, 1));
        QCOMPARE(widget.selectedText(), QStringLiteral("LinuxKit\n/ #"));
    }

    void pasteTypesIntoTheGuest() {
        VTermTerminalWidget widget;
        QSignalSpy sent(&widget, &TerminalWidget::bytesToSend);
        QApplication::clipboard()->setText(QStringLiteral("ls /\n"));
        QTest::keyClick(&widget, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QByteArray all;
        for (const QList<QVariant> &args : sent)
            all += args.at(0).toByteArray();
        QVERIFY2(all.contains("ls /\r"), all.constData());
    }

    void searchFindsTextInTheScrollback() {
        VTermTerminalWidget widget;
        widget.resize(640, 200);
        widget.show();
        QByteArray lines;
        for (int i = 0; i < 200; ++i)
            lines += "boot line " + QByteArray::number(i) + (i == 17 ? " needle" : "") + "\r\n";
        widget.receiveBytes(lines);
        QVERIFY(!widget.screenText().contains(QStringLiteral("needle")));
        QVERIFY(widget.find(QStringLiteral("NEEDLE")));
        QCOMPARE(widget.selectedText(), QStringLiteral("needle"));
        QVERIFY(widget.find(QStringLiteral("line 1"), true));
        const QString first = widget.selectedText();
        QCOMPARE(first, QStringLiteral("line 1"));
        QVERIFY(!widget.find(QStringLiteral("not in the log")));
        QVERIFY(widget.allText().startsWith(QStringLiteral("boot line 0\n")));
    }

    void saveTheLogAndClear() {
        ConsolePanel panel;
        panel.resize(800, 500);
        panel.show();
        panel.terminal()->receiveBytes("first line\r\n");
        for (int i = 0; i < 100; ++i)
            panel.terminal()->receiveBytes("more output\r\n");
        panel.terminal()->receiveBytes("last line\r\n");
        const QString path =
            Test::scratchDir(QStringLiteral("ui-consolepanel")) + QStringLiteral("/console.log");
        QVERIFY(panel.saveLog(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.startsWith("first line\n"));
        QVERIFY(saved.contains("last line\n"));
        QCOMPARE(saved.count("more output"), 100);
        panel.clearConsole();
        QCOMPARE(panel.terminal()->allText(), QString());
    }

    void runOptionsAreRememberedPerConfig() {
        QemuOptions o;
        o.memMiB = 1536;
        o.cpus = 3;
        o.accel = QStringLiteral("tcg");
        o.publish = {QStringLiteral("2222:22")};
        o.disks = {QemuDisk{QString(), 64, QString()}};
        RunOptions::save(QStringLiteral("/some/where/a.yml"), o);
        const QemuOptions back = RunOptions::load(QStringLiteral("/some/where/a.yml"));
        QCOMPARE(back.memMiB, 1536);
        QCOMPARE(back.cpus, 3);
        QCOMPARE(back.accel, QStringLiteral("tcg"));
        QCOMPARE(back.publish, o.publish);
        QCOMPARE(back.disks.size(), 1);
        QCOMPARE(back.disks[0].sizeMiB, 64);
        QCOMPARE(RunOptions::load(QStringLiteral("/some/where/b.yml")).memMiB,
                 QemuOptions().memMiB);
    }

    // The dialog's choices are lkc run's flags, and they reach QEMU.
    void runOptionsReachTheQemuCommandLine() {
        const QString dir = Test::scratchDir(QStringLiteral("ui-runoptions"));
        // A kernel+initrd prefix QEMU accepts as files (it need not boot).
        for (const char *suffix : {"-kernel", "-initrd.img"}) {
            QFile f(dir + QStringLiteral("/fake") + QLatin1String(suffix));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        RunOptionsDialog dialog;
        QemuOptions start;
        start.path = dir + QStringLiteral("/fake");
        dialog.setOptions(start);
        dialog.memoryBox()->setValue(768);
        dialog.cpusBox()->setValue(2);
        dialog.accelBox()->setCurrentIndex(dialog.accelBox()->findData(QStringLiteral("tcg")));
        dialog.portsEdit()->setPlainText(QStringLiteral("2222:22\n8080:80/udp"));
        dialog.disksEdit()->setPlainText(QStringLiteral("size=16M"));
        bool ok = false;
        const QemuOptions chosen = dialog.options(&ok);
        QVERIFY(ok);

        ConsolePanel panel;
        QSignalSpy started(&panel, &ConsolePanel::started);
        panel.bootWith(chosen);
        QVERIFY(panel.session());
        const QStringList args = panel.session()->command().arguments;
        const QString line = args.join(QLatin1Char(' '));
        QVERIFY2(line.contains(QStringLiteral("-smp 2 -m 768")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("accel=tcg")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("hostfwd=tcp::2222-:22,hostfwd=udp::8080-:80")),
                 qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("disk0.img")) ||
                     line.contains(QStringLiteral("disk.img")),
                 qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("-monitor unix:")), qPrintable(line));
        QCOMPARE(panel.commandLine(), LkcCommandLine::render(LkcCommandLine::runArguments(chosen)));
        QVERIFY(panel.commandLine().contains(QStringLiteral("-mem 768 -cpus 2 -accel tcg")));

        // Networking off is -net none, and ports are refused without it.
        dialog.networkingBox()->setChecked(false);
        dialog.options(&ok);
        QVERIFY(!ok);
        panel.kill();
    }
};

QTEST_MAIN(TestConsolePanel)
#include "tst_consolepanel.moc"
