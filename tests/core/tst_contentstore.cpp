// SPDX-License-Identifier: Apache-2.0
#include "image/contentstore.h"
#include "image/mediatypes.h"
#include "testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utime.h>

#include <thread>

using namespace Lkc;

namespace {

QByteArray configJson(const QString &arch, const QString &entry) {
    QJsonObject config;
    config.insert(QStringLiteral("Entrypoint"), QJsonArray{entry});
    config.insert(QStringLiteral("Env"), QJsonArray{QStringLiteral("PATH=/bin")});
    config.insert(QStringLiteral("WorkingDir"), QStringLiteral("/w"));
    config.insert(QStringLiteral("Labels"),
                  QJsonObject{{QStringLiteral("org.mobyproject.config"), QStringLiteral("{}")}});
    QJsonObject root;
    root.insert(QStringLiteral("architecture"), arch);
    root.insert(QStringLiteral("os"), QStringLiteral("linux"));
    root.insert(QStringLiteral("config"), config);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Writes config + one layer + manifest; returns the manifest descriptor.
Descriptor writeImage(const ContentStore &store, const QString &arch, const QByteArray &layer) {
    auto config = store.writeBlob(configJson(arch, QStringLiteral("/bin/") + arch),
                                  QString(MediaType::OciConfig));
    auto layerDesc = store.writeBlob(layer, QString(MediaType::OciLayerGzip));
    QJsonObject manifest;
    manifest.insert(QStringLiteral("schemaVersion"), 2);
    manifest.insert(QStringLiteral("mediaType"), QString(MediaType::OciManifest));
    manifest.insert(QStringLiteral("config"), config->toJson());
    manifest.insert(QStringLiteral("layers"), QJsonArray{layerDesc->toJson()});
    auto m = store.writeBlob(QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                             QString(MediaType::OciManifest));
    return *m;
}

} // namespace

class TestContentStore : public QObject {
    Q_OBJECT
private slots:
    void createsLayout() {
        const QString dir = Test::scratchDir(QStringLiteral("cs-create")) + QStringLiteral("/c");
        auto store = ContentStore::open(dir);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        QFile layout(dir + QStringLiteral("/oci-layout"));
        QVERIFY(layout.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(layout.readAll())
                     .object()
                     .value(QStringLiteral("imageLayoutVersion"))
                     .toString(),
                 QStringLiteral("1.0.0"));
        QVERIFY(QFileInfo(dir + QStringLiteral("/blobs/sha256")).isDir());
        auto entries = store->entries();
        QVERIFY(entries.ok());
        QVERIFY(entries->isEmpty());
        QVERIFY(!ContentStore::openLayout(dir + QStringLiteral("/nothing")).ok());
    }

    void defaultPathFollowsEnv() {
        qputenv("LINUXKIT_CACHE", "/tmp/some-cache");
        QCOMPARE(ContentStore::defaultPath(), QStringLiteral("/tmp/some-cache"));
        qunsetenv("LINUXKIT_CACHE");
        QCOMPARE(ContentStore::defaultPath(),
                 QDir::homePath() + QStringLiteral("/.linuxkit/cache"));
    }

    void blobsAreVerifiedBeforeVisible() {
        auto store = ContentStore::open(Test::scratchDir(QStringLiteral("cs-blobs")));
        QVERIFY(store.ok());
        const QByteArray data("hello layer");
        const Digest good = Digest::ofData(data);
        // Wrong content for the expected digest: rejected, nothing visible.
        {
            auto w = store->createBlobWriter(good, data.size());
            QVERIFY(w.ok());
            QVERIFY((*w)->write(QByteArray("hellO layer")).ok());
            auto c = (*w)->commit();
            QVERIFY(!c.ok());
            QVERIFY(c.error().message.contains(QStringLiteral("does not match")));
        }
        QVERIFY(!store->hasBlob(good));
        QCOMPARE(QDir(store->path() + QStringLiteral("/ingest")).entryList(QDir::Files).size(), 0);
        // Too many bytes: rejected while writing.
        {
            auto w = store->createBlobWriter(good, 3);
            QVERIFY(!(*w)->write(data).ok());
        }
        // Abandoned writer leaves nothing.
        {
            auto w = store->createBlobWriter(good, data.size());
            QVERIFY((*w)->write(data.left(4)).ok());
        }
        QCOMPARE(QDir(store->path() + QStringLiteral("/ingest")).entryList(QDir::Files).size(), 0);
        auto written = store->writeBlob(data, QStringLiteral("x"));
        QVERIFY(written.ok());
        QCOMPARE(written->digest, good);
        QVERIFY(store->hasBlob(good, data.size()));
        QVERIFY(!store->hasBlob(good, data.size() + 1));
        QCOMPARE(*store->readBlob(good), data);
    }

