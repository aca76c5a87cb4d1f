// SPDX-License-Identifier: Apache-2.0
// BuildJob as a job: typed events, byte-reproducible outputs, caches that make
// a rebuild after one edit redo only that part, and cancel at any point leaving
// neither outputs nor temp files.
#include "build/buildjob.h"
#include "buildfixtures.h"
#include "buildworkload.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Lkc;

namespace {

struct Run {
    bool ok = false;
    Error error;
    BuildResult result;
    QStringList steps;
    QStringList log;
    int resolved = 0;
    qint64 cancelToFailMs = -1;
};

// Runs a job on its worker thread; cancels after `cancelAfterLog` log lines (-1: never).
Run runJob(const BuildPlan &plan, int cancelAfterLog = -1) {
    Run run;
    BuildJob job(plan);
    QEventLoop loop;
    QElapsedTimer sinceCancel;
    QObject::connect(&job, &BuildJob::stepStarted, &loop,
                     [&](const QString &s) { run.steps.append(s); });
    QObject::connect(&job, &BuildJob::imageResolved, &loop,
                     [&](const QString &, const QString &digest) {
                         if (digest.startsWith(QLatin1String("sha256:")))
                             ++run.resolved;
                     });
    QObject::connect(&job, &BuildJob::logLine, &loop, [&](const QString &line) {
        run.log.append(line);
        if (cancelAfterLog >= 0 && run.log.size() == cancelAfterLog + 1 && !sinceCancel.isValid()) {
            sinceCancel.start();
            job.requestCancel();
        }
    });
    QObject::connect(&job, &BuildJob::finished, &loop, [&](const BuildResult &r) {
        run.ok = true;
        run.result = r;
        loop.quit();
    });
    QObject::connect(&job, &BuildJob::failed, &loop, [&](const Error &e) {
        run.error = e;
        if (sinceCancel.isValid())
            run.cancelToFailMs = sinceCancel.elapsed();
        loop.quit();
    });
    if (cancelAfterLog == 0) {
        sinceCancel.start();
        job.requestCancel();
    }
    job.start();
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    loop.exec();
    job.wait();
    return run;
}

QStringList filesUnder(const QString &dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next().mid(dir.size() + 1));
    out.sort();
    return out;
}

} // namespace

class TestBuildJob : public QObject {
    Q_OBJECT
private:
    QString m_scratch;
    Test::BuildWorkload m_work;

    BuildPlan plan(const QString &outDir, const QStringList &formats, const QString &cacheDir,
                   const QString &config = {}) {
        BuildPlan p;
        p.config = Test::readConfig(config.isEmpty() ? m_work.configText : config);
        p.formats = formats;
        p.outputDir = outDir;
        p.name = QStringLiteral("work");
        p.storePath = m_work.store;
        p.cacheDir = cacheDir;
        p.offline = true; // images are all in the store; never ask a registry
        Result<BuildPlan> checked = BuildPlan::create(p);
        return checked ? *checked : p;
    }

private slots:
    void initTestCase() {
        m_scratch = Test::scratchDir(QStringLiteral("buildjob"));
        const QString made = Test::makeWorkload(m_scratch, 3, 3 << 20, &m_work);
        QVERIFY2(made.isEmpty(), qPrintable(made));
    }

    void eventsAndOutputs() {
        const QString out = m_scratch + QStringLiteral("/events");
        const Run run = runJob(
            plan(out, {QStringLiteral("kernel+initrd")}, m_scratch + QStringLiteral("/cache-a")));
        QVERIFY2(run.ok, qPrintable(run.error.toString()));
        QCOMPARE(run.steps, (QStringList{QStringLiteral("kernel"), QStringLiteral("init"),
                                         QStringLiteral("services"), QStringLiteral("files"),
                                         QStringLiteral("output:kernel+initrd")}));
        QVERIFY(run.resolved >= 5);
        QCOMPARE(run.log.first(), QStringLiteral("Extract kernel image: lkc.test/kernel:1"));
        QCOMPARE(filesUnder(out),
                 (QStringList{QStringLiteral("work-cmdline"), QStringLiteral("work-initrd.img"),
                              QStringLiteral("work-kernel")}));
        QCOMPARE(run.result.outputs.size(), 3);
        QCOMPARE(run.result.imagesFlattened, 5);
    }

