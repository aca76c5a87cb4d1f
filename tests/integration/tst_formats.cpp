// SPDX-License-Identifier: Apache-2.0
// Every format's writer, on a busybox test initrd and the host's kernel: the
// structure each boot path needs (El Torito entries, isohybrid MBR, GPT with
// an ESP), and conversions of the raw image block for block with `qemu-img
// compare`, which probes the container as QEMU does when it boots one. The
// boots themselves run once each in the suite with the starter kit
// (tst_starterformats lists where); the one booted here is iso-efi under
// SeaBIOS, which no other test does.
#include "bootfixture.h"

#include "build/outputs/diskimagewriter.h"
#include "util/toollocator.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Lkc;

class TestFormats : public QObject {
    Q_OBJECT

    QString m_dir;
    OutputInputs m_in;
    QString m_out;
    QStringList m_figures;

    QString writeFormat(const QString &format) {
        Result<std::shared_ptr<OutputWriter>> w = createOutputWriter(format);
        if (!w.ok()) {
            qWarning("%s", qPrintable(w.error().toString()));
            return {};
        }
        if (Status s = (*w)->checkTools(); !s) {
            qWarning("%s", qPrintable(s.error().toString()));
            return {};
        }
        JobControl control;
        QElapsedTimer t;
        t.start();
        Status s = (*w)->write(m_in, m_out, QStringLiteral("t"), control);
        if (!s) {
            qWarning("%s: %s", qPrintable(format), qPrintable(s.error().toString()));
            return {};
        }
        const QStringList names = (*w)->outputNames(QStringLiteral("t"), m_in);
        for (const QString &n : names)
            if (!QFileInfo::exists(m_out + QLatin1Char('/') + n)) {
                qWarning("%s did not write %s", qPrintable(format), qPrintable(n));
                return {};
            }
        const QString main = m_out + QLatin1Char('/') + names.last();
        m_figures << QStringLiteral("%1: wrote %2 (%3 KiB) in %4 ms")
                         .arg(format.leftJustified(15), names.last())
                         .arg(QFileInfo(main).size() / 1024)
                         .arg(t.elapsed());
        return main;
    }

    void boot(const QString &label, const QString &path, bool uefi) {
        QemuOptions o;
        o.path = path;
        o.uefi = uefi;
        o.stateDir = m_dir + QStringLiteral("/state-") + label;
        const Test::BootResult r = Test::bootAndCheck(o, 60000);
        QVERIFY2(r.booted, qPrintable(label + QStringLiteral(": ") + r.error));
        QVERIFY2(r.poweredOff, qPrintable(label + QStringLiteral(": did not power off")));
        m_figures << QStringLiteral("%1: booted to /init in %2 ms (%3, TCG)")
                         .arg(label.leftJustified(15))
                         .arg(r.bootMs)
                         .arg(uefi ? QStringLiteral("OVMF") : QStringLiteral("SeaBIOS"));
    }

    void sameBlocks(const QString &a, const QString &b) {
        const Test::ProcessResult r =
            Test::runProcess(QStringLiteral("qemu-img"), {QStringLiteral("compare"), a, b}, 60000);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    }

private slots:
    void initTestCase() {
        if (const QString why = Test::bootSkipReason(); !why.isEmpty())
            QFAIL(qPrintable(why));
        m_dir = Test::scratchDir(QStringLiteral("formats"));
        QVERIFY(Test::makeBootInputs(m_dir, m_in));
        m_out = m_dir + QStringLiteral("/out");
        QDir().mkpath(m_out);
        if (!ToolLocator::ovmfFirmware())
            QFAIL("ovmf is not installed (packaging/setup.sh installs it)");
    }

    void isoBios() {
        const QString iso = writeFormat(QStringLiteral("iso-bios"));
        QVERIFY(!iso.isEmpty());
        QFile f(iso);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(0x8800);
        QCOMPARE(head.mid(0x8001, 5), QByteArray("CD001"));
        QCOMPARE(head.mid(510, 2), QByteArray("\x55\xaa")); // isohybrid MBR
    }

