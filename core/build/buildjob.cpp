// SPDX-License-Identifier: Apache-2.0
#include "buildjob.h"

#include "bootfilessink.h"
#include "buildcache.h"
#include "image/contentstore.h"
#include "image/imageresolver.h"
#include "initrdwriter.h"
#include "outputs/outputstaging.h"
#include "outputs/outputwriter.h"
#include "rootfstarsink.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Lkc {

BuildJob::BuildJob(BuildPlan plan, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_control([this](const QString &line) { emit logLine(line); },
                [this](qint64 done, qint64 total) { emitProgress(done, total); }) {
    qRegisterMetaType<Lkc::BuildResult>();
    qRegisterMetaType<Lkc::Error>();
}

BuildJob::~BuildJob() {
    requestCancel();
    wait();
}

void BuildJob::emitProgress(qint64 done, qint64 total) {
    // At most ~20 events a second: receivers redraw on each.
    {
        QMutexLocker lock(&m_progressLock);
        if (m_progressTimer.isValid() && m_progressTimer.elapsed() < 50 && done != total)
            return;
        m_progressTimer.start();
    }
    emit progress(done, total);
}

void BuildJob::start() {
    if (m_running.exchange(true))
        return;
    m_thread = QThread::create([this] {
        Result<BuildResult> result = build();
        m_running.store(false);
        if (result)
            emit finished(*result);
        else
            emit failed(result.error());
    });
    m_thread->start();
}

bool BuildJob::wait(int ms) {
    if (!m_thread)
        return true;
    const bool done = ms < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(ms));
    if (done) {
        delete m_thread;
        m_thread = nullptr;
    }
    return done;
}

Result<BuildResult> BuildJob::run() {
    m_running.store(true);
    Result<BuildResult> result = build();
    m_running.store(false);
    if (result)
        emit finished(*result);
    else
        emit failed(result.error());
    return result;
}

