// SPDX-License-Identifier: Apache-2.0
// The build cache: an edit reads none of the unchanged sections, the cache stays
// under its limit, a flipped byte in any entry or blob never reaches an output
// (a damaged blob is fetched again when its registry is reachable), one or several
// compressing threads make the same bytes, and a build killed at any point leaves
// a store that verifies.
#include "build/buildcache.h"
#include "build/buildjob.h"
#include "buildfixtures.h"
#include "buildworkload.h"
#include "registryfixture.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Lkc;

namespace {

const QStringList kOutputs = {QStringLiteral("work-kernel"), QStringLiteral("work-initrd.img"),
                              QStringLiteral("work-cmdline")};

QStringList filesUnder(const QString &dir, const QString &filter = {}) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (filter.isEmpty() || QFileInfo(f).fileName().contains(filter))
            out.append(f);
    }
    out.sort();
    return out;
}

bool flipByte(const QString &path, qint64 at) {
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(at))
        return false;
    char c = 0;
    if (!f.getChar(&c) || !f.seek(at))
        return false;
    return f.putChar(char(c ^ 0x20));
}

} // namespace

class TestBuildCache : public QObject {
    Q_OBJECT
private:
    QString m_scratch;
    Test::BuildWorkload m_work;
    QString m_reference; // outputs of a clean cold build

    BuildPlan plan(const QString &outDir, const QString &cacheDir, qint64 maxBytes = -1,
                   const QString &config = {}, bool offline = true) {
        BuildPlan p;
        p.config = Test::readConfig(config.isEmpty() ? m_work.configText : config);
        p.formats = {QStringLiteral("kernel+initrd")};
        p.outputDir = outDir;
        p.name = QStringLiteral("work");
        p.storePath = m_work.store;
        p.cacheDir = cacheDir;
        p.cacheMaxBytes = maxBytes;
        p.offline = offline;
        p.registry.initialBackoffMs = 50;
        p.registry.dockerConfigDir = outDir + QStringLiteral("-no-docker-config");
        Result<BuildPlan> checked = BuildPlan::create(p);
        return checked ? *checked : p;
    }

    Result<BuildResult> build(const QString &outDir, const QString &cacheDir, qint64 max = -1,
                              QStringList *log = nullptr) {
        BuildJob job(plan(outDir, cacheDir, max));
        if (log)
            connect(&job, &BuildJob::logLine, this, [log](const QString &l) { log->append(l); });
        return job.run();
    }

    void compareWithReference(const QString &outDir) {
        for (const QString &n : kOutputs)
            QVERIFY2(Test::readAll(outDir + QLatin1Char('/') + n) ==
                         Test::readAll(m_reference + QLatin1Char('/') + n),
                     qPrintable(outDir + QLatin1Char('/') + n));
    }

private slots:
    void initTestCase() {
        m_scratch = Test::scratchDir(QStringLiteral("buildcache"));
        const QString made = Test::makeWorkload(m_scratch, 3, 3 << 20, &m_work);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        m_reference = m_scratch + QStringLiteral("/reference");
        Result<BuildResult> r = build(m_reference, m_scratch + QStringLiteral("/cache-ref"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->sectionsReplayed, 0);
        QCOMPARE(r->sectionsProduced, 5);
    }

    void warmBuildReadsNoSource() {
        const QString cache = m_scratch + QStringLiteral("/cache-warm");
        QVERIFY(build(m_scratch + QStringLiteral("/warm-1"), cache).ok());
        Result<BuildResult> warm = build(m_scratch + QStringLiteral("/warm-2"), cache);
        QVERIFY(warm.ok());
        QCOMPARE(warm->sectionsReplayed, 5);
        QCOMPARE(warm->imagesFromCache + warm->imagesFlattened, 0);
        QVERIFY2(warm->rootfsBytes < 64 * 1024, qPrintable(QString::number(warm->rootfsBytes)));
        compareWithReference(m_scratch + QStringLiteral("/warm-2"));
    }

    void evictionKeepsTheLimit() {
        const QString cache = m_scratch + QStringLiteral("/cache-evict");
        QVERIFY(build(m_scratch + QStringLiteral("/evict-0"), cache).ok());
        const qint64 full = BuildCache(cache).usage().total();
        QVERIFY(full > 0);
        const qint64 limit = full / 3;
        for (int i = 1; i <= 2; ++i) {
            const QString out = m_scratch + QStringLiteral("/evict-%1").arg(i);
            Result<BuildResult> r = build(out, cache, limit);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
            QVERIFY2(BuildCache(cache).usage().total() <= limit,
                     qPrintable(QString::number(BuildCache(cache).usage().total())));
            compareWithReference(out);
        }
        QVERIFY(BuildCache(cache).trim(0) > 0);
        QCOMPARE(BuildCache(cache).usage().total(), qint64(0));
        QVERIFY(build(m_scratch + QStringLiteral("/evict-3"), cache).ok());
        compareWithReference(m_scratch + QStringLiteral("/evict-3"));
    }

    void flippedByteIsCaughtAndRepaired_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("initrd section") << QStringLiteral("initrd-");
        QTest::newRow("boot files") << QStringLiteral("boot-");
        QTest::newRow("side data") << QStringLiteral("side-");
        QTest::newRow("flattened image") << QStringLiteral("-v2-");
    }

