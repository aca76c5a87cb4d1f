// SPDX-License-Identifier: Apache-2.0
// BootCheck's verdicts without a VM: a shell script stands in for
// qemu-system-x86_64 and prints what a guest would, so each ending (pass,
// failure text, panic, hang, QEMU exiting, cancel) is decided in well under a
// second. The real boots are in tests/integration/tst_testboot.cpp.
#include "run/bootcheck.h"
#include "run/qemusession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Lkc;

class TestBootCheck : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A fake QEMU running `body` (sh), and a disk image for it to "boot".
    BootCheckOptions optionsFor(const QString &name, const QByteArray &body) {
        const QString script = m_dir.filePath(name + QStringLiteral(".sh"));
        QFile f(script);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("#!/bin/sh\n" + body + "\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString disk = m_dir.filePath(name + QStringLiteral(".img"));
        QFile d(disk);
        if (d.open(QIODevice::WriteOnly))
            d.write(QByteArray(512, '\0'));
        BootCheckOptions o;
        o.qemu.qemuBinary = script;
        o.qemu.path = disk;
        o.qemu.accel = QStringLiteral("tcg"); // no KVM probe
        o.qemu.networking = QStringLiteral("none");
        o.timeoutSeconds = 20;
        o.hangSeconds = 10;
        o.powerOffText = {};
        o.powerOffGraceMs = 100; // the script ignores ACPI: terminate it soon
        return o;
    }

private slots:
    void passes() {
        BootCheckOptions o = optionsFor(QStringLiteral("pass"),
                                        "echo booting; echo 'lkc-init: all services started'; "
                                        "exec sleep 30");
        o.consoleLogFile = m_dir.filePath(QStringLiteral("pass.log"));
        BootCheck check(o);
        QSignalSpy started(&check, &BootCheck::started);
        QSignalSpy bytes(&check, &BootCheck::consoleBytes);
        const BootVerdict v = check.run();
        QVERIFY2(v.passed, qPrintable(v.note));
        QCOMPARE(v.reason, BootVerdict::Reason::Passed);
        QVERIFY(v.bootMs >= 0);
        QCOMPARE(v.firmware, QStringLiteral("SeaBIOS"));
        QCOMPARE(v.accel, QStringLiteral("tcg"));
        QCOMPARE(started.count(), 1);
        QVERIFY(v.commandLine.contains(QLatin1String("-machine q35,accel=tcg")));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!check.isRunning());
        // The VM was stopped (the script's sleep killed), not left behind.
        QCOMPARE(check.session()->state(), QemuSession::State::Finished);
        QFile log(o.consoleLogFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("all services started"));
    }

    void failureTextFails() {
        BootCheck check(optionsFor(QStringLiteral("failtext"),
                                   "echo 'lkc-init: services FAILED to start: getty'; sleep 30"));
        const BootVerdict v = check.run();
        QVERIFY(!v.passed);
        QCOMPARE(v.reason, BootVerdict::Reason::FailText);
        QVERIFY2(v.note.contains(QLatin1String("services FAILED to start")), qPrintable(v.note));
        QVERIFY(v.logTail.contains("getty"));
        QCOMPARE(v.bootMs, qint64(-1));
    }

    void panicIsNamed() {
        BootCheck check(optionsFor(
            QStringLiteral("panic"),
            "echo 'Kernel panic - not syncing: VFS: Unable to mount root fs'; sleep 30"));
        const BootVerdict v = check.run();
        QCOMPARE(v.reason, BootVerdict::Reason::KernelPanic);
        QVERIFY2(v.note.startsWith(QLatin1String("kernel panic: Kernel panic - not syncing: VFS")),
                 qPrintable(v.note));
    }

    void hangIsCalledHang() {
        BootCheckOptions o = optionsFor(QStringLiteral("hang"), "echo start; exec sleep 30");
        o.hangSeconds = 1;
        BootCheck check(o);
        QSignalSpy progress(&check, &BootCheck::progress);
        const BootVerdict v = check.run();
        QCOMPARE(v.reason, BootVerdict::Reason::Hang);
        QVERIFY2(v.note.startsWith(QLatin1String("hang: no console output for 1 s")),
                 qPrintable(v.note));
        QVERIFY(!progress.isEmpty());
    }

    void qemuExitingFails() {
        BootCheck check(optionsFor(QStringLiteral("exit"), "echo bye; exit 3"));
        const BootVerdict v = check.run();
        QCOMPARE(v.reason, BootVerdict::Reason::Exited);
        QVERIFY2(v.note.contains(QLatin1String("code 3")), qPrintable(v.note));
    }

    void startFailureIsAVerdict() {
        BootCheckOptions o = optionsFor(QStringLiteral("nostart"), "exit 0");
        o.qemu.path = m_dir.filePath(QStringLiteral("missing-image"));
        BootCheck check(o);
        QSignalSpy finished(&check, &BootCheck::finished);
        check.start();
        // Never from inside start(): the caller connects after it.
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(5000));
        const BootVerdict v = check.verdict();
        QCOMPARE(v.reason, BootVerdict::Reason::StartFailed);
        QVERIFY(v.note.startsWith(QLatin1String("cannot start QEMU")));
    }

    void cancelStopsTheVm() {
        BootCheck check(optionsFor(QStringLiteral("cancel"), "echo start; exec sleep 30"));
        QSignalSpy finished(&check, &BootCheck::finished);
        connect(&check, &BootCheck::consoleBytes, &check, [&] { check.cancel(); });
        check.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(check.verdict().reason, BootVerdict::Reason::Canceled);
        QCOMPARE(check.session()->state(), QemuSession::State::Finished);
        QCOMPARE(check.session()->exitSignal(), SIGKILL);
    }

    void bootPaths() {
        QCOMPARE(
            *BootCheck::bootPath(QStringLiteral("kernel+initrd"),
                                 {QStringLiteral("/o/x-kernel"), QStringLiteral("/o/x-initrd.img"),
                                  QStringLiteral("/o/x-cmdline")}),
            QStringLiteral("/o/x"));
        QCOMPARE(*BootCheck::bootPath(QStringLiteral("iso-bios"), {QStringLiteral("/o/x.iso")}),
                 QStringLiteral("/o/x.iso"));
        QVERIFY(!BootCheck::bootPath(QStringLiteral("tar"), {QStringLiteral("/o/x.tar")}));
        QVERIFY(BootCheck::needsUefi(QStringLiteral("raw-efi")));
        QVERIFY(!BootCheck::needsUefi(QStringLiteral("raw-bios")));
    }
};

QTEST_GUILESS_MAIN(TestBootCheck)
#include "tst_bootcheck.moc"
