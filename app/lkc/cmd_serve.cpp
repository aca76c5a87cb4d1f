// SPDX-License-Identifier: Apache-2.0
// `lkc serve [--listen ADDR:PORT] [--token] FILE…`: publishes built images over
// HTTP for a machine in a rescue system to fetch and write to its disk.
#include "clitext.h"
#include "command.h"
#include "flags.h"

#include "deploy/blockdevices.h"
#include "deploy/publisher.h"

#include <QCoreApplication>
#include <QHash>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const char *kUsage = QT_TRANSLATE_NOOP(
    "lkc", "Usage: lkc serve [options] FILE…\n\n"
           "Serves built images over HTTP (with byte ranges and a NAME.sha256 beside each) and\n"
           "prints the line to run on the target machine, e.g. in a hosting provider's rescue\n"
           "system. Runs until Ctrl-C.\n\n"
           "Options:\n"
           "  --listen ADDR:PORT  address and port to listen on (127.0.0.1:8080); use\n"
           "                      0.0.0.0:PORT to let other machines in\n"
           "  --token             require a random token in every URL\n"
           "  --host NAME         host name the target uses in URLs (default: the listen\n"
           "                      address, or this machine's first IPv4 address for 0.0.0.0)\n"
           "  --device DEV        the target's disk in the printed line (/dev/sda)\n");

int s_signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char c = 1;
    (void)!::write(s_signalPipe[1], &c, 1);
}

int serveCommand(const QStringList &args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    Lkc::PublisherOptions o;
    QString listen = QStringLiteral("127.0.0.1:8080");
    const Lkc::Cli::ParsedFlags flags = Lkc::Cli::parseFlags(
        QStringLiteral("serve"), kUsage, args,
        {QStringLiteral("listen"), QStringLiteral("host"), QStringLiteral("device")},
        {QStringLiteral("token")});
    if (flags.exitCode >= 0)
        return flags.exitCode;
    o.requireToken = flags.switches.contains(QLatin1String("token"));
    for (const auto &[name, value] : flags.values) {
        if (name == QLatin1String("listen"))
            listen = value;
        else if (name == QLatin1String("host"))
            o.advertiseHost = value;
        else
            o.targetDevice = value;
    }
    const QStringList &files = flags.positional;
    if (files.isEmpty()) {
        err << Lkc::Cli::Text::tr("lkc serve: name at least one image to serve\n\n")
            << Lkc::Cli::Text::tr(kUsage);
        return 2;
    }
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon < 0 ? -1 : listen.mid(colon + 1).toInt(&portOk);
    QString host = colon < 0 ? listen : listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port < 0 || port > 65535 || !o.address.setAddress(host)) {
        err << Lkc::Cli::Text::tr(
                   "lkc serve: --listen takes ADDR:PORT with a numeric address (127.0.0.1:8080, "
                   "0.0.0.0:8080), got '")
            << listen << "'\n";
        return 2;
    }
    o.port = quint16(port);

    Lkc::Publisher publisher;
    for (const QString &f : files) {
        err << "Hashing " << f << " …\n";
        err.flush();
        if (Lkc::Status st = publisher.addFile(f); !st) {
            err << Lkc::Cli::Text::tr("lkc serve: ") << st.error().toString() << "\n";
            return 1;
        }
    }
    if (Lkc::Status st = publisher.start(o); !st) {
        err << Lkc::Cli::Text::tr("lkc serve: ") << st.error().toString() << "\n";
        return 1;
    }
    out << Lkc::Cli::Text::tr("Serving on ") << publisher.baseUrl()
        << Lkc::Cli::Text::tr(" (listening on ") << o.address.toString() << ":" << publisher.port()
        << ")\n";
    if (o.address.isLoopback())
        out << Lkc::Cli::Text::tr(
            "Only this machine (and its VMs, as 10.0.2.2) can connect; use --listen "
            "0.0.0.0:PORT for others.\n");
    for (const Lkc::PublishedFile &f : publisher.files()) {
        out << "\n"
            << f.name << "  " << Lkc::humanSize(f.size) << "  sha256 " << f.sha256 << "\n"
            << Lkc::Cli::Text::tr("  On the target (erases ") << o.targetDevice << "):\n"
            << "    " << publisher.writeCommand(f) << "\n"
            << Lkc::Cli::Text::tr("  Then check:\n") << "    " << publisher.checkCommand(f) << "\n";
    }
    out << Lkc::Cli::Text::tr("\nCtrl-C stops the server.\n");
    out.flush();

    QHash<int, QString> names;
    QObject::connect(&publisher, &Lkc::Publisher::requestLogged, &publisher,
                     [&](const QString &line) {
                         err << line << "\n";
                         err.flush();
                     });
    QObject::connect(&publisher, &Lkc::Publisher::downloadStarted, &publisher,
                     [&](int id, const QString &name, const QString &peer, qint64, qint64 len) {
                         names.insert(id, name);
                         err << "[" << id << "] " << peer << " fetching " << name << " ("
                             << Lkc::humanSize(len) << ")\n";
                         err.flush();
                     });
    qint64 lastPercent = -1;
    QObject::connect(&publisher, &Lkc::Publisher::downloadProgress, &publisher,
                     [&](int id, qint64 sent, qint64 len) {
                         const qint64 pct = len > 0 ? sent * 100 / len : 100;
                         if (pct / 10 == lastPercent / 10 && pct != 100)
                             return;
                         lastPercent = pct;
                         err << "[" << id << "] " << pct << "% (" << Lkc::humanSize(sent) << ")\n";
                         err.flush();
                     });
    QObject::connect(&publisher, &Lkc::Publisher::downloadFinished, &publisher,
                     [&](int id, bool complete) {
                         err << "[" << id << "] " << names.take(id)
                             << (complete ? " sent completely\n" : " interrupted\n");
                         err.flush();
                         lastPercent = -1;
                     });

    // SIGINT/SIGTERM/SIGHUP end the event loop, so the port is closed cleanly.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalPipe) != 0) {
        err << Lkc::Cli::Text::tr("lkc serve: socketpair failed\n");
        return 1;
    }
    QSocketNotifier notifier(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &publisher, [&] {
        char c;
        (void)!::read(s_signalPipe[0], &c, 1);
        publisher.stop();
        QCoreApplication::quit();
    });
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        ::sigaction(sig, &sa, nullptr);
    QCoreApplication::exec();
    err << "Stopped.\n";
    return 0;
}

const Lkc::Cli::RegisterCommand registerServe{
    {QStringLiteral("serve"),
     QString::fromUtf8(
         QT_TRANSLATE_NOOP("lkc", "Publish images over HTTP with the line to run on the target")),
     serveCommand}};

} // namespace
