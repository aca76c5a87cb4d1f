// SPDX-License-Identifier: Apache-2.0
#include "run/ptyprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <vector>

namespace Lkc {

PtyProcess::PtyProcess(QObject *parent)
    : QObject(parent) {}

PtyProcess::~PtyProcess() {
    if (isRunning()) {
        ::kill(pid_t(m_pid), SIGKILL);
        int status = 0;
        ::waitpid(pid_t(m_pid), &status, 0);
    }
    if (m_master >= 0)
        ::close(m_master);
}

Status PtyProcess::start(const QString &program, const QStringList &arguments, int columns,
                         int rows) {
    if (m_pid > 0)
        return Error(QStringLiteral("process already started"), program);
    // Everything the child needs is prepared before fork: after it only
    // async-signal-safe calls are allowed.
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    winsize ws{};
    ws.ws_col = static_cast<unsigned short>(columns);
    ws.ws_row = static_cast<unsigned short>(rows);
    int master = -1;
    // Signals stay blocked across fork until the child has dropped the
    // parent's handlers.
    sigset_t all, saved;
    sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &saved);
    const pid_t parent = ::getpid();
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, &ws);
    if (pid != 0)
        ::pthread_sigmask(SIG_SETMASK, &saved, nullptr);
    if (pid < 0)
        return Error(
            QStringLiteral("forkpty failed: %1").arg(QString::fromLocal8Bit(strerror(errno))),
            program);
    if (pid == 0) {
        // A VM never outlives what started it: the kernel SIGKILLs the child
        // when the parent dies, even by SIGKILL (the setting survives exec).
        // If the parent died before this line, getppid() already changed.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(126);
        // The parent's handlers (Qt Test installs some) must not run in the
        // child before exec replaces it.
        for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD, SIGSEGV, SIGABRT})
            ::signal(sig, SIG_DFL);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::execvp(argv[0], argv.data());
        const char msg[] = "exec failed\n";
        (void)!::write(2, msg, sizeof(msg) - 1);
        ::_exit(127);
    }
    m_pid = pid;
    m_master = master;
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    ::fcntl(m_master, F_SETFD, FD_CLOEXEC);
    m_readNotifier = new QSocketNotifier(qintptr(m_master), QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &PtyProcess::onReadable);
    m_writeNotifier = new QSocketNotifier(qintptr(m_master), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &PtyProcess::onWritable);
    // The pty does not tell us reliably when the child exits (grandchildren
    // may keep the slave open), so we poll waitpid.
    m_reaper = new QTimer(this);
    m_reaper->setInterval(50);
    connect(m_reaper, &QTimer::timeout, this, &PtyProcess::pollChild);
    m_reaper->start();
    return {};
}

void PtyProcess::onReadable() {
    char buf[16384];
    for (;;) {
        const ssize_t n = ::read(m_master, buf, sizeof(buf));
        if (n > 0) {
            emit bytesReceived(QByteArray(buf, int(n)));
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            return;
        // EOF or EIO: the slave side is closed; stop listening, the reaper
        // reports the exit.
        m_readNotifier->setEnabled(false);
        return;
    }
}

void PtyProcess::write(const QByteArray &bytes) {
    if (m_master < 0 || m_finished)
        return;
    m_pending += bytes;
    onWritable();
}

void PtyProcess::onWritable() {
    while (!m_pending.isEmpty()) {
        const ssize_t n = ::write(m_master, m_pending.constData(), size_t(m_pending.size()));
        if (n > 0) {
            m_pending.remove(0, int(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_pending.isEmpty());
}

void PtyProcess::resize(int columns, int rows) {
    if (m_master < 0)
        return;
    winsize ws{};
    ws.ws_col = static_cast<unsigned short>(columns);
    ws.ws_row = static_cast<unsigned short>(rows);
    ::ioctl(m_master, TIOCSWINSZ, &ws);
}

void PtyProcess::terminate() {
    if (isRunning())
        ::kill(pid_t(m_pid), SIGTERM);
}

void PtyProcess::kill() {
    if (isRunning())
        ::kill(pid_t(m_pid), SIGKILL);
}

void PtyProcess::pollChild() {
    if (m_finished || m_pid <= 0)
        return;
    int status = 0;
    const pid_t r = ::waitpid(pid_t(m_pid), &status, WNOHANG);
    if (r == pid_t(m_pid))
        finish(status);
}

void PtyProcess::finish(int status) {
    // Whatever the child wrote last is still in the pty buffer.
    if (m_readNotifier && m_master >= 0) {
        m_readNotifier->setEnabled(true);
        onReadable();
        m_readNotifier->setEnabled(false);
    }
    m_finished = true;
    m_reaper->stop();
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    if (WIFEXITED(status)) {
        m_exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        m_exitSignal = WTERMSIG(status);
    }
    emit finished(m_exitCode, m_exitSignal);
}

bool PtyProcess::waitForFinished(int msecs) {
    if (m_finished)
        return true;
    if (m_pid <= 0)
        return false;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &PtyProcess::finished, &loop, &QEventLoop::quit);
    timeout.start(msecs);
    if (!m_finished)
        loop.exec();
    return m_finished;
}

} // namespace Lkc
