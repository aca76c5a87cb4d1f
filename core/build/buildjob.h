// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "buildplan.h"
#include "rootfsassembler.h"
#include "util/jobcontrol.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace Lkc {

// What a finished build made.
struct BuildResult {
    QStringList outputs;        // final paths, in writing order
    qint64 rootfsBytes = 0;     // file data streamed through phase 1
    int imagesFlattened = 0;    // flattened from layers in this build
    int imagesFromCache = 0;    // flattened tars read from the build cache
    int sectionsReplayed = 0;   // image copies taken whole from the build cache (not read)
    int sectionsProduced = 0;   // image copies made from a flattened tar
    int damagedEntries = 0;     // cache entries that failed their checksum and were redone
    qint64 bytesReplayed = 0;   // compressed initrd bytes copied from the build cache
    qint64 cacheBytesFreed = 0; // evicted after the build to stay under the limit
    double seconds = 0;
};

// Runs a BuildPlan on a worker thread and reports typed events (queued to
// receivers in other threads). requestCancel() stops it within a second;
// outputs are written into a staging directory beside their destination and
// renamed into place only when every format succeeded, so a failure or a
// cancel leaves neither outputs nor temp files behind.
class BuildJob : public QObject {
    Q_OBJECT
public:
    explicit BuildJob(BuildPlan plan, QObject *parent = nullptr);
    ~BuildJob() override; // cancels and waits

    // Where images come from. Default: the plan's store only (no network).
    void setImageResolver(ImageResolveFunction resolve) { m_resolve = std::move(resolve); }

    void start();
    void requestCancel() { m_control.requestCancel(); }
    bool isRunning() const { return m_running.load(); }
    // Blocks until the worker ends (ms < 0: no limit); events still need an event loop.
    bool wait(int ms = -1);

    // The whole build on the calling thread (signals are emitted directly).
    Result<BuildResult> run();

    const BuildPlan &plan() const { return m_plan; }

signals:
    void stepStarted(const QString &step); // "kernel", "init", "onboot", …, "output:tar"
    void stepFinished(const QString &step);
    void imageResolved(const QString &ref, const QString &digest);
    void progress(qint64 done, qint64 total);
    void logLine(const QString &line); // LinuxKit's progress wording
    void outputWritten(const QString &path);
    void finished(const Lkc::BuildResult &result);
    void failed(const Lkc::Error &error);

private:
    Result<BuildResult> build();
    void emitProgress(qint64 done, qint64 total);

    BuildPlan m_plan;
    ImageResolveFunction m_resolve;
    JobControl m_control;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_running{false};
    QMutex m_progressLock; // pulls report from background threads (imageprefetcher.h)
    QElapsedTimer m_progressTimer;
};

} // namespace Lkc

Q_DECLARE_METATYPE(Lkc::BuildResult)
Q_DECLARE_METATYPE(Lkc::Error)
