// SPDX-License-Identifier: Apache-2.0
#include "run/qemusession.h"

#include "run/ptyprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QLocalSocket>
#include <QTimer>

namespace Lkc {

static constexpr qsizetype kOutputCap = 8 * 1024 * 1024;

QemuSession::QemuSession(QObject *parent)
    : QObject(parent)
    // The QMP socket lives in a short /tmp path: unix socket paths are
    // limited to 108 bytes and state dirs can be deep.
    , m_qmpDir(QDir::tempPath() + QStringLiteral("/lkc-qmp-XXXXXX")) {}

QemuSession::~QemuSession() {
    // No nested event loop here: the owner may be half destroyed. The pty's
    // destructor SIGKILLs qemu and reaps it with a blocking waitpid.
    if (m_pty)
        m_pty->disconnect(this);
}

void QemuSession::setState(State s) {
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

Status QemuSession::start(QemuOptions options) {
    if (m_state != State::NotStarted)
        return Error(QStringLiteral("session already started"));
    options.gui = false;
    options.detached = false;
    if (m_qmpDir.isValid()) {
        m_qmpSocket = m_qmpDir.filePath(QStringLiteral("qmp.sock"));
        options.extraArgs << QStringLiteral("-qmp")
                          << QStringLiteral("unix:%1,server=on,wait=off").arg(m_qmpSocket);
    }
    Result<QemuCommand::Prepared> prep = QemuCommand::prepare(options);
    if (!prep) {
        setState(State::FailedToStart);
        return prep.error();
    }
    m_prepared = *prep;
    if (!m_logPath.isEmpty()) {
        m_log.setFileName(m_logPath);
        if (!m_log.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error(QStringLiteral("cannot write the serial log: ") + m_log.errorString(),
                         m_logPath);
    }
    m_pty = new PtyProcess(this);
    connect(m_pty, &PtyProcess::bytesReceived, this, &QemuSession::onBytes);
    connect(m_pty, &PtyProcess::finished, this, &QemuSession::onFinished);
    m_clock.start();
    Status st = m_pty->start(m_prepared.program, m_prepared.arguments, 80, 24);
    if (!st) {
        setState(State::FailedToStart);
        return st;
    }
    setState(State::Running);
    return {};
}

void QemuSession::onBytes(const QByteArray &bytes) {
    if (m_output.size() < kOutputCap)
        m_output += bytes.left(kOutputCap - m_output.size());
    if (m_log.isOpen()) {
        m_log.write(bytes);
        m_log.flush();
    }
    emit bytesReceived(bytes);
}

void QemuSession::onFinished(int exitCode, int exitSignal) {
    m_exitCode = exitCode;
    m_exitSignal = exitSignal;
    if (m_killTimer)
        m_killTimer->stop();
    if (m_log.isOpen())
        m_log.close();
    setState(State::Finished);
    emit finished(exitCode, exitSignal);
}

void QemuSession::write(const QByteArray &bytes) {
    if (m_pty && m_state == State::Running)
        m_pty->write(bytes);
}

void QemuSession::resize(int columns, int rows) {
    if (m_pty)
        m_pty->resize(columns, rows);
}

void QemuSession::sendQmp(const QByteArray &command) {
    if (m_qmpSocket.isEmpty())
        return;
    auto *socket = new QLocalSocket(this);
    connect(socket, &QLocalSocket::connected, socket, [socket, command] {
        socket->write(QByteArrayLiteral("{\"execute\":\"qmp_capabilities\"}\n") + command);
        socket->flush();
    });
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->connectToServer(m_qmpSocket);
}

void QemuSession::stop(int graceMs) {
    if (!m_pty || m_state != State::Running)
        return;
    setState(State::Stopping);
    if (!m_powerOffText.isEmpty())
        m_pty->write(m_powerOffText);
    sendQmp(QByteArrayLiteral("{\"execute\":\"system_powerdown\"}\n"));
    m_killTimer = new QTimer(this);
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (!m_pty->isRunning())
            return;
        m_pty->terminate();
        QTimer::singleShot(2000, this, [this] { m_pty->kill(); });
    });
    m_killTimer->start(graceMs);
}

void QemuSession::kill() {
    if (m_pty)
        m_pty->kill();
}

qsizetype QemuSession::waitForOutput(const QRegularExpression &pattern, int timeoutMs,
                                     qsizetype from) {
    auto match = [&]() -> qsizetype {
        // Latin-1 maps each console byte to one character, so the match's end is a byte
        // offset again (UTF-8 would shift it by every multi-byte or invalid sequence).
        const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(m_output.mid(from)));
        return m.hasMatch() ? from + m.capturedEnd() : -1;
    };
    qsizetype at = match();
    if (at >= 0 || m_state == State::Finished)
        return at;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &QemuSession::finished, &loop, &QEventLoop::quit);
    connect(this, &QemuSession::bytesReceived, &loop, [&] {
        at = match();
        if (at >= 0)
            loop.quit();
    });
    timeout.start(timeoutMs);
    loop.exec();
    return at;
}

bool QemuSession::waitForFinished(int timeoutMs) {
    return m_pty && m_pty->waitForFinished(timeoutMs);
}

} // namespace Lkc
