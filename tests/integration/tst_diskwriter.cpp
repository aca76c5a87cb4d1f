// SPDX-License-Identifier: Apache-2.0
// `lkc write` and DiskWriter on loop devices (root, as CI runs): a verified
// write, the refusals (a mounted loop device, the disk the system runs from)
// and a write corrupted between fsync and read-back that the verify catches.
#include "deploy/diskwriter.h"
#include "testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Lkc;

namespace {

// A loop device on a sparse file, detached in the destructor.
class LoopDevice {
public:
    LoopDevice(const QString &backing, qint64 size) {
        QFile f(backing);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(size))
            return;
        f.close();
        const Test::ProcessResult r =
            Test::runProcess(QStringLiteral("losetup"),
                             {QStringLiteral("--find"), QStringLiteral("--show"), backing});
        if (r.exitCode == 0)
            m_path = QString::fromLocal8Bit(r.out).trimmed();
        else
            m_error = QString::fromLocal8Bit(r.err);
    }
    ~LoopDevice() {
        if (!m_path.isEmpty())
            Test::runProcess(QStringLiteral("losetup"), {QStringLiteral("-d"), m_path});
    }
    const QString &path() const { return m_path; }
    const QString &error() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

QByteArray pattern(qint64 size) {
    QByteArray b(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        b[i] = char((i * 13 + i / 512) & 0xff);
    return b;
}

} // namespace

class TestDiskWriter : public QObject {
    Q_OBJECT

    QString m_dir;
    QString m_image;
    QByteArray m_content;

private slots:
    void initTestCase() {
        QVERIFY2(::geteuid() == 0, "lkc write is tested on loop devices: run as root (CI does)");
        QVERIFY2(Test::haveProgram(QStringLiteral("losetup")), "losetup (util-linux) missing");
        m_dir = Test::scratchDir(QStringLiteral("diskwriter"));
        m_content = pattern(6 * 1024 * 1024 + 512); // more than one 4 MiB write
        m_image = m_dir + QStringLiteral("/image.raw");
        QFile f(m_image);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_content);
    }

    void writesAndVerifiesThroughTheCli() {
        LoopDevice loop(m_dir + QStringLiteral("/ok.backing"), 32 * 1024 * 1024);
        QVERIFY2(!loop.path().isEmpty(), qPrintable(loop.error()));
        const Test::ProcessResult r =
            Test::runLkc({QStringLiteral("write"), m_image, loop.path()}, 120000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(m_content, QCryptographicHash::Sha256).toHex());
        QVERIFY2(r.out.contains("verified, SHA-256 " + sha.toLatin1()), r.out.constData());
        QVERIFY(r.err.contains("Verifying"));
        // The bytes are really on the device.
        QFile dev(loop.path());
        QVERIFY(dev.open(QIODevice::ReadOnly));
        QVERIFY(dev.read(m_content.size()) == m_content);
    }

    void listsLoopDevices() {
        LoopDevice loop(m_dir + QStringLiteral("/list.backing"), 16 * 1024 * 1024);
        QVERIFY2(!loop.path().isEmpty(), qPrintable(loop.error()));
        Result<QList<BlockDevice>> all = BlockDevices::list();
        QVERIFY2(all.ok(), qPrintable(all ? QString() : all.error().toString()));
        bool found = false;
        for (const BlockDevice &d : *all)
            if (d.path == loop.path()) {
                found = true;
                QCOMPARE(d.size, qint64(16 * 1024 * 1024));
                QCOMPARE(d.type, QStringLiteral("loop"));
                QVERIFY(d.mountpoints.isEmpty());
                QVERIFY(BlockDevices::refusal(d, m_content.size()).isEmpty());
                QVERIFY(!BlockDevices::refusal(d, 64 * 1024 * 1024).isEmpty()); // too small
            }
        QVERIFY(found);
    }

