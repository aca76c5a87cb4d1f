// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/qemucommand.h"
#include "run/qemuoptions.h"
#include "util/result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>

class QTimer;

namespace Lkc {

class PtyProcess;

// One running VM: qemu on a pty whose serial console is the byte stream.
// The GUI puts a terminal on top of bytesReceived()/write(); the CLI's
// test-boot watches output() for a pattern. No terminal emulation here.
class QemuSession : public QObject {
    Q_OBJECT
public:
    enum class State { NotStarted, Running, Stopping, Finished, FailedToStart };
    Q_ENUM(State)

    explicit QemuSession(QObject *parent = nullptr);
    ~QemuSession() override;

    // Every byte from the console is appended here too (empty: no log).
    void setSerialLogFile(const QString &path) { m_logPath = path; }
    // Typed into the console on stop() besides the ACPI power-down request
    // (e.g. "poweroff -f\n" when a shell owns the console).
    void setPowerOffText(const QByteArray &text) { m_powerOffText = text; }

    // Prepares the state dir and starts qemu with `options` (-nographic is
    // forced: the session is the console).
    Status start(QemuOptions options);
    void write(const QByteArray &bytes);
    void resize(int columns, int rows);
    // Asks the guest to power off (QMP system_powerdown + the power-off
    // text), then terminates qemu when it is still running after `graceMs`.
    void stop(int graceMs = 10000);
    // Ends qemu now.
    void kill();

    State state() const { return m_state; }
    const QemuCommand::Prepared &command() const { return m_prepared; }
    // Everything received so far (the first 8 MiB).
    const QByteArray &output() const { return m_output; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    int exitCode() const { return m_exitCode; }
    int exitSignal() const { return m_exitSignal; }

    // Runs the event loop until the output matches `pattern` (returns the
    // match's end offset), qemu exits or `timeoutMs` pass (returns -1).
    qsizetype waitForOutput(const QRegularExpression &pattern, int timeoutMs, qsizetype from = 0);
    bool waitForFinished(int timeoutMs);

signals:
    void bytesReceived(const QByteArray &bytes);
    void stateChanged(Lkc::QemuSession::State state);
    void finished(int exitCode, int exitSignal);

private:
    void onBytes(const QByteArray &bytes);
    void onFinished(int exitCode, int exitSignal);
    void setState(State s);
    void sendQmp(const QByteArray &command);

    PtyProcess *m_pty = nullptr;
    QemuCommand::Prepared m_prepared;
    State m_state = State::NotStarted;
    QByteArray m_output;
    QByteArray m_powerOffText;
    QString m_logPath;
    QFile m_log;
    QElapsedTimer m_clock;
    QTemporaryDir m_qmpDir;
    QString m_qmpSocket;
    QTimer *m_killTimer = nullptr;
    int m_exitCode = -1;
    int m_exitSignal = 0;
};

} // namespace Lkc