    void isoBiosVolumeDates() {
        // libarchive stamps the current time; the volume descriptor dates
        // are rewritten to SOURCE_DATE_EPOCH (2000-01-01 when unset).
        const QString iso = writeFormat(QStringLiteral("iso-bios"));
        QVERIFY(!iso.isEmpty());
        QFile f(iso);
        QVERIFY(f.open(QIODevice::ReadOnly) && f.seek(16 * 2048));
        const QByteArray pvd = f.read(2048);
        QCOMPARE(pvd.mid(813, 16), QByteArray("2000010100000000"));
        QCOMPARE(pvd.mid(830, 16), QByteArray("2000010100000000"));
        QCOMPARE(pvd.mid(40, 8), QByteArray("LINUXKIT"));
    }

    void isoBiosIsReproducible() {
        const QString first = writeFormat(QStringLiteral("iso-bios"));
        QVERIFY(!first.isEmpty());
        const QString copy = m_dir + QStringLiteral("/first.iso");
        QFile::remove(copy);
        QVERIFY(QFile::copy(first, copy));
        QTest::qWait(2100); // later: no clock may leak into the image
        const QString second = writeFormat(QStringLiteral("iso-bios"));
        QVERIFY(!second.isEmpty());
        QFile a(copy), b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray x = a.readAll(), y = b.readAll();
        QCOMPARE(x.size(), y.size());
        QStringList diffs;
        for (qsizetype i = 0; i < x.size() && diffs.size() < 20; ++i)
            if (x[i] != y[i])
                diffs << QString::number(i);
        QVERIFY2(diffs.isEmpty(), qPrintable(QStringLiteral("differences at bytes ") +
                                             diffs.join(QLatin1Char(' '))));
    }

    void isoEfi() {
        const QString iso = writeFormat(QStringLiteral("iso-efi"));
        QVERIFY(!iso.isEmpty());
        QVERIFY(iso.endsWith(QLatin1String("t-efi.iso")));
        // Under OVMF in tst_starterformats; SeaBIOS takes its isohybrid side.
        boot(QStringLiteral("iso-efi (BIOS)"), iso, false);
    }

    void isoEfiInitrd() {
        const QString iso = writeFormat(QStringLiteral("iso-efi-initrd"));
        QVERIFY(!iso.isEmpty());
        QVERIFY(iso.endsWith(QLatin1String("t-efi-initrd.iso")));
        // Same builder as iso-efi (booted above): check its El Torito entries.
        const Test::ProcessResult report =
            Test::runProcess(QStringLiteral("xorriso"),
                             {QStringLiteral("-indev"), iso, QStringLiteral("-report_el_torito"),
                              QStringLiteral("plain")});
        QVERIFY2(report.out.contains("UEFI"), report.out.constData());
        QVERIFY2(report.out.contains("BIOS"), report.out.constData());
    }

