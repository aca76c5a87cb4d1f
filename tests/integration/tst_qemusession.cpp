// SPDX-License-Identifier: Apache-2.0
// A real VM through QemuSession: boot kernel+initrd under TCG, type a command
// into the serial console, read its answer, power off.
#include "bootfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Lkc;

class TestQemuSession : public QObject {
    Q_OBJECT

private slots:
    void commandThroughTheConsole() {
        if (const QString why = Test::bootSkipReason(); !why.isEmpty())
            QFAIL(qPrintable(why));
        const QString dir = Test::scratchDir(QStringLiteral("qemusession"));
        OutputInputs in;
        QVERIFY(Test::makeBootInputs(dir, in));
        // The kernel+initrd layout `lkc run PREFIX` expects.
        QVERIFY(QFile::copy(in.kernel, dir + QStringLiteral("/vm-kernel")));
        QVERIFY(QFile::copy(in.initrd, dir + QStringLiteral("/vm-initrd.img")));
        QFile cmd(dir + QStringLiteral("/vm-cmdline"));
        QVERIFY(cmd.open(QIODevice::WriteOnly));
        cmd.write("console=ttyS0 quiet\n");
        cmd.close();

        QemuOptions o;
        o.path = dir + QStringLiteral("/vm");
        o.accel = QStringLiteral("tcg");
        o.memMiB = 512;
        QemuSession session;
        const QString log = dir + QStringLiteral("/serial.log");
        session.setSerialLogFile(log);
        QSignalSpy states(&session, &QemuSession::stateChanged);
        QVERIFY(session.start(o).ok());
        QCOMPARE(session.state(), QemuSession::State::Running);
        QVERIFY(session.command().arguments.contains(QStringLiteral("-nographic")));

        const qsizetype booted =
            session.waitForOutput(QRegularExpression(QStringLiteral("LKC-TEST-BOOT-OK")), 60000);
        QVERIFY2(booted >= 0, session.output().right(500).constData());
        qInfo("kernel+initrd reached /init in %lld ms (TCG)", session.elapsedMs());
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/vm-state/qemu.pid")));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/vm-state/mac-addr")));

        // Arithmetic the guest must do: the answer cannot be an echo.
        session.write("echo answer-$((6*7)) from $(uname -s)\n");
        const qsizetype answered = session.waitForOutput(
            QRegularExpression(QStringLiteral("answer-42 from Linux")), 15000, booted);
        QVERIFY2(answered >= 0, session.output().mid(booted).constData());

        // stop(): the shell gets the power-off text, QEMU exits by itself.
        session.setPowerOffText("poweroff -f\n");
        session.stop(8000);
        QCOMPARE(session.state(), QemuSession::State::Stopping);
        QVERIFY(session.waitForFinished(20000));
        QCOMPARE(session.state(), QemuSession::State::Finished);
        QCOMPARE(session.exitSignal(), 0);
        QCOMPARE(session.exitCode(), 0);
        QVERIFY(session.output().contains("reboot: Power down"));
        QVERIFY(states.count() >= 3);

        QFile serial(log);
        QVERIFY(serial.open(QIODevice::ReadOnly));
        QCOMPARE(serial.readAll(), session.output());
    }

    void stopKillsAGuestThatIgnoresPowerOff() {
        if (const QString why = Test::bootSkipReason(); !why.isEmpty())
            QFAIL(qPrintable(why));
        // No kernel at all: SeaBIOS finds nothing to boot and waits forever,
        // ignoring the ACPI request; the grace period must end it.
        const QString dir = Test::scratchDir(QStringLiteral("qemusession-kill"));
        const QString disk = dir + QStringLiteral("/empty.img");
        QFile f(disk);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(1024 * 1024));
        f.close();
        QemuOptions o;
        o.path = disk;
        o.accel = QStringLiteral("tcg");
        o.networking = QStringLiteral("none");
        QemuSession session;
        QVERIFY(session.start(o).ok());
        QVERIFY(session.waitForOutput(QRegularExpression(QStringLiteral("SeaBIOS")), 20000) >= 0);
        QElapsedTimer t;
        t.start();
        session.stop(1500);
        QVERIFY(session.waitForFinished(15000));
        QVERIFY(t.elapsed() >= 1400);
        QCOMPARE(session.state(), QemuSession::State::Finished);
    }
};

QTEST_GUILESS_MAIN(TestQemuSession)
#include "tst_qemusession.moc"