    void flippedByteIsCaughtAndRepaired() {
        QFETCH(QString, kind);
        const QString tag = kind;
        const QString cache =
            m_scratch + QStringLiteral("/cache-flip") + QString(tag).remove(QLatin1Char('-'));
        QVERIFY(build(m_scratch + QStringLiteral("/flip-cold"), cache).ok());
        const QStringList entries = filesUnder(cache, kind);
        QVERIFY(!entries.isEmpty());
        const bool flattened = kind == QLatin1String("-v2-");
        // A flattened tar is read only when a section misses: drop the sections.
        if (flattened)
            for (const QString &s : filesUnder(cache + QStringLiteral("/sections")))
                QVERIFY(QFile::remove(s));
        for (const QString &e : entries)
            QVERIFY(flipByte(e, QFileInfo(e).size() / 2));
        Result<BuildCache::VerifyReport> before = BuildCache(cache).verify(JobControl(), false);
        QVERIFY(before.ok());
        QCOMPARE(before->problems.size(), entries.size());

        QStringList log;
        const QString out =
            m_scratch + QStringLiteral("/flip-") + QString(tag).remove(QLatin1Char('-'));
        Result<BuildResult> r = build(out, cache, -1, &log);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        compareWithReference(out);
        QVERIFY2(log.join(QLatin1Char('\n')).contains(QLatin1String("damaged")),
                 qPrintable(log.join(QLatin1Char('\n'))));
        if (!flattened)
            QVERIFY(r->damagedEntries >= 1);
        // Repaired: the cache verifies, and the next build is warm and identical.
        Result<BuildCache::VerifyReport> after = BuildCache(cache).verify(JobControl(), false);
        QVERIFY(after.ok());
        QVERIFY2(after->problems.isEmpty(), qPrintable(after->problems.join(QLatin1Char('\n'))));
        Result<BuildResult> again = build(out + QStringLiteral("-again"), cache);
        QVERIFY(again.ok());
        QCOMPARE(again->sectionsReplayed, 5);
        compareWithReference(out + QStringLiteral("-again"));
    }

