// SPDX-License-Identifier: Apache-2.0
// AtomicFile on a real full file system (a small tmpfs): a failed save names
// the file, says the disk is full and leaves the old bytes as they were.
#include "fulldisk.h"
#include "image/contentstore.h"
#include "testenv.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTest>

#include <sys/stat.h>

using namespace Lkc;

namespace {

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writePlain(const QString &path, const QByteArray &data) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

QStringList leftovers(const QString &dir) {
    return QDir(dir)
        .entryList(QDir::Files | QDir::Hidden | QDir::System)
        .filter(QStringLiteral(".tmp"));
}

} // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT
private slots:
    void writesAndKeepsMode() {
        const QString dir = Test::scratchDir(QStringLiteral("atomic-plain"));
        const QString path = dir + QStringLiteral("/a.yml");
        writePlain(path, "old\n");
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(AtomicFiles::write(path, "new\n").ok());
        QCOMPARE(readAll(path), QByteArray("new\n"));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QVERIFY(leftovers(dir).isEmpty());
    }

    void writesThroughSymlink() {
        const QString dir = Test::scratchDir(QStringLiteral("atomic-link"));
        writePlain(dir + QStringLiteral("/real.yml"), "old\n");
        QVERIFY(QFile::link(dir + QStringLiteral("/real.yml"), dir + QStringLiteral("/link.yml")));
        QVERIFY(AtomicFiles::write(dir + QStringLiteral("/link.yml"), "new\n").ok());
        QVERIFY(QFileInfo(dir + QStringLiteral("/link.yml")).isSymLink());
        QCOMPARE(readAll(dir + QStringLiteral("/real.yml")), QByteArray("new\n"));
    }

    void uncommittedLeavesNothing() {
        const QString dir = Test::scratchDir(QStringLiteral("atomic-discard"));
        {
            AtomicFile f(dir + QStringLiteral("/x"));
            QVERIFY(f.create().ok());
            QVERIFY(f.write("partial").ok());
        }
        QVERIFY(QDir(dir).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // Qt's QSaveFile is why this class exists: on a full disk its commit()
    // succeeds and renames an empty file over the old one. The day Qt fixes it,
    // this test says so (and AtomicFile may go back to being a thin wrapper).
    void qsaveFileLosesDataOnFullDisk() {
        Test::FullDisk disk(QStringLiteral("atomic-qsavefile"), 64 * 1024);
        QString why;
        QVERIFY2(disk.mount(&why), qPrintable(why));
        const QString path = disk.filePath(QStringLiteral("config.yml"));
        writePlain(path, "kernel:\n  image: k\n");
        QVERIFY(disk.fill());
        QSaveFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kernel:\n  image: new\n");
        const bool committed = f.commit();
        if (committed)
            QCOMPARE(readAll(path), QByteArray()); // the bug lkc set inherited
        else
            QCOMPARE(readAll(path), QByteArray("kernel:\n  image: k\n"));
    }

    void fullDiskKeepsOldFile_data() {
        QTest::addColumn<qint64>("leave");
        QTest::addColumn<int>("size");
        QTest::newRow("no room") << qint64(0) << 100;
        QTest::newRow("one page, bigger file") << qint64(4096) << 3 * 4096 + 17;
    }
    void fullDiskKeepsOldFile() {
        QFETCH(qint64, leave);
        QFETCH(int, size);
        Test::FullDisk disk(QStringLiteral("atomic-full"), 64 * 1024);
        QString why;
        QVERIFY2(disk.mount(&why), qPrintable(why));
        const QString path = disk.filePath(QStringLiteral("config.yml"));
        const QByteArray old = "kernel:\n  image: linuxkit/kernel:6.6\n";
        writePlain(path, old);
        QVERIFY(disk.fill(leave));
        const Status s = AtomicFiles::write(path, QByteArray(size, 'n'));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(path), qPrintable(s.error().toString()));
        QVERIFY2(s.error().message.contains(QStringLiteral("no space left on device")),
                 qPrintable(s.error().toString()));
        QVERIFY2(s.error().message.contains(QStringLiteral("more needed")),
                 qPrintable(s.error().toString()));
        QCOMPARE(readAll(path), old);
        QVERIFY(leftovers(disk.path()).isEmpty());
        // With room again the same call succeeds.
        disk.unfill();
        QVERIFY(AtomicFiles::write(path, QByteArray(size, 'n')).ok());
        QCOMPARE(readAll(path), QByteArray(size, 'n'));
    }

    void streamedWriteFailsThroughQIODevice() {
        Test::FullDisk disk(QStringLiteral("atomic-stream"), 64 * 1024);
        QString why;
        QVERIFY2(disk.mount(&why), qPrintable(why));
        const QString path = disk.filePath(QStringLiteral("out.img"));
        writePlain(path, "old");
        QVERIFY(disk.fill(4096));
        AtomicFile f(path);
        QVERIFY(f.create().ok());
        QIODevice *dev = &f;
        const QByteArray chunk(1000, 'x');
        bool failed = false;
        for (int i = 0; i < 20 && !failed; ++i)
            failed = dev->write(chunk) != chunk.size();
        QVERIFY(failed);
        QVERIFY(dev->errorString().contains(QStringLiteral("no space left on device")));
        QVERIFY(dev->errorString().contains(path));
        QVERIFY(!f.commit().ok());
        QCOMPARE(readAll(path), QByteArray("old"));
    }

    // The store's index holds every image name: a full disk must not empty it.
    void storeIndexSurvivesFullDisk_data() {
        QTest::addColumn<qint64>("leave");
        QTest::newRow("no room for the lock") << qint64(0);
        QTest::newRow("room for the lock only") << qint64(4096);
    }
    void storeIndexSurvivesFullDisk() {
        QFETCH(qint64, leave);
        Test::FullDisk disk(QStringLiteral("atomic-store"), 256 * 1024);
        QString why;
        QVERIFY2(disk.mount(&why), qPrintable(why));
        auto store = ContentStore::open(disk.filePath(QStringLiteral("store")));
        QVERIFY(store.ok());
        Descriptor d;
        d.mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
        d.digest = Digest::ofData("m");
        d.size = 1;
        QVERIFY(store->setEntry(QStringLiteral("docker.io/library/a:1"), d).ok());
        const QString index = disk.filePath(QStringLiteral("store/index.json"));
        const QByteArray before = readAll(index);
        QVERIFY(disk.fill(leave));
        const Status s = store->setEntry(QStringLiteral("docker.io/library/b:1"), d);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().toString().contains(QStringLiteral("no space left on device")),
                 qPrintable(s.error().toString()));
        QVERIFY2(!s.error().toString().contains(QStringLiteral("pid 0")),
                 qPrintable(s.error().toString()));
        QCOMPARE(readAll(index), before);
    }

    void messagesOfOtherErrors() {
        const Error e = AtomicFiles::systemError(QStringLiteral("cannot write"),
                                                 QStringLiteral("/x/y"), EACCES);
        QCOMPARE(e.toString(), QStringLiteral("cannot write /x/y: permission denied"));
        QCOMPARE(AtomicFiles::formatBytes(1536), QStringLiteral("1.5 KiB"));
        QCOMPARE(AtomicFiles::formatBytes(12), QStringLiteral("12 B"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