    void refusesAMountedDevice() {
        LoopDevice loop(m_dir + QStringLiteral("/mounted.backing"), 32 * 1024 * 1024);
        QVERIFY2(!loop.path().isEmpty(), qPrintable(loop.error()));
        Test::ProcessResult mk =
            Test::runProcess(QStringLiteral("mkfs.ext4"), {QStringLiteral("-q"), loop.path()});
        QVERIFY2(mk.exitCode == 0, mk.err.constData());
        const QString mnt = m_dir + QStringLiteral("/mnt");
        QDir().mkpath(mnt);
        Test::ProcessResult m = Test::runProcess(QStringLiteral("mount"), {loop.path(), mnt});
        QVERIFY2(m.exitCode == 0, m.err.constData());
        QFile marker(mnt + QStringLiteral("/keep"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("still here");
        marker.close();
        const Test::ProcessResult r =
            Test::runLkc({QStringLiteral("write"), QStringLiteral("--yes"), m_image, loop.path()});
        Test::runProcess(QStringLiteral("umount"), {mnt});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is mounted (" + mnt.toLocal8Bit() + "): unmount it first"),
                 r.err.constData());
        // Nothing was written: the file system is intact.
        Test::ProcessResult fsck = Test::runProcess(
            QStringLiteral("e2fsck"), {QStringLiteral("-n"), QStringLiteral("-f"), loop.path()});
        QVERIFY2(fsck.exitCode == 0, fsck.out.constData());
    }

    void refusesTheSystemDisk() {
        // Found independently of BlockDevices: the disk under findmnt's source for /.
        const Test::ProcessResult src = Test::runProcess(
            QStringLiteral("findmnt"), {QStringLiteral("-n"), QStringLiteral("-o"),
                                        QStringLiteral("SOURCE"), QStringLiteral("/")});
        QString source = QString::fromLocal8Bit(src.out).trimmed();
        QVERIFY2(source.startsWith(QLatin1String("/dev/")),
                 qPrintable(QStringLiteral("/ is on %1, not a block device").arg(source)));
        const Test::ProcessResult parent = Test::runProcess(
            QStringLiteral("lsblk"), {QStringLiteral("-n"), QStringLiteral("-d"),
                                      QStringLiteral("-o"), QStringLiteral("PKNAME"), source});
        const QString pk = QString::fromLocal8Bit(parent.out).trimmed();
        const QString disk = pk.isEmpty() ? source : QStringLiteral("/dev/") + pk;
        // check() only: if it ever said yes, nothing here writes.
        const Result<BlockDevice> d = DiskWriter::check(disk, m_content.size());
        QVERIFY2(!d.ok(), qPrintable(disk));
        QVERIFY2(d.error().message.contains(QLatin1String("holds the running system")),
                 qPrintable(d.error().toString()));
        const Test::ProcessResult list =
            Test::runLkc({QStringLiteral("write"), QStringLiteral("--list")});
        QVERIFY(list.out.contains(disk.toLocal8Bit() + " holds the running system"));
    }

    void asksAgainForLargeDisks() {
        LoopDevice loop(m_dir + QStringLiteral("/large.backing"), 32 * 1024 * 1024);
        QVERIFY2(!loop.path().isEmpty(), qPrintable(loop.error()));
        DiskWriteOptions o;
        o.image = m_image;
        o.device = loop.path();
        o.confirmAboveBytes = 16 * 1024 * 1024;
        {
            DiskWriter w(o); // no callback, no --yes: refused
            Result<DiskWriteResult> r = w.run();
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("--yes")),
                     qPrintable(r.error().message));
        }
        DiskWriter w(o);
        QString asked;
        w.setConfirmation([&](const BlockDevice &, const QString &q) {
            asked = q;
            return false;
        });
        Result<DiskWriteResult> r = w.run();
        QVERIFY(!r.ok());
        QVERIFY(asked.contains(loop.path()));
        QVERIFY2(r.error().message.contains(QLatin1String("nothing was written")),
                 qPrintable(r.error().message));
    }

    void corruptedWriteIsCaught() {
        LoopDevice loop(m_dir + QStringLiteral("/corrupt.backing"), 32 * 1024 * 1024);
        QVERIFY2(!loop.path().isEmpty(), qPrintable(loop.error()));
        DiskWriteOptions o;
        o.image = m_image;
        o.device = loop.path();
        DiskWriter w(o);
        // Between fsync and read-back, 512 bytes of the written image change on the device.
        bool corrupted = false;
        w.setBeforeVerifyHook([&](const QString &device) {
            const int fd = ::open(QFile::encodeName(device).constData(), O_WRONLY);
            if (fd < 0)
                return;
            const QByteArray junk(512, char(0x5a));
            corrupted =
                ::pwrite(fd, junk.constData(), 512, 5 * 1024 * 1024) == 512 && ::fsync(fd) == 0;
            ::close(fd);
        });
        QSignalSpy phases(&w, &DiskWriter::phaseChanged);
        QSignalSpy progress(&w, &DiskWriter::progress);
        QSignalSpy failed(&w, &DiskWriter::failed);
        QSignalSpy finished(&w, &DiskWriter::finished);
        w.start(); // the job on its worker thread, as the window runs it
        QVERIFY(failed.wait(60000));
        QVERIFY(w.wait(10000));
        QVERIFY(corrupted);
        QCOMPARE(finished.count(), 0);
        const Error e = failed.first().first().value<Error>();
        QVERIFY2(e.message.startsWith(QLatin1String("verification failed")),
                 qPrintable(e.toString()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(phases.last().first().value<DiskWriter::Phase>(), DiskWriter::Phase::Verifying);
        // The same write without the corruption verifies.
        Result<DiskWriteResult> again = DiskWriter(o).run();
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().toString()));
        QVERIFY(again->verified);
        QCOMPARE(again->readBackSha256, again->imageSha256);
    }
};

QTEST_GUILESS_MAIN(TestDiskWriter)
#include "tst_diskwriter.moc"
