// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/qemuoptions.h"
#include "util/result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QRegularExpression>
#include <QString>

class QTimer;

namespace Lkc {

class QemuSession;

// What one test boot concluded. A boot passes only when the expected text
// appeared on the serial console; every other ending is a failure with a
// reason the user can act on.
struct BootVerdict {
    enum class Reason {
        Passed,      // the expected text appeared
        StartFailed, // QEMU could not be prepared or started
        FailText,    // the failure text appeared (e.g. "services FAILED to start")
        KernelPanic, // BootDiagnosis found a panic
        NoInit,      // BootDiagnosis found no usable init
        Hang,        // no console output for hangSeconds
        Timeout,     // no expected text within timeoutSeconds
        Exited,      // QEMU ended before the expected text
        Canceled,    // cancel() was called
    };
    bool passed = false;
    Reason reason = Reason::StartFailed;
    QString note;         // one line: why it failed (empty on PASS)
    QString firmware;     // "SeaBIOS" or "OVMF"
    QString accel;        // the accelerator QEMU really ran with ("kvm", "tcg")
    qint64 prepareMs = 0; // state dir, disks, accelerator choice
    qint64 bootMs = -1;   // QEMU start to the expected text (-1 unless passed)
    qint64 verdictMs = 0; // QEMU start to the verdict, pass or fail
    QByteArray logTail;   // the last console bytes, for a failure's context
    QString consoleLog;   // the whole console, when a log file was asked for
    QString commandLine;  // the exact QEMU command, for "show the command"
};

QString bootVerdictReasonName(BootVerdict::Reason reason);

// What to boot and how to judge it.
struct BootCheckOptions {
    QemuOptions qemu; // path, accel, memory, uefi, stateDir …
    // Defaults are the starter kit's lines (packaging/starter-kit/files/init).
    QRegularExpression expect{QStringLiteral("all services started")};
    QRegularExpression failText{QStringLiteral("services FAILED to start")};
    int timeoutSeconds = 120;
    int hangSeconds = 30;
    QString consoleLogFile;                   // empty: no log file
    QByteArray powerOffText = "\npoweroff\n"; // typed before the ACPI power-down
    int logTailBytes = 4096;
    // After the verdict: time for the guest to power off before QEMU is terminated.
    int powerOffGraceMs = 3000;
};

// Boots an image under QEMU, watches its serial console and decides PASS or
// FAIL: the expected text, a failure text, a kernel panic or missing init, a
// hang (no output), a timeout or QEMU exiting. Then it powers the VM off
// (killing it if it will not go) and reports finished(). Runs on the caller's
// event loop (QEMU's output arrives through socket notifiers), so the window
// and `lkc test-boot` are two views of the same signals.
class BootCheck : public QObject {
    Q_OBJECT
public:
    explicit BootCheck(BootCheckOptions options, QObject *parent = nullptr);
    ~BootCheck() override; // kills a VM still running

    // Starts the boot; the verdict arrives in finished() (also when QEMU
    // cannot start: then from the event loop, never re-entrantly).
    void start();
    // Stops the boot now: the verdict is Canceled.
    void cancel();
    bool isRunning() const { return m_running; }
    // start() and run the event loop until finished.
    BootVerdict run();

    const BootCheckOptions &options() const { return m_options; }
    // The VM while it runs (for a console view), else nullptr.
    QemuSession *session() const { return m_session; }
    const BootVerdict &verdict() const { return m_verdict; }

    // Helpers both views use to choose what to boot from a build's outputs.
    // Formats that boot with UEFI firmware (OVMF).
    static bool needsUefi(const QString &format);
    static QString firmwareName(bool uefi);
    // The path `lkc run` boots for `format` given the files its build wrote
    // (a prefix for kernel formats, else the image file), or an error saying
    // why the format cannot boot on its own.
    static Result<QString> bootPath(const QString &format, const QStringList &outputFiles);

signals:
    // QEMU is running; `commandLine` is its exact command.
    void started(const QString &commandLine);
    void consoleBytes(const QByteArray &bytes);
    // Elapsed boot time against the timeout, at least every second.
    void progress(qint64 elapsedMs, qint64 timeoutMs);
    void finished(const Lkc::BootVerdict &verdict);

private:
    void onBytes();
    void onTick();
    void onQemuFinished();
    void decide(BootVerdict::Reason reason, const QString &note = {});
    void powerOff();
    void complete();

    BootCheckOptions m_options;
    QemuSession *m_session = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_killTimer = nullptr;
    QElapsedTimer m_sinceOutput;
    BootVerdict m_verdict;
    bool m_running = false;
    bool m_decided = false;
    bool m_panicSeen = false;
};

} // namespace Lkc

Q_DECLARE_METATYPE(Lkc::BootVerdict)
