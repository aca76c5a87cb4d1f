// SPDX-License-Identifier: Apache-2.0
// Pulls from a real docker-registry on loopback: single-arch, two-platform index,
// tag -> digest, digest-pinned refs, layouts skopeo wrote, export read by skopeo.
#include "image/contentstore.h"
#include "image/imageimporter.h"
#include "image/imagepulljob.h"
#include "image/imageresolver.h"
#include "image/mediatypes.h"
#include "image/ociarchiveexporter.h"
#include "image/registryclient.h"
#include "registryfixture.h"
#include "testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Lkc;
using namespace Lkc::Test;

class TestRegistryPull : public QObject {
    Q_OBJECT
private:
    RegistryFixture m_registry;
    QString m_work;
    QString m_singleDigest;

    RegistryOptions fastOptions() const {
        RegistryOptions o;
        o.initialBackoffMs = 50;
        o.dockerConfigDir = m_work + QStringLiteral("/no-docker-config");
        return o;
    }
    QString ref(const QString &repoTag) const {
        return m_registry.host() + QLatin1Char('/') + repoTag;
    }

private slots:
    void initTestCase() {
        if (!RegistryFixture::toolsAvailable())
            QFAIL("docker-registry and skopeo are needed (packaging/setup.sh installs them)");
        QString error;
        QVERIFY2(m_registry.start(&error), qPrintable(error));
        m_work = scratchDir(QStringLiteral("registrypull"));
        const QString src = m_work + QStringLiteral("/src");
        QVERIFY2(RegistryFixture::createImage(src, QStringLiteral("lk/amd"),
                                              QStringLiteral("amd64"), 3 << 20, &error),
                 qPrintable(error));
        QVERIFY2(RegistryFixture::createImage(src, QStringLiteral("lk/arm"),
                                              QStringLiteral("arm64"), 1 << 20, &error),
                 qPrintable(error));
        QVERIFY2(RegistryFixture::createIndex(
                     src, QStringLiteral("multi"),
                     {QStringLiteral("docker.io/lk/amd"), QStringLiteral("docker.io/lk/arm")},
                     &error),
                 qPrintable(error));
        QVERIFY2(m_registry.push(QStringLiteral("oci:") + src + QStringLiteral(":docker.io/lk/amd"),
                                 QStringLiteral("lk/single:v1"), false, &error),
                 qPrintable(error));
        QVERIFY2(m_registry.push(QStringLiteral("oci:") + src + QStringLiteral(":docker.io/lk/amd"),
                                 QStringLiteral("lk/single:v2"), false, &error),
                 qPrintable(error));
        QVERIFY2(m_registry.push(QStringLiteral("oci:") + src + QStringLiteral(":multi"),
                                 QStringLiteral("lk/multi:1"), true, &error),
                 qPrintable(error));
        auto srcStore = ContentStore::openLayout(src);
        m_singleDigest = srcStore->findEntry(QStringLiteral("docker.io/lk/amd"))->digest.toString();
    }