    void resolvesIndexAndManifest() {
        auto store = ContentStore::open(Test::scratchDir(QStringLiteral("cs-resolve")));
        QVERIFY(store.ok());
        const Descriptor amd = writeImage(*store, QStringLiteral("amd64"), "layer-amd64");
        const Descriptor arm = writeImage(*store, QStringLiteral("arm64"), "layer-arm64");
        Descriptor amdEntry = amd;
        amdEntry.platform = {QStringLiteral("linux"), QStringLiteral("amd64"), {}};
        Descriptor armEntry = arm;
        armEntry.platform = {QStringLiteral("linux"), QStringLiteral("arm64"),
                             QStringLiteral("v8")};
        QJsonObject index;
        index.insert(QStringLiteral("schemaVersion"), 2);
        index.insert(QStringLiteral("mediaType"), QString(MediaType::OciIndex));
        index.insert(QStringLiteral("manifests"), QJsonArray{amdEntry.toJson(), armEntry.toJson()});
        auto indexDesc = store->writeBlob(QJsonDocument(index).toJson(QJsonDocument::Compact),
                                          QString(MediaType::OciIndex));
        QVERIFY(indexDesc.ok());
        const QString multi = QStringLiteral("docker.io/library/multi:1");
        QVERIFY(store->setEntry(multi, *indexDesc).ok());
        QVERIFY(store->setEntry(QStringLiteral("single"), amd).ok());

        auto a = store->resolve(multi, QStringLiteral("amd64"));
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
        QCOMPARE(a->manifest.digest, amd.digest);
        QCOMPARE(a->config.entrypoint, QStringList{QStringLiteral("/bin/amd64")});
        QCOMPARE(a->config.workingDir, QStringLiteral("/w"));
        QCOMPARE(a->config.env, QStringList{QStringLiteral("PATH=/bin")});
        QCOMPARE(a->config.labels.value(QStringLiteral("org.mobyproject.config")),
                 QStringLiteral("{}"));
        QCOMPARE(a->layers.size(), 1);
        QCOMPARE(a->layers.first().compression, LayerCompression::Gzip);
        QFile layerFile(a->layers.first().path);
        QVERIFY(layerFile.open(QIODevice::ReadOnly));
        QCOMPARE(layerFile.readAll(), QByteArray("layer-amd64"));

        // Variant ignored: arm64 matches arm64/v8.
        auto b = store->resolve(multi, QStringLiteral("arm64"));
        QVERIFY(b.ok());
        QCOMPARE(b->config.architecture, QStringLiteral("arm64"));

        auto missing = store->resolve(multi, QStringLiteral("s390x"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("linux/s390x")));

        // A single manifest is used whatever its arch.
        auto single = store->resolve(QStringLiteral("single"), QStringLiteral("arm64"));
        QVERIFY(single.ok());
        QCOMPARE(single->config.architecture, QStringLiteral("amd64"));

        // Re-naming replaces; removing removes.
        QVERIFY(store->setEntry(QStringLiteral("single"), arm).ok());
        QCOMPARE(store->entries()->size(), 2);
        QCOMPARE(store->findEntry(QStringLiteral("single"))->digest, arm.digest);
        QVERIFY(store->removeEntry(QStringLiteral("single")).ok());
        QVERIFY(!store->hasEntry(QStringLiteral("single")));
        QVERIFY(!store->removeEntry(QStringLiteral("single")).ok());

        // A missing layer makes the image unresolvable (no hashing needed to notice).
        QFile::remove(a->layers.first().path);
        auto broken = store->resolve(multi, QStringLiteral("amd64"));
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.contains(QStringLiteral("missing")));

