// SPDX-License-Identifier: Apache-2.0
// The KVM verdict is remembered while it cannot have changed: a second ask
// runs no probe; a changed QEMU binary or KVM device probes again. A script
// stands in for QEMU (and counts its probe runs), a plain file for /dev/kvm.
#include "run/accelprobe.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lkc;

class TestAccelCache : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_qemu, m_kvm, m_cache, m_count;

    int probeRuns() const {
        QFile f(m_count);
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('x')) : 0;
    }
    void writeQemu(int exitCode) {
        QFile f(m_qemu);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // --version answers; the firmware probe exits `exitCode` (85 = works);
        // the kernel probe prints the line the probe waits for.
        f.write(QStringLiteral("#!/bin/sh\n"
                               "case \"$*\" in *--version*) echo 'QEMU emulator version 0.0.test'; "
                               "exit 0;; esac\n"
                               "printf x >> '%1'\n"
                               "case \"$*\" in *-kernel*) echo 'Linux version 6.1-test'; exec "
                               "sleep 5;; esac\n"
                               "exit %2\n")
                    .arg(m_count)
                    .arg(exitCode)
                    .toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

private slots:
    void initTestCase() {
        m_qemu = m_dir.filePath(QStringLiteral("qemu-fake"));
        m_kvm = m_dir.filePath(QStringLiteral("kvm"));
        m_cache = m_dir.filePath(QStringLiteral("cache/kvm-probe.json"));
        m_count = m_dir.filePath(QStringLiteral("count"));
        QFile kvm(m_kvm);
        QVERIFY(kvm.open(QIODevice::WriteOnly));
        writeQemu(1); // "KVM does not work"
    }

    void remembersTheVerdict() {
        const AccelProbe::Outcome first = AccelProbe::kvmRemembered(m_qemu, m_cache, m_kvm);
        QVERIFY(!first.works);
        QVERIFY(!first.fromCache);
        QCOMPARE(probeRuns(), 1);
        QVERIFY(QFile::exists(m_cache));

        const AccelProbe::Outcome second = AccelProbe::kvmRemembered(m_qemu, m_cache, m_kvm);
        QVERIFY(!second.works);
        QVERIFY(second.fromCache);
        QCOMPARE(second.detail, first.detail);
        QCOMPARE(probeRuns(), 1); // no probe this time
    }

    void aNewQemuProbesAgain() {
        writeQemu(85); // a QEMU where KVM works: new size, new mtime
        const AccelProbe::Outcome again = AccelProbe::kvmRemembered(m_qemu, m_cache, m_kvm);
        QVERIFY(!again.fromCache);
        QVERIFY2(again.works, qPrintable(again.detail));
        const int runs = probeRuns();
        QVERIFY(runs >= 2);
        QVERIFY(AccelProbe::kvmRemembered(m_qemu, m_cache, m_kvm).fromCache);
        QCOMPARE(probeRuns(), runs);
    }

    void aChangedKvmDeviceProbesAgain() {
        QVERIFY(AccelProbe::kvmRemembered(m_qemu, m_cache, m_kvm).fromCache);
        // A chmod (e.g. a new udev rule) changes the device's ctime.
        QFile::setPermissions(m_kvm, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const int runs = probeRuns();
        QVERIFY(!AccelProbe::kvmRemembered(m_qemu, m_cache, m_kvm).fromCache);
        QVERIFY(probeRuns() > runs);
    }

    void noDeviceNoProbe() {
        const int runs = probeRuns();
        const AccelProbe::Outcome o = AccelProbe::kvmRemembered(
            m_qemu, m_cache, m_dir.filePath(QStringLiteral("no-such-kvm")));
        QVERIFY(!o.works);
        QVERIFY(o.detail.contains(QLatin1String("missing or not accessible")));
        QCOMPARE(probeRuns(), runs);
    }

    void damagedCacheIsIgnored() {
        QFile f(m_cache);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not json");
        f.close();
        const AccelProbe::Outcome o = AccelProbe::kvmRemembered(m_qemu, m_cache, m_kvm);
        QVERIFY(!o.fromCache);
        QVERIFY(AccelProbe::kvmRemembered(m_qemu, m_cache, m_kvm).fromCache);
    }
};

QTEST_GUILESS_MAIN(TestAccelCache)
#include "tst_accelcache.moc"