    void singleArchManifest() {
        auto store = ContentStore::open(m_work + QStringLiteral("/s1"));
        QVERIFY(store.ok());
        ImageResolver resolver(*store, fastOptions());
        QStringList logs;
        qint64 lastDone = 0, lastTotal = 0;
        JobControl job([&](const QString &l) { logs << l; },
                       [&](qint64 d, qint64 t) {
                           lastDone = d;
                           lastTotal = t;
                       });
        auto image =
            resolver.ensure(ref(QStringLiteral("lk/single:v1")), QStringLiteral("amd64"), job);
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().toString()));
        QCOMPARE(image->name, ref(QStringLiteral("lk/single:v1")));
        QCOMPARE(image->manifest.digest.toString(), m_singleDigest);
        QCOMPARE(image->config.entrypoint, QStringList{QStringLiteral("/bin/amd64")});
        QCOMPARE(image->layers.size(), 1);
        QVERIFY(lastTotal > (3 << 20));
        QCOMPARE(lastDone, lastTotal);
        // Everything present: the second ensure needs no registry (stop it to prove it).
        RegistryOptions offline = fastOptions();
        offline.mirrors.insert(m_registry.host(), QStringLiteral("http://127.0.0.1:1"));
        ImageResolver noNetwork(*store, offline);
        auto again =
            noNetwork.ensure(ref(QStringLiteral("lk/single:v1")), QStringLiteral("amd64"), job);
        QVERIFY(again.ok());
        // …while --pull does go to the (here unreachable) registry.
        noNetwork.setAlwaysPull(true);
        auto forced =
            noNetwork.ensure(ref(QStringLiteral("lk/single:v1")), QStringLiteral("amd64"), job);
        QVERIFY(!forced.ok());
        QVERIFY(forced.error().message.contains(QStringLiteral("cannot reach")));
        auto report = store->verify(job);
        QVERIFY(report->problems.isEmpty());
    }

    void indexWithTwoPlatforms() {
        auto store = ContentStore::open(m_work + QStringLiteral("/s2"));
        ImageResolver resolver(*store, fastOptions());
        JobControl job;
        auto arm = resolver.ensure(ref(QStringLiteral("lk/multi:1")), QStringLiteral("arm64"), job);
        QVERIFY2(arm.ok(), qPrintable(arm.ok() ? QString() : arm.error().toString()));
        QCOMPARE(arm->config.architecture, QStringLiteral("arm64"));
        // LinuxKit writes every platform of an index: amd64 resolves with no network.
        auto amd = store->resolve(ref(QStringLiteral("lk/multi:1")), QStringLiteral("amd64"));
        QVERIFY(amd.ok());
        QCOMPARE(amd->config.architecture, QStringLiteral("amd64"));
        QVERIFY(MediaType::isIndex(arm->root.mediaType));

        auto other = ContentStore::open(m_work + QStringLiteral("/s2b"));
        ImageResolver r2(*other, fastOptions());
        auto missing = r2.ensure(ref(QStringLiteral("lk/multi:1")), QStringLiteral("s390x"), job);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(
                     QStringLiteral("does not contain target platforms linux/s390x")),
                 qPrintable(missing.error().toString()));
        QVERIFY(other->entries()->isEmpty());
    }

    void tagToDigestAndTags() {
        JobControl job;
        auto parsed = ImageRef::parse(ref(QStringLiteral("lk/single")));
        RegistryClient client(*parsed, fastOptions(), job);
        auto digest = client.resolveDigest(QStringLiteral("v2"));
        QVERIFY2(digest.ok(), qPrintable(digest.ok() ? QString() : digest.error().toString()));
        QCOMPARE(digest->toString(), m_singleDigest);
        auto tags = client.listTags();
        QVERIFY(tags.ok());
        QVERIFY(tags->contains(QStringLiteral("v1")));
        QVERIFY(tags->contains(QStringLiteral("v2")));
        auto none = client.resolveDigest(QStringLiteral("nope"));
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(QStringLiteral("404")));
    }

    void digestPinned() {
        auto store = ContentStore::open(m_work + QStringLiteral("/s3"));
        ImageResolver resolver(*store, fastOptions());
        JobControl job;
        const QString pinned = ref(QStringLiteral("lk/single@")) + m_singleDigest;
        auto image = resolver.ensure(pinned, QStringLiteral("amd64"), job);
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().toString()));
        QCOMPARE(image->name, pinned);
        QCOMPARE(image->manifest.digest.toString(), m_singleDigest);
        // A digest that the registry does not have fails plainly.
        const QString wrong =
            ref(QStringLiteral("lk/single@sha256:")) + QString(64, QLatin1Char('0'));
        auto bad = resolver.ensure(wrong, QStringLiteral("amd64"), job);
        QVERIFY(!bad.ok());
    }

    void readsLayoutSkopeoWrote() {
        const QString layout = m_work + QStringLiteral("/skopeo-layout");
        const ProcessResult r = runProcess(
            QStringLiteral("skopeo"),
            {QStringLiteral("copy"), QStringLiteral("-q"), QStringLiteral("--src-tls-verify=false"),
             QStringLiteral("docker://") + ref(QStringLiteral("lk/single:v1")),
             QStringLiteral("oci:") + layout + QStringLiteral(":v1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto store = ContentStore::openLayout(layout);
        QVERIFY(store.ok());
        auto image = store->resolve(QStringLiteral("v1"), QStringLiteral("amd64"));
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().toString()));
        QCOMPARE(image->config.entrypoint, QStringList{QStringLiteral("/bin/amd64")});
        QVERIFY(QFile::exists(image->layers.first().path));

        // Import it (the name "v1" is only a tag, so --ref names it), export, let skopeo read it.
        auto cache = ContentStore::open(m_work + QStringLiteral("/s4"));
        JobControl job;
        QVERIFY(!ImageImporter::importPath(layout, *cache, {}, job).ok());
        auto names =
            ImageImporter::importPath(layout, *cache, QStringLiteral("lk/imported:1"), job);
        QVERIFY(names.ok());
        QCOMPARE(names->first(), QStringLiteral("docker.io/lk/imported:1"));
        const QString archive = m_work + QStringLiteral("/export.tar");
        QVERIFY(OciArchiveExporter::write(*cache, names->first(), archive, job).ok());
        const ProcessResult inspect =
            runProcess(QStringLiteral("skopeo"),
                       {QStringLiteral("inspect"), QStringLiteral("oci-archive:") + archive});
        QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
        QCOMPARE(QJsonDocument::fromJson(inspect.out)
                     .object()
                     .value(QStringLiteral("Digest"))
                     .toString(),
                 m_singleDigest);
        // And it imports back under its own name.
        auto back = ContentStore::open(m_work + QStringLiteral("/s5"));
        auto reimported = ImageImporter::importPath(archive, *back, {}, job);
        QVERIFY(reimported.ok());
        QCOMPARE(reimported->first(), QStringLiteral("docker.io/lk/imported:1"));
    }

    void pullJobOnWorkerThread() {
        auto store = ContentStore::open(m_work + QStringLiteral("/s7"));
        ImagePullJob job(*store, fastOptions());
        QSignalSpy ready(&job, &ImagePullJob::imageReady);
        QSignalSpy progress(&job, &ImagePullJob::progress);
        QSignalSpy finished(&job, &ImagePullJob::finished);
        job.start({ref(QStringLiteral("lk/single:v1")), ref(QStringLiteral("lk/multi:1"))},
                  QStringLiteral("amd64"));
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(ready.size(), 2);
        QCOMPARE(ready.first().at(2).toString(), m_singleDigest);
        QVERIFY(!progress.isEmpty());
        QVERIFY(store->resolve(ref(QStringLiteral("lk/multi:1")), QStringLiteral("amd64")).ok());

        // Canceled at once: finishes with an error and names nothing.
        auto other = ContentStore::open(m_work + QStringLiteral("/s8"));
        ImagePullJob canceled(*other, fastOptions());
        QSignalSpy done(&canceled, &ImagePullJob::finished);
        canceled.start({ref(QStringLiteral("lk/single:v1"))}, QStringLiteral("amd64"));
        canceled.cancel();
        QVERIFY(done.wait(30000));
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY(other->entries()->isEmpty());
    }

    void cliPull() {
        const QString cache = m_work + QStringLiteral("/s6");
        const ProcessResult r = runLkc({QStringLiteral("pull"), QStringLiteral("--cache"), cache,
                                        ref(QStringLiteral("lk/multi:1"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(ref(QStringLiteral("lk/multi:1")).toUtf8()));
        QVERIFY(r.err.contains("MB")); // the plain (non-TTY) progress lines
        const ProcessResult ls = runLkc(
            {QStringLiteral("cache"), QStringLiteral("--cache"), cache, QStringLiteral("ls")});
        QVERIFY(ls.out.contains(ref(QStringLiteral("lk/multi:1")).toUtf8()));
        const ProcessResult verify = runLkc(
            {QStringLiteral("cache"), QStringLiteral("--cache"), cache, QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestRegistryPull)
#include "tst_registrypull.moc"