    void reproducible_data() {
        QTest::addColumn<QString>("format");
        for (const char *f : {"kernel+initrd", "tar", "tar-kernel-initrd", "docker"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void reproducible() {
        QFETCH(QString, format);
        // Cold caches on both sides, then a warm third build: same bytes every time.
        const QString tag = QString(format).replace(QLatin1Char('+'), QLatin1Char('_'));
        const QString a = m_scratch + QStringLiteral("/repro-a-") + tag;
        const QString b = m_scratch + QStringLiteral("/repro-b-") + tag;
        const QString c = m_scratch + QStringLiteral("/repro-c-") + tag;
        const Run ra = runJob(plan(a, {format}, a + QStringLiteral("-cache")));
        const Run rb = runJob(plan(b, {format}, b + QStringLiteral("-cache")));
        const Run rc = runJob(plan(c, {format}, a + QStringLiteral("-cache")));
        QVERIFY(ra.ok && rb.ok && rc.ok);
        QCOMPARE(rc.result.imagesFlattened, 0);
        const QStringList names = filesUnder(a);
        QVERIFY(!names.isEmpty());
        QCOMPARE(filesUnder(b), names);
        for (const QString &n : names) {
            const QByteArray bytes = Test::readAll(a + QLatin1Char('/') + n);
            QVERIFY(!bytes.isEmpty());
            QVERIFY2(bytes == Test::readAll(b + QLatin1Char('/') + n), qPrintable(n));
            QVERIFY2(bytes == Test::readAll(c + QLatin1Char('/') + n), qPrintable(n));
        }
    }

    void editOneServiceRedoesOnlyIt() {
        const QString cache = m_scratch + QStringLiteral("/cache-edit");
        const Run first = runJob(
            plan(m_scratch + QStringLiteral("/edit-1"), {QStringLiteral("kernel+initrd")}, cache));
        QVERIFY(first.ok);
        QCOMPARE(first.result.imagesFlattened, 5);
        QString edited = m_work.configText;
        edited.replace(QStringLiteral("N=1"), QStringLiteral("N=one"));
        QVERIFY(edited != m_work.configText);
        const Run second = runJob(plan(m_scratch + QStringLiteral("/edit-2"),
                                       {QStringLiteral("kernel+initrd")}, cache, edited));
        QVERIFY(second.ok);
        // Every image copy (kernel, init, three services) comes whole from the
        // cache: no flattened tar and no layer is opened, and only the small
        // generated files (config.json, runtime.json, the files section) stream.
        QCOMPARE(second.result.imagesFlattened, 0);
        QCOMPARE(second.result.imagesFromCache, 0);
        QCOMPARE(second.result.sectionsReplayed, 5);
        QCOMPARE(second.result.sectionsProduced, 0);
        QVERIFY2(second.result.rootfsBytes < 64 * 1024,
                 qPrintable(QString::number(second.result.rootfsBytes)));
        QVERIFY(Test::readAll(m_scratch + QStringLiteral("/edit-1/work-initrd.img")) !=
                Test::readAll(m_scratch + QStringLiteral("/edit-2/work-initrd.img")));
        // Byte-identical to a clean cold build of the edited config.
        const Run clean = runJob(plan(m_scratch + QStringLiteral("/edit-clean"),
                                      {QStringLiteral("kernel+initrd")},
                                      m_scratch + QStringLiteral("/cache-edit-clean"), edited));
        QVERIFY(clean.ok);
        QCOMPARE(clean.result.sectionsReplayed, 0);
        for (const char *n : {"work-kernel", "work-initrd.img", "work-cmdline"})
            QVERIFY2(
                Test::readAll(m_scratch + QStringLiteral("/edit-2/") + QLatin1String(n)) ==
                    Test::readAll(m_scratch + QStringLiteral("/edit-clean/") + QLatin1String(n)),
                n);
    }

    void cancelAtAnyPointLeavesNothing() {
        const QString cache = m_scratch + QStringLiteral("/cache-cancel");
        // How many log lines does a whole build print?
        const Run full = runJob(plan(m_scratch + QStringLiteral("/cancel-full"),
                                     {QStringLiteral("kernel+initrd")},
                                     m_scratch + QStringLiteral("/cache-count")));
        QVERIFY(full.ok);
        int canceled = 0;
        for (int at = 0; at < full.log.size(); ++at) {
            const QString out = m_scratch + QStringLiteral("/cancel-%1").arg(at);
            QDir().mkpath(out);
            QDir(cache).removeRecursively(); // cold: cancel lands inside flattening too
            const Run run = runJob(plan(out, {QStringLiteral("kernel+initrd")}, cache), at);
            if (run.ok)
                continue; // canceled after the last check: a complete build is fine
            ++canceled;
            QVERIFY2(run.error.message.contains(QLatin1String("cancel")),
                     qPrintable(run.error.toString()));
            QVERIFY(run.cancelToFailMs >= 0 && run.cancelToFailMs < 1000);
            QCOMPARE(filesUnder(out), QStringList());
            QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                     QStringList());
            for (const QString &f : filesUnder(cache))
                QVERIFY2(f.endsWith(QLatin1String(".tar")) || f.endsWith(QLatin1String(".entry")),
                         qPrintable(f));
        }
    }

    void failureLeavesOldOutputsAlone() {
        const QString out = m_scratch + QStringLiteral("/fail");
        QDir().mkpath(out);
        QFile old(out + QStringLiteral("/work-kernel"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous build");
        old.close();
        QString broken = m_work.configText;
        broken.replace(QStringLiteral("lkc.test/svc2:1"), QStringLiteral("lkc.test/absent:1"));
        const Run run = runJob(plan(out, {QStringLiteral("kernel+initrd")},
                                    m_scratch + QStringLiteral("/cache-a"), broken));
        QVERIFY(!run.ok);
        QVERIFY2(run.error.toString().contains(QLatin1String("lkc.test/absent:1")),
                 qPrintable(run.error.toString()));
        QVERIFY2(run.error.location.contains(QLatin1String("workload.yml:")),
                 qPrintable(run.error.location));
        QCOMPARE(filesUnder(out), QStringList{QStringLiteral("work-kernel")});
        QCOMPARE(Test::readAll(out + QStringLiteral("/work-kernel")), QByteArray("previous build"));
    }
};

QTEST_GUILESS_MAIN(TestBuildJob)
#include "tst_buildjob.moc"
