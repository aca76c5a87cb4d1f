// SPDX-License-Identifier: Apache-2.0
// A full disk (a small tmpfs, mounted as root) under every command that saves:
// `lkc set`, `lkc cache rm`, `lkc pull` and `lkc build` fail with a message
// naming the file and "no space left", and every earlier file stays
// byte-identical. A build given just enough room either succeeds with complete
// outputs or fails that way: never exit 0 with a short file.
#include "buildworkload.h"
#include "fulldisk.h"
#include "registryfixture.h"

#include <QDirIterator>
#include <QTest>

using namespace Lkc;
using namespace Lkc::Test;

namespace {

// Every file under `dir` (hidden ones too) with its bytes; the filler excluded.
QMap<QString, QByteArray> snapshot(const QString &dir) {
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("/.filler")))
            continue;
        QFile f(path);
        out.insert(path.mid(dir.size() + 1), f.open(QIODevice::ReadOnly) ? f.readAll() : "?");
    }
    return out;
}

QString describe(const ProcessResult &r) {
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.right(1500)), QString::fromUtf8(r.err.right(1500)));
}

bool saysDiskFull(const ProcessResult &r) {
    return QString::fromUtf8(r.err).contains(QStringLiteral("no space left"), Qt::CaseInsensitive);
}

} // namespace

class TestFullDisk : public QObject {
    Q_OBJECT
private:
    QString m_scratch;
    BuildWorkload m_work;
    RegistryFixture m_registry;

    QString ref(const QString &repoTag) const {
        return m_registry.host() + QLatin1Char('/') + repoTag;
    }

private slots:
    void initTestCase() {
        m_scratch = scratchDir(QStringLiteral("fulldisk"));
        const QString made =
            makeWorkload(m_scratch + QStringLiteral("/work"), 1, 512 << 10, &m_work);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QVERIFY2(RegistryFixture::toolsAvailable(),
                 "docker-registry and skopeo are needed (packaging/setup.sh installs them)");
        QString error;
        QVERIFY2(m_registry.start(&error), qPrintable(error));
        const QString src = m_scratch + QStringLiteral("/src");
        QVERIFY2(RegistryFixture::createImage(src, QStringLiteral("lk/small"),
                                              QStringLiteral("amd64"), 16 << 10, &error),
                 qPrintable(error));
        QVERIFY2(RegistryFixture::createImage(src, QStringLiteral("lk/big"),
                                              QStringLiteral("amd64"), 2 << 20, &error),
                 qPrintable(error));
        for (const QString &tag : {QStringLiteral("lk/small:1"), QStringLiteral("lk/small:2")})
            QVERIFY2(m_registry.push(QStringLiteral("oci:") + src +
                                         QStringLiteral(":docker.io/lk/small"),
                                     tag, false, &error),
                     qPrintable(error));
        QVERIFY2(m_registry.push(QStringLiteral("oci:") + src + QStringLiteral(":docker.io/lk/big"),
                                 QStringLiteral("lk/big:1"), false, &error),
                 qPrintable(error));
    }