    void damagedEntryIsRemovedByVerifyFix() {
        const QString store = m_work.store;
        const QString cache = store + QStringLiteral("/lkc-build-cache");
        QVERIFY(build(m_scratch + QStringLiteral("/fix-1"), cache).ok());
        const QStringList entries = filesUnder(cache, QStringLiteral("initrd-"));
        QVERIFY(!entries.isEmpty());
        QVERIFY(flipByte(entries.first(), 100));
        const Test::ProcessResult check = Test::runLkc(
            {QStringLiteral("cache"), QStringLiteral("--cache"), store, QStringLiteral("verify")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QFile::encodeName(entries.first())), check.out.constData());
        const Test::ProcessResult fix =
            Test::runLkc({QStringLiteral("cache"), QStringLiteral("--cache"), store,
                          QStringLiteral("verify"), QStringLiteral("--fix")});
        QVERIFY2(fix.exitCode == 0, (fix.out + fix.err).constData());
        QVERIFY(!QFile::exists(entries.first()));
        const Test::ProcessResult clean = Test::runLkc(
            {QStringLiteral("cache"), QStringLiteral("--cache"), store, QStringLiteral("verify")});
        QVERIFY2(clean.exitCode == 0, clean.out.constData());
        QVERIFY(build(m_scratch + QStringLiteral("/fix-2"), cache).ok());
        compareWithReference(m_scratch + QStringLiteral("/fix-2"));

        // ls shows the cache, prune trims it, clean empties it.
        const Test::ProcessResult ls = Test::runLkc(
            {QStringLiteral("cache"), QStringLiteral("--cache"), store, QStringLiteral("ls")});
        QVERIFY2(ls.out.contains("build cache"), ls.out.constData());
        const Test::ProcessResult prune = Test::runLkc(
            {QStringLiteral("cache"), QStringLiteral("--cache"), store, QStringLiteral("prune"),
             QStringLiteral("--max-size"), QStringLiteral("1M")});
        QVERIFY2(prune.exitCode == 0, prune.err.constData());
        QVERIFY(BuildCache(cache).usage().total() <= 1 << 20);
        QVERIFY(build(m_scratch + QStringLiteral("/fix-3"), cache).ok());
        const Test::ProcessResult cleaned = Test::runLkc(
            {QStringLiteral("cache"), QStringLiteral("--cache"), store, QStringLiteral("clean")});
        QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
        QCOMPARE(BuildCache(cache).usage().total(), qint64(0));
    }

    void parallelCompressionIsByteIdentical() {
        // The initrd's gzip members are the same whether one thread or several
        // compress them, and recorded by one, replayed by the other.
        const auto withThreads = [this](const char *threads, const QString &name,
                                        const QString &cache, const QString &config) {
            qputenv("LKC_BUILD_THREADS", threads);
            BuildJob job(plan(m_scratch + QLatin1Char('/') + name, cache, -1, config));
            Result<BuildResult> r = job.run();
            qunsetenv("LKC_BUILD_THREADS");
            return r;
        };
        const QString single = m_scratch + QStringLiteral("/cache-threads1");
        const QString parallel = m_scratch + QStringLiteral("/cache-threads4");
        Result<BuildResult> one =
            withThreads("1", QStringLiteral("threads-1"), single, m_work.configText);
        QVERIFY2(one.ok(), one.ok() ? "" : qPrintable(one.error().toString()));
        QCOMPARE(one->sectionsProduced, 5);
        compareWithReference(m_scratch + QStringLiteral("/threads-1"));
        Result<BuildResult> four =
            withThreads("4", QStringLiteral("threads-4"), parallel, m_work.configText);
        QVERIFY(four.ok());
        QCOMPARE(four->sectionsProduced, 5);
        compareWithReference(m_scratch + QStringLiteral("/threads-4"));
        // Entries recorded single-threaded, replayed in parallel, and the other way.
        Result<BuildResult> warm =
            withThreads("4", QStringLiteral("threads-warm"), single, m_work.configText);
        QVERIFY(warm.ok());
        QCOMPARE(warm->sectionsReplayed, 5);
        compareWithReference(m_scratch + QStringLiteral("/threads-warm"));
        // An edit made in parallel on the single-threaded cache reads only its own section.
        QString edited = m_work.configText;
        edited.replace(QStringLiteral("N=1\n"), QStringLiteral("N=edited\n"));
        QVERIFY(edited != m_work.configText);
        Result<BuildResult> edit = withThreads("4", QStringLiteral("threads-edit"), single, edited);
        QVERIFY(edit.ok());
        QCOMPARE(edit->sectionsReplayed, 5);
        QCOMPARE(edit->imagesFromCache + edit->imagesFlattened, 0);
        QVERIFY2(edit->rootfsBytes < 64 * 1024, qPrintable(QString::number(edit->rootfsBytes)));
        Result<BuildResult> editOne =
            withThreads("1", QStringLiteral("threads-edit-1"), parallel, edited);
        QVERIFY(editOne.ok());
        for (const QString &n : kOutputs)
            QCOMPARE(Test::readAll(m_scratch + QStringLiteral("/threads-edit/") + n),
                     Test::readAll(m_scratch + QStringLiteral("/threads-edit-1/") + n));
    }