    void rawBiosAndConversions() {
        const QString raw = writeFormat(QStringLiteral("raw-bios"));
        QVERIFY(!raw.isEmpty());
        QVERIFY(raw.endsWith(QLatin1String("t-bios.img")));
        {
            QFile f(raw);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.read(512).mid(510, 2), QByteArray("\x55\xaa")); // MBR boot signature
        }
        // A fixed VHD is the raw disk plus a 512-byte "conectix" footer.
        const QString vhd = writeFormat(QStringLiteral("vhd"));
        QVERIFY(!vhd.isEmpty());
        {
            QFile a(raw), b(vhd);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(b.size(), a.size() + 512);
            QVERIFY(b.read(a.size()) == a.readAll());
            QCOMPARE(b.read(8), QByteArray("conectix"));
        }
        // The other conversions hold the same blocks as the raw image
        // (qemu-img reads each format back).
        for (const QString &f :
             {QStringLiteral("vmdk"), QStringLiteral("qcow2-bios"), QStringLiteral("aws")}) {
            const QString img = writeFormat(f);
            QVERIFY2(!img.isEmpty(), qPrintable(f));
            sameBlocks(raw, img);
        }
        // dynamic-vhd and vhd share X.vhd: write it after comparing vhd.
        const QString dyn = writeFormat(QStringLiteral("dynamic-vhd"));
        QVERIFY(!dyn.isEmpty());
        sameBlocks(raw, dyn);
        const Test::ProcessResult info = Test::runProcess(
            QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("--output=json"),
                                         m_out + QStringLiteral("/t.qcow2")});
        QVERIFY(info.out.contains("\"format\": \"qcow2\""));
        QVERIFY(info.out.contains("\"virtual-size\": 1073741824")); // --size 1024 MiB
    }

    void gcp() {
        const QString tgz = writeFormat(QStringLiteral("gcp"));
        QVERIFY(!tgz.isEmpty());
        QVERIFY(tgz.endsWith(QLatin1String("t.img.tar.gz")));
        const Test::ProcessResult list =
            Test::runProcess(QStringLiteral("tar"), {QStringLiteral("tzvf"), tgz}, 60000);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("disk.raw"), list.out.constData());
        QVERIFY2(list.out.contains("1073741824"), list.out.constData()); // whole GiB
    }

    void rawEfiAndQcow2Efi() {
        const QString raw = writeFormat(QStringLiteral("raw-efi"));
        QVERIFY(!raw.isEmpty());
        QVERIFY(raw.endsWith(QLatin1String("t-efi.img")));
        const Test::ProcessResult table =
            Test::runProcess(QStringLiteral("/usr/sbin/sfdisk"), {QStringLiteral("-d"), raw});
        QVERIFY2(table.out.contains("label: gpt"), (table.out + table.err).constData());
        QVERIFY2(table.out.contains("C12A7328-F81F-11D2-BA4B-00A0C93EC93B"), table.out.constData());
        QVERIFY2(!table.err.contains("corrupt"), table.err.constData());
        // qcow2-efi at the raw image's size holds exactly its blocks (at
        // --size the backup GPT moves to the end, so compare that way).
        const qint64 size = m_in.diskSizeMiB;
        m_in.diskSizeMiB = 0;
        const QString qcow = writeFormat(QStringLiteral("qcow2-efi"));
        m_in.diskSizeMiB = size;
        QVERIFY(!qcow.isEmpty());
        QVERIFY(qcow.endsWith(QLatin1String("t-efi.qcow2")));
        sameBlocks(raw, qcow);
    }

    void kernelSquashfsAndIso() {
        const QString sq = writeFormat(QStringLiteral("kernel+squashfs"));
        QVERIFY(!sq.isEmpty());
        QVERIFY(QFileInfo::exists(m_out + QStringLiteral("/t-kernel")));
        if (Test::haveProgram(QStringLiteral("unsquashfs"))) {
            const Test::ProcessResult l =
                Test::runProcess(QStringLiteral("unsquashfs"), {QStringLiteral("-l"), sq});
            QVERIFY2(l.out.contains("squashfs-root/bin/busybox"), l.out.constData());
            QVERIFY2(l.out.contains("squashfs-root/init"), l.out.constData());
            QVERIFY(!l.out.contains("squashfs-root/boot"));
        }
        QFile::remove(m_out + QStringLiteral("/t-kernel"));
        QFile::remove(m_out + QStringLiteral("/t-cmdline"));
        QFile::remove(m_out + QStringLiteral("/t.iso"));
        const QString iso = writeFormat(QStringLiteral("kernel+iso"));
        QVERIFY(!iso.isEmpty());
        if (Test::haveProgram(QStringLiteral("xorriso"))) {
            const Test::ProcessResult l = Test::runProcess(
                QStringLiteral("xorriso"),
                {QStringLiteral("-indev"), iso, QStringLiteral("-find"), QStringLiteral("/"),
                 QStringLiteral("-type"), QStringLiteral("f")});
            QVERIFY2(l.out.contains("'/bin/busybox'"), l.out.constData());
            QVERIFY(!l.out.contains("/boot/"));
        }
    }

    void cleanupTestCase() {
        for (const QString &line : m_figures)
            qInfo("%s", qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
