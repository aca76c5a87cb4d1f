// SPDX-License-Identifier: Apache-2.0
#include "run/accelprobe.h"
#include "run/bootdiagnosis.h"
#include "run/qemucommand.h"
#include "testenv.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Lkc;

class TestQemuCommand : public QObject {
    Q_OBJECT

    QString m_dir;

    void touch(const QString &name, const QByteArray &content = "x") {
        QFile f(m_dir + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    QemuOptions options(const QString &path) {
        QemuOptions o;
        o.path = path;
        o.uuid = QStringLiteral("11111111-2222-4333-8444-555555555555");
        return o;
    }

private slots:
    void initTestCase() {
        m_dir = Test::scratchDir(QStringLiteral("qemucommand"));
        touch(QStringLiteral("k-kernel"));
        touch(QStringLiteral("k-initrd.img"));
        touch(QStringLiteral("k-cmdline"), "console=ttyS0 quiet\n");
        touch(QStringLiteral("s-kernel"));
        touch(QStringLiteral("s-squashfs.img"));
        touch(QStringLiteral("s-cmdline"), "console=ttyS0");
        touch(QStringLiteral("boot.iso"));
        touch(QStringLiteral("disk-bios.img"));
    }

    void detectsBootModes() {
        Result<BootTarget> k = QemuCommand::detectBootTarget(options(m_dir + QStringLiteral("/k")));
        QVERIFY(k.ok());
        QCOMPARE(k->mode, BootMode::Kernel);
        QCOMPARE(k->cmdline, QStringLiteral("console=ttyS0 quiet"));
        Result<BootTarget> s = QemuCommand::detectBootTarget(options(m_dir + QStringLiteral("/s")));
        QVERIFY(s.ok());
        QCOMPARE(s->mode, BootMode::Squashfs);
        Result<BootTarget> i =
            QemuCommand::detectBootTarget(options(m_dir + QStringLiteral("/boot.iso")));
        QVERIFY(i.ok());
        QCOMPARE(i->mode, BootMode::Iso);
        QCOMPARE(i->prefix, m_dir + QStringLiteral("/boot"));
        Result<BootTarget> d =
            QemuCommand::detectBootTarget(options(m_dir + QStringLiteral("/disk-bios.img")));
        QVERIFY(d.ok());
        QCOMPARE(d->mode, BootMode::Disk);
        Result<BootTarget> none =
            QemuCommand::detectBootTarget(options(m_dir + QStringLiteral("/nothing")));
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(QLatin1String("nothing-kernel")));
        // A forced mode wins over the file name.
        QemuOptions forced = options(m_dir + QStringLiteral("/disk-bios.img"));
        forced.forceIso = true;
        QCOMPARE(QemuCommand::detectBootTarget(forced)->mode, BootMode::Iso);
    }

    void kernelBootArgumentsInLinuxKitOrder() {
        QemuOptions o = options(m_dir + QStringLiteral("/k"));
        BootTarget t = *QemuCommand::detectBootTarget(o);
        Result<QStringList> a = QemuCommand::buildArguments(o, t, QStringLiteral("k-state"),
                                                            QStringLiteral("02:00:00:00:00:01"),
                                                            QStringLiteral("tcg"), {}, {}, {});
        QVERIFY(a.ok());
        const QString expected =
            QStringLiteral("-smp 1 -m 1024 -uuid 11111111-2222-4333-8444-555555555555 -pidfile "
                           "k-state/qemu.pid -machine q35,accel=tcg -object "
                           "rng-random,id=rng0,filename=/dev/urandom -device "
                           "virtio-rng-pci,rng=rng0 -kernel %1/k-kernel -initrd %1/k-initrd.img "
                           "-append|console=ttyS0 quiet|-device "
                           "virtio-net-pci,netdev=t0,mac=02:00:00:00:00:01 -netdev user,id=t0 "
                           "-nographic")
                .arg(m_dir);
        // -append's value has a space: compare it as one argument.
        const int append = a->indexOf(QStringLiteral("-append"));
        QCOMPARE(a->at(append + 1), QStringLiteral("console=ttyS0 quiet"));
        QStringList parts = expected.split(QLatin1Char('|'));
        QCOMPARE(a->mid(0, append + 1).join(QLatin1Char(' ')), parts[0].trimmed());
        QCOMPARE(a->mid(append + 2).join(QLatin1Char(' ')), parts[2].trimmed());
    }

    void isoBootWithDisksDataAndUefi() {
        QemuOptions o = options(m_dir + QStringLiteral("/boot.iso"));
        o.uefi = true;
        o.cpus = 2;
        o.memMiB = 512;
        o.networking = QStringLiteral("none");
        o.disks = {QemuDisk{QStringLiteral("a.img"), 0, QStringLiteral("raw")},
                   QemuDisk{QStringLiteral("b.img"), 0, {}},
                   QemuDisk{QStringLiteral("c.img"), 0, QStringLiteral("qcow2")}};
        BootTarget t = *QemuCommand::detectBootTarget(o);
        Result<QStringList> a = QemuCommand::buildArguments(
            o, t, QStringLiteral("st"), QStringLiteral("02:00:00:00:00:01"), {},
            QStringLiteral("st/OVMF.fd"), QStringLiteral("st/data.iso"),
            {QStringLiteral("a.img"), QStringLiteral("b.img"), QStringLiteral("c.img")});
        QVERIFY(a.ok());
        const QString got = a->join(QLatin1Char(' '));
        QVERIFY2(got.contains(
                     QStringLiteral(
                         "-machine q35 -object rng-random,id=rng0,filename=/dev/urandom -device "
                         "virtio-rng-pci,rng=rng0 -drive file=a.img,format=raw,index=0,media=disk "
                         "-drive file=b.img,index=1,media=disk -drive "
                         "file=c.img,format=qcow2,index=3,media=disk -boot d -cdrom %1/boot.iso "
                         "-drive file=st/data.iso,index=4,media=cdrom -drive "
                         "if=pflash,format=raw,file=st/OVMF.fd -net none -nographic")
                         .arg(m_dir)),
                 qPrintable(got));
        QVERIFY(got.startsWith(QLatin1String("-smp 2 -m 512 ")));
    }

    void diskBootIsDiskZeroWithoutFormat() {
        QemuOptions o = options(m_dir + QStringLiteral("/disk-bios.img"));
        o.publish = {QStringLiteral("8080:80"), QStringLiteral("5353:53/udp")};
        o.gui = true;
        BootTarget t = *QemuCommand::detectBootTarget(o);
        Result<QStringList> a = QemuCommand::buildArguments(o, t, QStringLiteral("st"),
                                                            QStringLiteral("02:00:00:00:00:01"),
                                                            QStringLiteral("kvm"), {}, {}, {});
        QVERIFY(a.ok());
        const QString got = a->join(QLatin1Char(' '));
        QVERIFY2(got.contains(QStringLiteral("-drive file=%1/disk-bios.img,index=0,media=disk "
                                             "-device virtio-net-pci")
                                  .arg(m_dir)),
                 qPrintable(got));
        QVERIFY(got.endsWith(
            QLatin1String("-netdev user,id=t0,hostfwd=tcp::8080-:80,hostfwd=udp::5353-:53")));
        QVERIFY(!got.contains(QLatin1String("-nographic")));
        QVERIFY(!got.contains(QLatin1String("-kernel")));
    }

    void squashfsAppendsRoot() {
        QemuOptions o = options(m_dir + QStringLiteral("/s"));
        BootTarget t = *QemuCommand::detectBootTarget(o);
        Result<QStringList> a = QemuCommand::buildArguments(o, t, QStringLiteral("st"),
                                                            QStringLiteral("m"), {}, {}, {}, {});
        QVERIFY(a.ok());
        const int append = a->indexOf(QStringLiteral("-append"));
        QCOMPARE(a->at(append + 1), QStringLiteral("console=ttyS0 root=/dev/sda"));
        QVERIFY(!a->contains(QStringLiteral("-initrd")));
    }

    void rejectsBadOptions() {
        QVERIFY(!QemuCommand::hostForward(QStringLiteral("0:80")).ok());
        QVERIFY(!QemuCommand::hostForward(QStringLiteral("80")).ok());
        QVERIFY(!QemuCommand::hostForward(QStringLiteral("80:70000")).ok());
        QVERIFY(!QemuCommand::hostForward(QStringLiteral("80:80/sctp")).ok());
        QCOMPARE(*QemuCommand::hostForward(QStringLiteral("2222:22")),
                 QStringLiteral("tcp::2222-:22"));
        QemuOptions o = options(m_dir + QStringLiteral("/k"));
        o.networking = QStringLiteral("none");
        o.publish = {QStringLiteral("80:80")};
        BootTarget t = *QemuCommand::detectBootTarget(o);
        QVERIFY(!QemuCommand::buildArguments(o, t, QStringLiteral("st"), QStringLiteral("m"), {},
                                             {}, {}, {})
                     .ok());
        o.networking = QStringLiteral("tap,tap0");
        o.publish.clear();
        QVERIFY(!QemuCommand::buildArguments(o, t, QStringLiteral("st"), QStringLiteral("m"), {},
                                             {}, {}, {})
                     .ok());
    }

    void parsesDisks() {
        Result<QemuDisk> d =
            QemuCommand::parseDisk(QStringLiteral("file=x.img,size=2G,format=raw"));
        QVERIFY(d.ok());
        QCOMPARE(d->path, QStringLiteral("x.img"));
        QCOMPARE(d->sizeMiB, 2048);
        QCOMPARE(d->format, QStringLiteral("raw"));
        d = QemuCommand::parseDisk(QStringLiteral("y.qcow2,size=100M"));
        QVERIFY(d.ok());
        QCOMPARE(d->path, QStringLiteral("y.qcow2"));
        QCOMPARE(d->sizeMiB, 100);
        QVERIFY(!QemuCommand::parseDisk(QStringLiteral("size=lots")).ok());
        QVERIFY(!QemuCommand::parseDisk(QStringLiteral("x.img,cache=none")).ok());
    }

    void macIsLocalUnicast() {
        const QString mac = QemuCommand::randomMac();
        QCOMPARE(mac.size(), 17);
        const int first = mac.left(2).toInt(nullptr, 16);
        QCOMPARE(first & 0x03, 0x02);
        QVERIFY(QemuCommand::randomMac() != mac);
    }

    void prepareWritesStateDir() {
        if (!Test::haveProgram(QStringLiteral("qemu-system-x86_64")) ||
            !Test::haveProgram(QStringLiteral("qemu-img")))
            QFAIL("qemu-system-x86 / qemu-utils are not installed (packaging/setup.sh)");
        QemuOptions o = options(m_dir + QStringLiteral("/k"));
        o.accel = QStringLiteral("tcg"); // no KVM probe in a unit test
        o.data = QStringLiteral("{\"hello\":1}");
        o.disks = {QemuDisk{{}, 64, {}}};
        Result<QemuCommand::Prepared> p = QemuCommand::prepare(o);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        const QString state = m_dir + QStringLiteral("/k-state");
        QCOMPARE(p->stateDir, state);
        QFile mac(state + QStringLiteral("/mac-addr"));
        QVERIFY(mac.open(QIODevice::ReadOnly));
        const QByteArray macText = mac.readAll();
        QCOMPARE(mac.permissions() & (QFile::ReadOther | QFile::WriteOther), QFile::Permissions());
        QVERIFY(p->arguments.join(QLatin1Char(' ')).contains(QString::fromLatin1(macText)));
        QVERIFY(QFileInfo(state + QStringLiteral("/disk.img")).size() > 0);
        // The data ISO holds the config bytes.
        QFile iso(state + QStringLiteral("/data.iso"));
        QVERIFY(iso.open(QIODevice::ReadOnly));
        const QByteArray isoBytes = iso.readAll();
        QVERIFY(isoBytes.contains("{\"hello\":1}"));
        QCOMPARE(isoBytes.mid(0x8001, 5), QByteArray("CD001"));
        // A second prepare keeps the MAC and reuses the disk.
        Result<QemuCommand::Prepared> again = QemuCommand::prepare(o);
        QVERIFY(again.ok());
        QVERIFY(again->arguments.join(QLatin1Char(' ')).contains(QString::fromLatin1(macText)));
        QVERIFY(
            again->logLines.join(QLatin1Char('\n')).contains(QLatin1String("Using existing disk")));
    }

    void diagnosesBootFailures() {
        const BootDiagnosis::Finding noInit = BootDiagnosis::classify(
            "[    2.1] Run /init as init process\n[    2.2] Kernel panic - not syncing: No working "
            "init found.  Try passing init= option to kernel.\n[    2.3] CPU: 0 PID: 1");
        QCOMPARE(noInit.kind, BootDiagnosis::Kind::NoInit);
        QVERIFY(noInit.message.startsWith(QLatin1String("no init found")));
        const BootDiagnosis::Finding panic = BootDiagnosis::classify(
            "[    1.9] Kernel panic - not syncing: VFS: Unable to mount root fs on "
            "unknown-block(0,0)\r\n[    1.9] CPU: 0");
        QCOMPARE(panic.kind, BootDiagnosis::Kind::KernelPanic);
        QVERIFY2(panic.message.contains(QLatin1String("Unable to mount root fs")),
                 qPrintable(panic.message));
        QVERIFY(!panic.message.contains(QLatin1String("CPU: 0")));
        QCOMPARE(BootDiagnosis::classify("SeaBIOS\nBooting from ROM...\n").kind,
                 BootDiagnosis::Kind::None);
    }

    void probeRunsAGuest() {
        if (!Test::haveProgram(QStringLiteral("qemu-system-x86_64")))
            QFAIL("qemu-system-x86 is not installed (packaging/setup.sh)");
        const AccelProbe::Outcome tcg =
            AccelProbe::probe(QStringLiteral("qemu-system-x86_64"), QStringLiteral("tcg"));
        QVERIFY2(tcg.works, qPrintable(tcg.detail));
        const AccelProbe::Outcome bogus =
            AccelProbe::probe(QStringLiteral("qemu-system-x86_64"), QStringLiteral("nonesuch"));
        QVERIFY(!bogus.works);
        QVERIFY(!bogus.detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQemuCommand)
#include "tst_qemucommand.moc"