    void damagedBlobIsRemovedAndNamed() {
        // A layer blob with a flipped byte, and no registry to fetch it from: the
        // build names the blob and the image, caches nothing made from it, removes
        // it from the store and says how to get it back.
        const QString dir = m_scratch + QStringLiteral("/blob");
        Test::BuildWorkload work;
        const QString made = Test::makeWorkload(dir, 1, 1 << 20, &work, 7);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        Result<ContentStore> store = ContentStore::open(work.store);
        QVERIFY(store.ok());
        Result<ResolvedImage> svc =
            store->resolve(QStringLiteral("lkc.test/svc0:1"), QStringLiteral("amd64"));
        QVERIFY(svc.ok());
        const QString blob = svc->layers.last().path;
        QVERIFY(flipByte(blob, QFileInfo(blob).size() / 2));
        BuildPlan p;
        p.config = Test::readConfig(work.configText);
        p.outputDir = dir + QStringLiteral("/out");
        p.name = QStringLiteral("work");
        p.storePath = work.store;
        p.offline = true;
        BuildJob job(*BuildPlan::create(p));
        Result<BuildResult> r = job.run();
        QVERIFY(!r.ok());
        const QString message = r.error().toString();
        QVERIFY2(message.contains(QLatin1String("damaged")) &&
                     message.contains(svc->layers.last().digest.hex()) &&
                     message.contains(QLatin1String("removed from the store")) &&
                     message.contains(QLatin1String("`lkc pull lkc.test/svc0:1`")),
                 qPrintable(message));
        QVERIFY(filesUnder(work.store + QStringLiteral("/lkc-build-cache/flattened"),
                           svc->manifest.digest.hex())
                    .isEmpty());
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/out/work-initrd.img")));
        QVERIFY(!QFileInfo::exists(blob));
    }

