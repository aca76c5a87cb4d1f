// SPDX-License-Identifier: Apache-2.0
#include "run/bootcheck.h"

#include "run/bootdiagnosis.h"
#include "run/qemusession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace Lkc {

// Patterns are matched on the new text plus this much before it, so a line
// split across two reads still matches without rescanning the whole console.
static constexpr qsizetype kRescanOverlap = 4096;
// Time for a panic message to finish before it is judged.
static constexpr int kPanicSettleMs = 500;
// After the power-off grace QEMU gets SIGTERM, then SIGKILL from QemuSession;
// this is the last resort should even that not end it.
static constexpr int kPowerOffKillMs = 7000;

QString bootVerdictReasonName(BootVerdict::Reason reason) {
    switch (reason) {
    case BootVerdict::Reason::Passed:
        return QStringLiteral("passed");
    case BootVerdict::Reason::StartFailed:
        return QStringLiteral("start-failed");
    case BootVerdict::Reason::FailText:
        return QStringLiteral("fail-text");
    case BootVerdict::Reason::KernelPanic:
        return QStringLiteral("kernel-panic");
    case BootVerdict::Reason::NoInit:
        return QStringLiteral("no-init");
    case BootVerdict::Reason::Hang:
        return QStringLiteral("hang");
    case BootVerdict::Reason::Timeout:
        return QStringLiteral("timeout");
    case BootVerdict::Reason::Exited:
        return QStringLiteral("exited");
    case BootVerdict::Reason::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

static QString shellQuote(const QString &s) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(s).hasMatch())
        return s;
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

BootCheck::BootCheck(BootCheckOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options)) {
    qRegisterMetaType<Lkc::BootVerdict>();
}

BootCheck::~BootCheck() {
    // QemuSession's destructor SIGKILLs and reaps a VM still running.
    if (m_session)
        m_session->disconnect(this);
}

bool BootCheck::needsUefi(const QString &f) {
    return f == QLatin1String("iso-efi") || f == QLatin1String("iso-efi-initrd") ||
           f == QLatin1String("raw-efi") || f == QLatin1String("qcow2-efi") ||
           f == QLatin1String("raw-efi-gz");
}

QString BootCheck::firmwareName(bool uefi) {
    return uefi ? QStringLiteral("OVMF") : QStringLiteral("SeaBIOS");
}

Result<QString> BootCheck::bootPath(const QString &format, const QStringList &outputFiles) {
    static const QStringList notOnItsOwn = {QStringLiteral("tar"),
                                            QStringLiteral("docker"),
                                            QStringLiteral("tar-kernel-initrd"),
                                            QStringLiteral("kernel+iso"),
                                            QStringLiteral("gcp"),
                                            QStringLiteral("raw-bios-gz"),
                                            QStringLiteral("raw-efi-gz"),
                                            QStringLiteral("kernel+erofs")};
    if (notOnItsOwn.contains(format) || outputFiles.isEmpty())
        return Error(QStringLiteral("built; not bootable on its own by lkc run"), format);
    if (format == QLatin1String("kernel+initrd") || format == QLatin1String("kernel+squashfs")) {
        for (const QString &f : outputFiles)
            if (f.endsWith(QLatin1String("-kernel")))
                return f.chopped(int(qstrlen("-kernel")));
        return Error(QStringLiteral("the build wrote no kernel"), format);
    }
    return outputFiles.last();
}

void BootCheck::start() {
    if (m_running || m_session)
        return;
    m_running = true;
    m_decided = false;
    m_verdict = BootVerdict();
    m_verdict.firmware = firmwareName(m_options.qemu.uefi);
    m_verdict.consoleLog = m_options.consoleLogFile;

    m_session = new QemuSession(this);
    m_session->setSerialLogFile(m_options.consoleLogFile);
    m_session->setPowerOffText(m_options.powerOffText);
    QElapsedTimer prepare;
    prepare.start();
    const Status st = m_session->start(m_options.qemu);
    m_verdict.prepareMs = prepare.elapsed();
    if (!st) {
        // Never re-entrantly: the caller connects to finished() after start().
        QTimer::singleShot(0, this, [this, st] {
            decide(BootVerdict::Reason::StartFailed,
                   QStringLiteral("cannot start QEMU: ") + st.error().toString());
        });
        return;
    }
    const QemuCommand::Prepared &cmd = m_session->command();
    m_verdict.accel = cmd.accel;
    QStringList words{shellQuote(cmd.program)};
    for (const QString &a : cmd.arguments)
        words << shellQuote(a);
    m_verdict.commandLine = words.join(QLatin1Char(' '));

    connect(m_session, &QemuSession::bytesReceived, this, [this](const QByteArray &bytes) {
        emit consoleBytes(bytes);
        onBytes();
    });
    connect(m_session, &QemuSession::finished, this, &BootCheck::onQemuFinished);
    m_sinceOutput.start();
    m_tick = new QTimer(this);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &BootCheck::onTick);
    m_tick->start();
    emit started(m_verdict.commandLine);
}