Result<BuildResult> BuildJob::build() {
    QElapsedTimer clock;
    clock.start();
    BuildResult result;

    // Writers first: an unknown or missing format fails before any work.
    QList<std::shared_ptr<OutputWriter>> writers;
    bool needInitrd = false;
    bool needRootfsTar = false;
    for (const QString &format : m_plan.formats) {
        Result<std::shared_ptr<OutputWriter>> writer = createOutputWriter(format);
        if (!writer)
            return Error(QStringLiteral("error parsing formats: %1").arg(writer.error().message));
        if (Status s = (*writer)->checkTools(); !s)
            return s.error();
        needInitrd = needInitrd || (*writer)->needsInitrd();
        needRootfsTar = needRootfsTar || (*writer)->needsRootfsTar();
        writers.append(*writer);
    }

    Result<ContentStore> store = ContentStore::open(m_plan.storePath);
    if (!store)
        return store.error();
    const QString cacheDir = m_plan.cacheDir.isEmpty()
                                 ? store->path() + QStringLiteral("/lkc-build-cache")
                                 : m_plan.cacheDir;
    ImageResolveFunction resolve = m_resolve;
    if (!resolve) {
        // The store first; what is missing (or everything, with --pull) from the registry.
        auto resolver = std::make_shared<ImageResolver>(*store, m_plan.registry);
        resolver->setAlwaysPull(m_plan.pull);
        resolver->setOffline(m_plan.offline);
        const QString arch = m_plan.arch;
        resolve = [resolver, arch](const ImageRef &ref, const JobControl &job) {
            return resolver->ensure(ref.expanded(), arch, job);
        };
    }

    // Everything goes to <dir>/.lkc-build-XXXXXX first (same file system: renames are atomic).
    const QString finalDir = m_plan.outputFile.isEmpty()
                                 ? QFileInfo(m_plan.outputBase()).absolutePath()
                                 : QFileInfo(m_plan.outputFile).absolutePath();
    if (!QDir().mkpath(finalDir))
        return Error(QStringLiteral("cannot create the output directory"), finalDir);
    // Killed builds leave staging folders (and maybe decided outputs) behind.
    OutputStaging::recover(finalDir, [this](const QString &line) { emit logLine(line); });
    OutputStaging work;
    if (Status s = work.create(finalDir); !s)
        return s.error();
    const QString scratch = work.path() + QStringLiteral("/scratch");
    const QString staging = work.path() + QStringLiteral("/out");
    QDir().mkpath(scratch);
    QDir().mkpath(staging);

    BuildCache buildCache(cacheDir);
    BootFilesSink boot(scratch, &buildCache);
    QList<RootfsSink *> sinks = {&boot};
    std::unique_ptr<RootfsTarSink> tar;
    if (needRootfsTar) {
        tar = std::make_unique<RootfsTarSink>(scratch + QStringLiteral("/rootfs.tar"));
        if (Status s = tar->open(); !s)
            return s.error();
        sinks.append(tar.get());
    }
    std::unique_ptr<InitrdWriter> initrd;
    if (needInitrd) {
        initrd =
            std::make_unique<InitrdWriter>(scratch + QStringLiteral("/initrd.img"), &buildCache);
        if (Status s = initrd->open(); !s)
            return s.error();
        sinks.append(initrd.get());
    }

    FlattenedImageCache cache(cacheDir, [this](const QString &line) { emit logLine(line); });
    RootfsAssembler::Events events;
    events.log = [this](const QString &line) { emit logLine(line); };
    events.step = [this](const QString &step, bool started) {
        if (started)
            emit stepStarted(step);
        else
            emit stepFinished(step);
    };
    events.imageResolved = [this](const QString &ref, const QString &digest) {
        emit imageResolved(ref, digest);
    };
    RootfsAssembler assembler(m_plan, resolve, cache, events, m_control);
    RootfsStream stream(sinks, m_control);
    stream.setCache(&buildCache, [this](const QString &line) { emit logLine(line); });
    if (Status s = assembler.assemble(stream); !s)
        return m_control.isCanceled() ? Error(QStringLiteral("build canceled")) : s.error();
    if (Status s = stream.finish(); !s)
        return s.error();
    if (m_control.isCanceled())
        return Error(QStringLiteral("build canceled"));
    result.rootfsBytes = stream.bytesStreamed();
    result.imagesFlattened = assembler.imagesFlattened();
    result.imagesFromCache = assembler.imagesFromCache();
    result.sectionsReplayed = stream.chunksReplayed();
    result.sectionsProduced = stream.chunksProduced();
    result.damagedEntries = stream.damagedEntries();
    result.bytesReplayed = initrd ? initrd->replayedBytes() : 0;

    OutputInputs inputs;
    inputs.rootfsTar = tar ? tar->path() : QString();
    inputs.kernel = boot.kernelPath();
    inputs.initrd = initrd ? scratch + QStringLiteral("/initrd.img") : QString();
    inputs.ucode = boot.ucodePath();
    inputs.cmdline = boot.cmdline();
    inputs.arch = m_plan.arch;
    inputs.diskSizeMiB = m_plan.diskSizeMiB;
    inputs.scratchDir = scratch;

    const QString base = m_plan.name;
    if (!m_plan.streamsRootfsOnly()) {
        emit logLine(QStringLiteral("Create outputs:"));
        for (const auto &writer : writers) {
            QStringList shown;
            for (const QString &n : writer->outputNames(base, inputs))
                shown.append(m_plan.outputDir.isEmpty() ? n : QDir(m_plan.outputDir).filePath(n));
            emit logLine(QStringLiteral("  ") + shown.join(QLatin1Char(' ')));
        }
    }
    QStringList staged;
    for (const auto &writer : writers) {
        const QString step = QStringLiteral("output:") + writer->format();
        emit stepStarted(step);
        if (Status s = writer->write(inputs, staging, base, m_control); !s)
            return m_control.isCanceled() ? Error(QStringLiteral("build canceled")) : s.error();
        if (m_control.isCanceled())
            return Error(QStringLiteral("build canceled"));
        staged += writer->outputNames(base, inputs);
        emit stepFinished(step);
    }

    // Every format succeeded: the set replaces the old one at once (outputstaging.h).
    QList<QPair<QString, QString>> moves;
    for (const QString &name : staged) {
        const QString to = !m_plan.outputFile.isEmpty()
                               ? QFileInfo(m_plan.outputFile).absoluteFilePath()
                               : QDir(finalDir).filePath(name);
        moves.append({QDir(staging).filePath(name), to});
    }
    if (Status s = work.commit(moves); !s)
        return s.error();
    for (const auto &move : moves) {
        result.outputs.append(move.second);
        emit outputWritten(move.second);
    }
    // Least recently used entries go once the cache passes its limit; this build's
    // entries were just touched, so they go last.
    result.cacheBytesFreed = buildCache.trim(
        m_plan.cacheMaxBytes >= 0 ? m_plan.cacheMaxBytes : BuildCache::defaultMaxBytes());
    result.seconds = double(clock.elapsed()) / 1000.0;
    return result;
}

} // namespace Lkc