    void setKeepsConfig_data() {
        QTest::addColumn<qint64>("leave");
        QTest::newRow("no room") << qint64(0);
        QTest::newRow("one page") << qint64(4096);
    }
    void setKeepsConfig() {
        QFETCH(qint64, leave);
        FullDisk disk(QStringLiteral("fulldisk-set"), 256 << 10);
        QString why;
        QVERIFY2(disk.mount(&why), qPrintable(why));
        const QString config = disk.filePath(QStringLiteral("config.yml"));
        // Bigger than a page, so "one page" of room is not enough either.
        QByteArray text = m_work.configText.toUtf8();
        while (text.size() < 6000)
            text += "# padding line to make the config larger than one page of tmpfs\n";
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        QVERIFY(disk.fill(leave));
        const ProcessResult r =
            runLkc({QStringLiteral("set"), config, QStringLiteral("kernel.cmdline"),
                    QStringLiteral("console=tty0 quiet")});
        QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
        QVERIFY2(saysDiskFull(r), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(config.toUtf8()), qPrintable(describe(r)));
        QFile again(config);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), text);
        QCOMPARE(snapshot(disk.path()).keys(), QStringList{QStringLiteral("config.yml")});
    }

    void cacheRmKeepsIndex_data() {
        QTest::addColumn<qint64>("leave");
        QTest::newRow("no room") << qint64(0);
        QTest::newRow("room for the lock only") << qint64(4096);
    }
    void cacheRmKeepsIndex() {
        QFETCH(qint64, leave);
        FullDisk disk(QStringLiteral("fulldisk-rm"), 1 << 20);
        QString why;
        QVERIFY2(disk.mount(&why), qPrintable(why));
        const QString store = disk.filePath(QStringLiteral("store"));
        for (const QString &tag : {QStringLiteral("lk/small:1"), QStringLiteral("lk/small:2")}) {
            const ProcessResult r =
                runLkc({QStringLiteral("pull"), QStringLiteral("--cache"), store, ref(tag)});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        const auto before = snapshot(store);
        QVERIFY(disk.fill(leave));
        const ProcessResult r = runLkc({QStringLiteral("cache"), QStringLiteral("--cache"), store,
                                        QStringLiteral("rm"), ref(QStringLiteral("lk/small:1"))},
                                       30000);
        QVERIFY2(r.finished && r.exitCode != 0, qPrintable(describe(r)));
        QVERIFY2(saysDiskFull(r), qPrintable(describe(r)));
        QVERIFY2(!r.err.contains("locked by another process"), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(store.toUtf8() + "/index.json") ||
                     r.err.contains(store.toUtf8() + "/.lock"),
                 qPrintable(describe(r)));
        QCOMPARE(snapshot(store), before);
        // With room again, the same command works and the other name is still there.
        disk.unfill();
        const ProcessResult ok = runLkc({QStringLiteral("cache"), QStringLiteral("--cache"), store,
                                         QStringLiteral("rm"), ref(QStringLiteral("lk/small:1"))});
        QVERIFY2(ok.exitCode == 0, qPrintable(describe(ok)));
        const ProcessResult ls = runLkc(
            {QStringLiteral("cache"), QStringLiteral("--cache"), store, QStringLiteral("ls")});
        QVERIFY(ls.out.contains(ref(QStringLiteral("lk/small:2")).toUtf8()));
    }

    void pullKeepsIndex_data() {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<qint64>("leave");
        // Blobs already stored: only index.json has to be rewritten.
        QTest::newRow("new name, no room") << QStringLiteral("lk/small:2") << qint64(0);
        QTest::newRow("new name, one page") << QStringLiteral("lk/small:2") << qint64(4096);
        // A 2 MiB layer into 64 KiB.
        QTest::newRow("big layer") << QStringLiteral("lk/big:1") << qint64(64 << 10);
    }
    void pullKeepsIndex() {
        QFETCH(QString, tag);
        QFETCH(qint64, leave);
        FullDisk disk(QStringLiteral("fulldisk-pull"), 1 << 20);
        QString why;
        QVERIFY2(disk.mount(&why), qPrintable(why));
        const QString store = disk.filePath(QStringLiteral("store"));
        const ProcessResult first = runLkc({QStringLiteral("pull"), QStringLiteral("--cache"),
                                            store, ref(QStringLiteral("lk/small:1"))});
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        const auto before = snapshot(store);
        QVERIFY(disk.fill(leave));
        const ProcessResult r =
            runLkc({QStringLiteral("pull"), QStringLiteral("--cache"), store, ref(tag)}, 60000);
        QVERIFY2(r.finished && r.exitCode != 0, qPrintable(describe(r)));
        // The file that could not be written is named, with the store's wording: the index,
        // the lock, the marker a pull writes before it names anything (ingest/*.inflight), or
        // the blob being downloaded (BlobWriter's file in ingest/).
        QVERIFY2(saysDiskFull(r), qPrintable(describe(r)));
        if (tag == QLatin1String("lk/big:1"))
            QVERIFY2(r.err.contains("cannot write " + store.toUtf8() + "/ingest/") &&
                         r.err.contains(": no space left on device"),
                     qPrintable(describe(r)));
        else
            QVERIFY2(r.err.contains(store.toUtf8() + "/index.json") ||
                         r.err.contains(store.toUtf8() + "/.lock") ||
                         r.err.contains(store.toUtf8() + "/ingest/"),
                     qPrintable(describe(r)));
        QVERIFY2(r.err.contains(store.toUtf8()), qPrintable(describe(r)));
        // Nothing that was there changed (a partial download may stay in ingest/).
        auto after = snapshot(store);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    }

    // The old outputs stay whole whatever the room; a successful build's are complete.
    void buildAllOldOrAllNew() {
        FullDisk disk(QStringLiteral("fulldisk-build"), 16 << 20);
        QString why;
        QVERIFY2(disk.mount(&why), qPrintable(why));
        const QString out = disk.filePath(QStringLiteral("out"));
        const QString config = m_scratch + QStringLiteral("/build.yml");
        auto writeConfig = [&](const QString &cmdline) {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QString text = m_work.configText;
            text.replace(QStringLiteral("console=ttyS0"), cmdline);
            f.write(text.toUtf8());
        };
        const QStringList args = {QStringLiteral("build"),
                                  QStringLiteral("--offline"),
                                  QStringLiteral("--cache"),
                                  m_work.store,
                                  QStringLiteral("--dir"),
                                  out,
                                  QStringLiteral("--name"),
                                  QStringLiteral("work"),
                                  QStringLiteral("-f"),
                                  QStringLiteral("kernel+initrd"),
                                  config};
        writeConfig(QStringLiteral("console=ttyS0 old"));
        const ProcessResult first = runLkc(args, 120000);
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        const auto old = snapshot(out);
        QCOMPARE(old.value(QStringLiteral("work-cmdline")), QByteArray("console=ttyS0 old"));
        const qint64 outputBytes = [&] {
            qint64 n = 0;
            for (const QByteArray &b : old)
                n += b.size();
            return n;
        }();

        int failures = 0;
        int successes = 0;
        for (qint64 leave = 0; leave <= outputBytes + (2 << 20); leave += 384 << 10) {
            disk.unfill();
            QDir(out).removeRecursively();
            writeConfig(QStringLiteral("console=ttyS0 old"));
            QVERIFY(runLkc(args, 120000).exitCode == 0);
            writeConfig(QStringLiteral("console=ttyS0 new"));
            QVERIFY(disk.fill(leave));
            const ProcessResult r = runLkc(args, 120000);
            const auto now = snapshot(out);
            if (r.exitCode == 0) {
                ++successes;
                QCOMPARE(now.keys(), old.keys());
                QCOMPARE(now.value(QStringLiteral("work-cmdline")),
                         QByteArray("console=ttyS0 new"));
                QCOMPARE(now.value(QStringLiteral("work-kernel")),
                         old.value(QStringLiteral("work-kernel")));
            } else {
                ++failures;
                QVERIFY2(saysDiskFull(r), qPrintable(describe(r)));
                QVERIFY2(r.err.contains(out.toUtf8()), qPrintable(describe(r)));
                QVERIFY2(!r.err.contains("Unknown error"), qPrintable(describe(r)));
                QCOMPARE(now, old);
            }
        }
        qInfo("full-disk builds: %d failed cleanly, %d succeeded, outputs %lld bytes", failures,
              successes, outputBytes);
        QVERIFY(failures > 0);
    }

    void cleanupTestCase() { m_registry.stop(); }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