void BootCheck::onBytes() {
    m_sinceOutput.restart();
    if (m_decided)
        return;
    const QByteArray &all = m_session->output();
    const QString text = QString::fromUtf8(all.right(kRescanOverlap * 4));
    if (m_options.expect.match(text).hasMatch()) {
        decide(BootVerdict::Reason::Passed);
        return;
    }
    if (!m_options.failText.pattern().isEmpty() && m_options.failText.match(text).hasMatch()) {
        decide(BootVerdict::Reason::FailText,
               QStringLiteral("failure text /%1/ on the console after %2 s")
                   .arg(m_options.failText.pattern())
                   .arg(m_session->elapsedMs() / 1000.0, 0, 'f', 1));
        return;
    }
    if (!m_panicSeen && (all.contains("Kernel panic") || all.contains("No working init found"))) {
        m_panicSeen = true;
        QTimer::singleShot(kPanicSettleMs, this, [this] {
            const BootDiagnosis::Finding f = BootDiagnosis::classify(m_session->output());
            decide(f.kind == BootDiagnosis::Kind::NoInit ? BootVerdict::Reason::NoInit
                                                         : BootVerdict::Reason::KernelPanic,
                   f.message);
        });
    }
}

void BootCheck::onTick() {
    if (m_decided)
        return;
    const qint64 elapsed = m_session->elapsedMs();
    const qint64 timeoutMs = qint64(m_options.timeoutSeconds) * 1000;
    emit progress(elapsed, timeoutMs);
    if (elapsed > timeoutMs)
        decide(BootVerdict::Reason::Timeout, QStringLiteral("timeout: no /%1/ within %2 s")
                                                 .arg(m_options.expect.pattern())
                                                 .arg(m_options.timeoutSeconds));
    else if (m_sinceOutput.elapsed() > qint64(m_options.hangSeconds) * 1000)
        decide(BootVerdict::Reason::Hang,
               QStringLiteral("hang: no console output for %1 s (after %2 s)")
                   .arg(m_options.hangSeconds)
                   .arg(elapsed / 1000.0, 0, 'f', 1));
}

void BootCheck::onQemuFinished() {
    if (!m_decided)
        decide(BootVerdict::Reason::Exited,
               QStringLiteral("QEMU exited (code %1) before the expected text")
                   .arg(m_session->exitCode()));
    else
        complete();
}

void BootCheck::decide(BootVerdict::Reason reason, const QString &note) {
    if (m_decided)
        return;
    m_decided = true;
    if (m_tick)
        m_tick->stop();
    m_verdict.reason = reason;
    m_verdict.passed = reason == BootVerdict::Reason::Passed;
    const bool haveSession = m_session && m_session->state() != QemuSession::State::FailedToStart &&
                             m_session->state() != QemuSession::State::NotStarted;
    if (haveSession) {
        m_verdict.verdictMs = m_session->elapsedMs();
        if (m_verdict.passed)
            m_verdict.bootMs = m_verdict.verdictMs;
        m_verdict.logTail = m_session->output().right(m_options.logTailBytes);
    }
    if (!m_verdict.passed) {
        // The kernel's own words name the cause better than "hang" or "exited".
        const BootDiagnosis::Finding f =
            haveSession ? BootDiagnosis::classify(m_session->output()) : BootDiagnosis::Finding{};
        m_verdict.note = (f.message.isEmpty() || reason == BootVerdict::Reason::Canceled ||
                          reason == BootVerdict::Reason::StartFailed)
                             ? note
                             : f.message;
        if (f.kind == BootDiagnosis::Kind::KernelPanic && reason != BootVerdict::Reason::Canceled)
            m_verdict.reason = BootVerdict::Reason::KernelPanic;
        else if (f.kind == BootDiagnosis::Kind::NoInit && reason != BootVerdict::Reason::Canceled)
            m_verdict.reason = BootVerdict::Reason::NoInit;
    }
    if (!haveSession || m_session->state() == QemuSession::State::Finished) {
        complete();
        return;
    }
    if (reason == BootVerdict::Reason::Canceled)
        m_session->kill();
    else
        powerOff();
}

void BootCheck::powerOff() {
    m_session->stop(m_options.powerOffGraceMs);
    m_killTimer = new QTimer(this);
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_session->state() != QemuSession::State::Finished)
            m_session->kill();
    });
    m_killTimer->start(m_options.powerOffGraceMs + kPowerOffKillMs);
}

void BootCheck::complete() {
    if (!m_running)
        return;
    m_running = false;
    if (m_killTimer)
        m_killTimer->stop();
    emit finished(m_verdict);
}

void BootCheck::cancel() {
    if (!m_running)
        return;
    if (!m_decided)
        decide(BootVerdict::Reason::Canceled, QStringLiteral("canceled"));
    else if (m_session)
        m_session->kill();
}

BootVerdict BootCheck::run() {
    QEventLoop loop;
    connect(this, &BootCheck::finished, &loop, &QEventLoop::quit);
    start();
    if (m_running)
        loop.exec();
    return m_verdict;
}

} // namespace Lkc
