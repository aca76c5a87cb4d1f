// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace Lkc {

// What a long-running piece of core work gets from the job that runs it: a
// way to notice cancellation, to log a line and to report byte progress.
// Thread-safe: requestCancel() may be called from any thread.
class JobControl {
public:
    using LogSink = std::function<void(const QString &line)>;
    using ProgressSink = std::function<void(qint64 done, qint64 total)>;

    JobControl() = default;
    JobControl(LogSink log, ProgressSink progress)
        : m_log(std::move(log))
        , m_progress(std::move(progress)) {}

    void requestCancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

    void log(const QString &line) const {
        if (m_log)
            m_log(line);
    }
    void progress(qint64 done, qint64 total) const {
        if (m_progress)
            m_progress(done, total);
    }

private:
    std::atomic<bool> m_canceled{false};
    LogSink m_log;
    ProgressSink m_progress;
};

} // namespace Lkc