        // Read-only view of the same layout finds the same image but cannot write.
        auto ro = ContentStore::openLayout(store->path());
        QVERIFY(ro.ok());
        QVERIFY(ro->resolve(multi, QStringLiteral("arm64")).ok());
        QVERIFY(!ro->setEntry(QStringLiteral("x"), amd).ok());
    }

    void layerCompressionFromMediaTypeOrMagic() {
        QCOMPARE(layerCompressionFor(QString(MediaType::OciLayerZstd), {}), LayerCompression::Zstd);
        QCOMPARE(layerCompressionFor(QString(MediaType::DockerLayerGzip), {}),
                 LayerCompression::Gzip);
        QCOMPARE(layerCompressionFor(QString(MediaType::OciLayer), {}), LayerCompression::None);
        const QString dir = Test::scratchDir(QStringLiteral("cs-magic"));
        QFile z(dir + QStringLiteral("/z"));
        QVERIFY(z.open(QIODevice::WriteOnly));
        z.write(QByteArray("\x28\xb5\x2f\xfd\x00", 5));
        z.close();
        QCOMPARE(layerCompressionFor(QStringLiteral("application/x-unknown"), z.fileName()),
                 LayerCompression::Zstd);
    }

    void sharesTheLockWithLinuxkit() {
        // linuxkit leaves an empty .lock it flock()s; an idle one must not stall us, a held
        // one must make us wait for its holder.
        auto store = ContentStore::open(Test::scratchDir(QStringLiteral("cs-lock")));
        QVERIFY(store.ok());
        const QByteArray lockPath = QFile::encodeName(store->path() + QStringLiteral("/.lock"));
        const Descriptor d = *store->writeBlob("x", QStringLiteral("x"));
        auto makeOldEmptyLock = [&] {
            ::close(::open(lockPath.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644));
            struct utimbuf old = {time(nullptr) - 600, time(nullptr) - 600};
            ::utime(lockPath.constData(), &old);
        };
        makeOldEmptyLock();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(store->setEntry(QStringLiteral("a"), d).ok());
        // Reclaimed, not waited out: the bound is the store's 60 s stale time, not a speed.
        QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));

        makeOldEmptyLock();
        const int fd = ::open(lockPath.constData(), O_RDWR);
        QCOMPARE(::flock(fd, LOCK_EX), 0);
        std::thread releaser([fd] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            ::flock(fd, LOCK_UN);
            ::close(fd);
        });
        clock.restart();
        QVERIFY(store->setEntry(QStringLiteral("b"), d).ok());
        const qint64 waited = clock.elapsed();
        releaser.join();
        // It waited for the holder (a lower bound that load cannot break).
        QVERIFY2(waited >= 250, qPrintable(QString::number(waited)));
        QCOMPARE(store->entries()->size(), 2);
    }

    void verifyFindsCorruptionAndCleanFreesSpace() {
        auto store = ContentStore::open(Test::scratchDir(QStringLiteral("cs-verify")));
        QVERIFY(store.ok());
        const Descriptor m = writeImage(*store, QStringLiteral("amd64"), "some layer bytes");
        QVERIFY(store->setEntry(QStringLiteral("img"), m).ok());
        auto orphan = store->writeBlob("orphan", QStringLiteral("x"));
        JobControl job;
        auto clean = store->verify(job);
        QVERIFY(clean.ok());
        QVERIFY2(clean->problems.isEmpty(), qPrintable(clean->problems.join(QLatin1Char('\n'))));
        QCOMPARE(clean->blobsChecked, 4);

        auto image = store->resolve(QStringLiteral("img"), QStringLiteral("amd64"));
        QFile f(image->layers.first().path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(0);
        f.write("S"); // same size, different content
        f.close();
        // Lookups do not hash layers, so the corruption is only seen by verify.
        QVERIFY(store->resolve(QStringLiteral("img"), QStringLiteral("amd64")).ok());
        auto bad = store->verify(job, true);
        QVERIFY(bad.ok());
        QVERIFY(!bad->problems.isEmpty());
        QVERIFY(!QFileInfo::exists(image->layers.first().path));

        auto freed = store->removeUnreferenced();
        QVERIFY(freed.ok());
        QCOMPARE(*freed, qint64(6));
        QVERIFY(!store->hasBlob(orphan->digest));
        QVERIFY(store->hasBlob(m.digest));
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"
