// SPDX-License-Identifier: Apache-2.0
// `lkc run [qemu] [options] PREFIX|FILE`: boots an image under QEMU with the
// serial console on this terminal, with `linuxkit run qemu`'s options.
#include "clitext.h"
#include "command.h"

#include "build/outputs/outputstaging.h"
#include "run/lkccommandline.h"
#include "run/qemucommand.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <optional>
#include <vector>

namespace {

using Lkc::QemuOptions;

const char *kUsage = QT_TRANSLATE_NOOP(
    "lkc",
    "Usage: lkc run [qemu] [options] PREFIX|FILE\n\n"
    "Boots PREFIX-kernel/-initrd.img/-cmdline, PREFIX-kernel + PREFIX-squashfs.img,\n"
    "an .iso, or a disk image (raw, qcow2, vhd, vmdk …) under QEMU. The serial console\n"
    "is this terminal: Ctrl-A x quits, Ctrl-A c toggles the QEMU monitor.\n\n"
    "Options (one or two dashes, `-opt value` or `-opt=value`):\n"
    "  -mem MiB            memory (1024)\n"
    "  -cpus N             CPUs (1)\n"
    "  -disk [file=]PATH[,size=N(M|G)][,format=F]   extra disk, repeatable; created\n"
    "                      with qemu-img when it does not exist (state dir when no PATH)\n"
    "  -publish H:G[/tcp|udp]  forward host port H to guest port G (user networking)\n"
    "  -networking user|none   (user)\n"
    "  -accel A            accelerator; default: KVM if a probe shows it works, else TCG\n"
    "  -uefi               boot with UEFI firmware (OVMF)\n"
    "  -fw FILE            UEFI firmware (default /usr/share/ovmf/OVMF.fd, copied to the state "
    "dir)\n"
    "  -iso | -kernel | -squashfs   force the boot mode\n"
    "  -gui                open a QEMU window instead of the serial console\n"
    "  -data STRING | -data-file FILE   metadata CD with one file `config`\n"
    "  -state DIR          state directory (PREFIX-state)\n"
    "  -detached           run in the background; console to STATE/console.log\n"
    "  -qemu BINARY        (qemu-system-x86_64)\n");

// Puts the terminal in raw mode for the VM's console and restores it on exit,
// whatever happens (QEMU does the same to its stdio, but a killed QEMU leaves
// the terminal broken unless we restore it).
class RawTerminal {
public:
    RawTerminal() {
        if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios raw = m_saved;
        ::cfmakeraw(&raw);
        raw.c_oflag |= OPOST | ONLCR; // keep our own messages readable
        m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
    }
    ~RawTerminal() {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }

private:
    termios m_saved{};
    bool m_active = false;
};

// The signal that asked us to stop (0: none yet). Set by the handler, read
// by the wait loop.
volatile sig_atomic_t s_stopSignal = 0;

void onStopSignal(int sig) {
    s_stopSignal = sig;
}

// Waits for `pid`, polling so that the caller can notice signals; true when
// it ended within `ms` (status in *status).
bool waitChild(pid_t pid, int *status, int ms) {
    for (int waited = 0;; waited += 20) {
        const pid_t r = ::waitpid(pid, status, WNOHANG);
        if (r == pid || (r < 0 && errno != EINTR))
            return true;
        if (ms >= 0 && waited >= ms)
            return false;
        if (s_stopSignal && ms < 0)
            return false;
        ::usleep(20000);
    }
}

int runQemu(const QString &program, const QStringList &arguments, bool rawTerminal, bool detached) {
    std::vector<QByteArray> storage{program.toLocal8Bit()};
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    std::optional<RawTerminal> terminal;
    if (rawTerminal)
        terminal.emplace();
    // SIGTERM, SIGHUP (the terminal closed) and SIGINT stop QEMU and restore
    // the terminal instead of killing us and leaving QEMU holding the
    // state folder's pid-file lock. Installed before fork: no gap.
    struct sigaction sa {};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(sig, &sa, nullptr);
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0)
        return 1;
    if (pid == 0) {
        // Should we die anyway (SIGKILL), the kernel ends QEMU too. A
        // detached QEMU daemonizes and is meant to outlive us.
        if (!detached) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent)
                ::_exit(126);
        }
        for (int sig : {SIGTERM, SIGHUP, SIGINT})
            ::signal(sig, SIG_DFL);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    if (!waitChild(pid, &status, -1)) {
        // Asked to stop: QEMU exits cleanly on SIGTERM; SIGKILL if it will not.
        ::kill(pid, SIGTERM);
        if (!waitChild(pid, &status, 5000)) {
            ::kill(pid, SIGKILL);
            waitChild(pid, &status, 5000);
        }
        terminal.reset();
        std::fprintf(stderr, "lkc run: stopped QEMU on signal %d\n", int(s_stopSignal));
        return 128 + s_stopSignal;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int runCommand(const QStringList &argsIn) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    using Problem = Lkc::LkcCommandLine::RunProblem;
    const Lkc::LkcCommandLine::RunParse parsed = Lkc::LkcCommandLine::parseRun(argsIn);
    const QString &a = parsed.option;
    switch (parsed.problem) {
    case Problem::None:
        break;
    case Problem::Help:
        out << Lkc::Cli::Text::tr(kUsage);
        return 0;
    case Problem::NeedsValue:
        err << Lkc::Cli::Text::tr("lkc run: option -") << a
            << Lkc::Cli::Text::tr(" needs a value\n");
        return 2;
    case Problem::BadDisk:
        err << Lkc::Cli::Text::tr("lkc run: ") << parsed.detail << "\n";
        return 2;
    case Problem::UnknownOption:
        err << Lkc::Cli::Text::tr("lkc run: unknown option -") << a << "\n\n"
            << Lkc::Cli::Text::tr(kUsage);
        return 2;
    case Problem::NeedsNumber:
        err << Lkc::Cli::Text::tr("lkc run: -") << a << Lkc::Cli::Text::tr(" needs a number, got '")
            << parsed.value << "'\n";
        return 2;
    case Problem::NotOnePath:
        err << Lkc::Cli::Text::tr("lkc run: expected exactly one PREFIX or FILE\n\n")
            << Lkc::Cli::Text::tr(kUsage);
        return 2;
    case Problem::DataConflict:
        err << Lkc::Cli::Text::tr("lkc run: -data and -data-file are mutually exclusive\n");
        return 2;
    }
    QemuOptions o = parsed.options;
    if (o.accel.isEmpty())
        o.accel = QString::fromLocal8Bit(qgetenv("LINUXKIT_QEMU_ACCEL"));
    // A build killed while moving its outputs into place has decided on the new
    // set: finish its renames (as the next `lkc build` would) so that QEMU gets
    // one build's kernel and initrd, not one of each.
    Lkc::OutputStaging::recover(QFileInfo(o.path).absolutePath(), [&err](const QString &line) {
        err << Lkc::Cli::Text::tr("lkc run: ") << line << "\n";
    });

    Lkc::Result<Lkc::QemuCommand::Prepared> prep = Lkc::QemuCommand::prepare(o);
    if (!prep) {
        err << Lkc::Cli::Text::tr("lkc run: ") << prep.error().toString() << "\n";
        return 1;
    }
    for (const QString &line : prep->logLines)
        err << line << "\n";
    err << "Booting " << Lkc::bootModeName(prep->target.mode) << " image " << prep->target.prefix
        << (o.uefi ? " with UEFI" : "") << "\n";
    if (qEnvironmentVariableIsSet("LKC_RUN_PRINT_COMMAND")) {
        err << prep->program << " " << prep->arguments.join(QLatin1Char(' ')) << "\n";
    }
    err.flush();
    if (o.detached) {
        const int rc = runQemu(prep->program, prep->arguments, false, true);
        if (rc == 0)
            out << Lkc::Cli::Text::tr("Started in the background: pid in ") << prep->stateDir
                << Lkc::Cli::Text::tr("/qemu.pid, console in ") << prep->stateDir
                << "/console.log\n";
        return rc;
    }
    return runQemu(prep->program, prep->arguments, true, false);
}

const Lkc::Cli::RegisterCommand registerRun{
    {QStringLiteral("run"),
     QString::fromUtf8(
         QT_TRANSLATE_NOOP("lkc", "Boot an image under QEMU, console on this terminal")),
     runCommand}};

} // namespace
