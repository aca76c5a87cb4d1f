// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

class QSocketNotifier;
class QTimer;

namespace Lkc {

// A child process on a pseudo-terminal (forkpty). It is a byte transport and
// nothing more: bytes from the child arrive in bytesReceived(), bytes for it
// go through write(); any terminal emulation is the viewer's business.
// The child is SIGKILLed by the kernel when the thread that started it ends
// (PR_SET_PDEATHSIG), so start it from a thread that lives as long as the
// process (the GUI thread, or the CLI's main thread).
class PtyProcess : public QObject {
    Q_OBJECT
public:
    explicit PtyProcess(QObject *parent = nullptr);
    ~PtyProcess() override;

    Status start(const QString &program, const QStringList &arguments, int columns = 80,
                 int rows = 24);
    bool isRunning() const { return m_pid > 0 && !m_finished; }
    qint64 pid() const { return m_pid; }

    // Queued and written as the terminal accepts it.
    void write(const QByteArray &bytes);
    void resize(int columns, int rows);
    // SIGTERM / SIGKILL to the child.
    void terminate();
    void kill();
    // Processes events until the child exits or `msecs` pass.
    bool waitForFinished(int msecs);

    bool hasFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }     // valid when exited normally
    int exitSignal() const { return m_exitSignal; } // 0 unless killed by a signal

signals:
    void bytesReceived(const QByteArray &bytes);
    void finished(int exitCode, int exitSignal);

private:
    void onReadable();
    void onWritable();
    void pollChild();
    void finish(int status);

    int m_master = -1;
    qint64 m_pid = -1;
    bool m_finished = false;
    int m_exitCode = -1;
    int m_exitSignal = 0;
    QByteArray m_pending;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_reaper = nullptr;
};

} // namespace Lkc