    void damagedBlobIsFetchedAgain() {
        // The same with the image's registry reachable: the build fetches the blob
        // again, says so, and the output equals a clean build's.
        QVERIFY2(Test::RegistryFixture::toolsAvailable(),
                 "docker-registry and skopeo are needed (packaging/setup.sh installs them)");
        Test::RegistryFixture registry;
        QString error;
        QVERIFY2(registry.start(&error), qPrintable(error));
        const QString dir = m_scratch + QStringLiteral("/refetch");
        QVERIFY2(Test::RegistryFixture::createImage(dir + QStringLiteral("/src"),
                                                    QStringLiteral("lk/svc"),
                                                    QStringLiteral("amd64"), 1 << 20, &error),
                 qPrintable(error));
        QVERIFY2(
            registry.push(QStringLiteral("oci:") + dir + QStringLiteral("/src:docker.io/lk/svc"),
                          QStringLiteral("lk/svc:1"), false, &error),
            qPrintable(error));
        const QString ref = registry.host() + QStringLiteral("/lk/svc:1");
        QString yaml = m_work.configText;
        yaml.replace(QStringLiteral("image: lkc.test/svc0:1"), QStringLiteral("image: ") + ref);
        QVERIFY(yaml != m_work.configText);
        const auto run = [&](const QString &name, QStringList *log) {
            BuildJob job(plan(dir + QLatin1Char('/') + name,
                              dir + QLatin1Char('/') + name + QStringLiteral("-cache"), -1, yaml,
                              false));
            connect(&job, &BuildJob::logLine, this, [log](const QString &l) { log->append(l); });
            return job.run();
        };
        QStringList log;
        Result<BuildResult> first = run(QStringLiteral("clean"), &log);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
        Result<ContentStore> store = ContentStore::open(m_work.store);
        Result<ResolvedImage> svc = store->resolve(ref, QStringLiteral("amd64"));
        QVERIFY(svc.ok());
        const QString blob = svc->layers.last().path;
        QVERIFY(flipByte(blob, QFileInfo(blob).size() / 2));
        log.clear();
        Result<BuildResult> again = run(QStringLiteral("repaired"), &log);
        const QString all = log.join(QLatin1Char('\n'));
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toString()));
        QVERIFY2(all.contains(QLatin1String("damaged")) &&
                     all.contains(svc->layers.last().digest.hex()) &&
                     all.contains(QLatin1String("fetching it again")),
                 qPrintable(all));
        QVERIFY(FlattenedImageCache::checkBlob(svc->layers.last()).ok());
        for (const QString &n : kOutputs)
            QCOMPARE(Test::readAll(dir + QStringLiteral("/repaired/") + n),
                     Test::readAll(dir + QStringLiteral("/clean/") + n));
    }

    void killedBuildLeavesAVerifiableStore() {
        const QString config = m_scratch + QStringLiteral("/kill.yml");
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(m_work.configText.toUtf8());
        }
        const QString store = m_work.store;
        const QString cache = store + QStringLiteral("/lkc-build-cache");
        const QStringList args = {
            QStringLiteral("build"),  QStringLiteral("--offline"), QStringLiteral("--cache"), store,
            QStringLiteral("--name"), QStringLiteral("work"),      QStringLiteral("--dir")};
        QRandomGenerator rng(11);
        for (int round = 0; round < 8; ++round) {
            // Cold every other round, so kills land in flattening and recording too.
            if (round % 2 == 0)
                QDir(cache).removeRecursively();
            const QString out = m_scratch + QStringLiteral("/kill-%1").arg(round);
            QDir().mkpath(out);
            QProcess lkc;
            lkc.start(Test::lkcBinary(), args + QStringList{out, config});
            QVERIFY(lkc.waitForStarted());
            QTest::qWait(int(rng.bounded(50, 1500)));
            // pid 0 would mean our own process group: only a running child is killed.
            if (lkc.state() == QProcess::Running && lkc.processId() > 0)
                ::kill(pid_t(lkc.processId()), SIGKILL);
            QVERIFY(lkc.state() == QProcess::NotRunning || lkc.waitForFinished(30000));
            // All outputs, complete, or none under a final name.
            int present = 0;
            for (const QString &n : kOutputs)
                present += QFileInfo::exists(out + QLatin1Char('/') + n) ? 1 : 0;
            QVERIFY2(present == 0 || present == kOutputs.size(), qPrintable(out));
            if (present)
                compareWithReference(out);
            const Test::ProcessResult verify =
                Test::runLkc({QStringLiteral("cache"), QStringLiteral("--cache"), store,
                              QStringLiteral("verify")});
            QVERIFY2(verify.exitCode == 0, (verify.out + verify.err).constData());
            const QString next = out + QStringLiteral("-next");
            const Test::ProcessResult again =
                Test::runLkc(args + QStringList{next, config}, 300000);
            QVERIFY2(again.exitCode == 0, again.err.constData());
            compareWithReference(next);
        }
    }
};

QTEST_GUILESS_MAIN(TestBuildCache)
#include "tst_buildcache.moc"
