// SPDX-License-Identifier: Apache-2.0
// `lkc build [flags] FILE.yml…`: LinuxKit's `linuxkit build` as a thin view of
// a BuildJob: its flags (and the 2017 single-dash ones), its progress wording on
// stderr, a progress bar when stderr is a terminal.
#include "clitext.h"
#include "command.h"

#include "build/buildjob.h"
#include "build/configmetadata.h"
#include "build/outputs/outputwriter.h"
#include "config/configreader.h"
#include "image/contentstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <csignal>

#include <unistd.h>

namespace {

// Ctrl-C / SIGTERM cancel the build, so its staging directory is removed.
volatile std::sig_atomic_t g_interrupted = 0;
void onSignal(int) {
    g_interrupted = 1;
}

QString usage() {
    return QStringLiteral(
               "Usage: lkc build [flags] FILE.yml…\n\n"
               "Builds a LinuxKit image from one or more configs (merged in order), with no\n"
               "Docker daemon. FILE may be - for standard input.\n\n"
               "Flags (LinuxKit's; the 2017 single-dash forms -output, -format, -name, -dir work "
               "too):\n"
               "  -f, --format FMT   output format, repeatable and comma-separated\n"
               "                     (default kernel+initrd, or tar with --o). Built: %1.\n"
               "                     Not built by lkc (LinuxKit has them): %2\n"
               "  --name NAME        base name of the outputs (default: the last config's name)\n"
               "  --dir DIR          output directory (default: current directory)\n"
               "  --o FILE           one output file, or - for stdout (tar and docker only)\n"
               "  --arch ARCH        target platform linux/ARCH (default amd64)\n"
               "  --cache DIR        image store (default $LINUXKIT_CACHE or ~/.linuxkit/cache)\n"
               "  --pull             always fetch images from the registry\n"
               "  --offline          never contact a registry: every image must be in the store\n"
               "  --mirror REG=URL   fetch images of registry REG from URL (repeatable)\n"
               "  --cert-file FILE   extra CA certificate (PEM) for registries\n"
               "  --insecure-registry HOST  allow plain HTTP for HOST (loopback always is)\n"
               "  --size SIZE        disk size for aws/qcow2-bios (default 1024M)\n"
               "  --dry-run          print the merged config as YAML and exit\n"
               "  --no-sbom          accepted for compatibility: lkc writes no SBOM yet, so\n"
               "                     every build is as if --no-sbom had been given\n"
               "  -q, --quiet        only errors\n"
               "  -h, --help         this help\n")
        .arg(Lkc::availableOutputFormats().join(QStringLiteral(", ")),
             Lkc::unbuiltOutputFormats().join(QStringLiteral(", ")));
}

// "--x v", "--x=v", "-x v", "-x=v" for the names in `names`.
bool takeValue(const QStringList &args, qsizetype &i, const QStringList &names, QString *value,
               bool *missing) {
    const QString &arg = args[i];
    for (const QString &n : names) {
        if (arg == n) {
            if (i + 1 >= args.size()) {
                *missing = true;
                return true;
            }
            *value = args[++i];
            return true;
        }
        if (arg.startsWith(n + QLatin1Char('='))) {
            *value = arg.mid(n.size() + 1);
            return true;
        }
    }
    return false;
}

qint64 parseSizeMiB(const QString &text, bool *ok) {
    QString t = text.trimmed().toUpper();
    qint64 factor = 1024; // G or no suffix: GiB
    if (t.endsWith(QLatin1Char('M'))) {
        factor = 1;
        t.chop(1);
    } else if (t.endsWith(QLatin1Char('G'))) {
        t.chop(1);
    }
    return t.toLongLong(ok) * factor;
}

class ProgressView {
public:
    explicit ProgressView(bool quiet)
        : m_quiet(quiet)
        , m_tty(isatty(STDERR_FILENO) == 1)
        , m_err(stderr) {}
    void line(const QString &text) {
        if (m_quiet)
            return;
        clearBar();
        m_err << text << '\n';
        m_err.flush();
    }
    void bar(qint64 done, qint64 total) {
        if (m_quiet || !m_tty || total <= 0)
            return;
        const int width = 30;
        const int filled = int(qMin<qint64>(width, done * width / total));
        m_err << "\r[" << QString(filled, QLatin1Char('#'))
              << QString(width - filled, QLatin1Char(' ')) << "] " << int(done * 100 / total)
              << "% " << QString::number(double(done) / 1e6, 'f', 1) << "/"
              << QString::number(double(total) / 1e6, 'f', 1) << " MB";
        m_err.flush();
        m_barShown = true;
    }
    void clearBar() {
        if (!m_barShown)
            return;
        m_err << "\r\033[K";
        m_barShown = false;
    }

private:
    bool m_quiet;
    bool m_tty;
    QTextStream m_err;
    bool m_barShown = false;
};

int runBuild(const QStringList &args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    Lkc::BuildPlan plan;
    plan.formats.clear();
    QStringList files;
    bool dryRun = false, quiet = false, nameGiven = false, dirGiven = false;
    QString sizeText;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        QString value;
        bool missing = false;
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            out << usage();
            return 0;
        }
        if (takeValue(args, i,
                      {QStringLiteral("--format"), QStringLiteral("-f"), QStringLiteral("-format"),
                       QStringLiteral("-output"), QStringLiteral("--output")},
                      &value, &missing)) {
            plan.formats.append(value);
        } else if (takeValue(args, i, {QStringLiteral("--name"), QStringLiteral("-name")}, &value,
                             &missing)) {
            plan.name = value;
            nameGiven = true;
        } else if (takeValue(args, i, {QStringLiteral("--dir"), QStringLiteral("-dir")}, &value,
                             &missing)) {
            plan.outputDir = value;
            dirGiven = true;
        } else if (takeValue(args, i, {QStringLiteral("--o"), QStringLiteral("-o")}, &value,
                             &missing)) {
            plan.outputFile = value;
        } else if (takeValue(args, i, {QStringLiteral("--arch"), QStringLiteral("-arch")}, &value,
                             &missing)) {
            plan.arch = value;
        } else if (takeValue(args, i, {QStringLiteral("--cache"), QStringLiteral("-cache")}, &value,
                             &missing)) {
            plan.storePath = value;
        } else if (takeValue(args, i, {QStringLiteral("--size"), QStringLiteral("-size")}, &value,
                             &missing)) {
            sizeText = value;
        } else if (takeValue(args, i, {QStringLiteral("--mirror")}, &value, &missing)) {
            // LinuxKit takes only REG=URL; anything else would be dropped without a word.
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == value.size() - 1) {
                err << Lkc::Cli::Text::tr(
                           "Error: --mirror needs REG=URL (e.g. docker.io=http://10.0.0.2:5000), "
                           "got: ")
                    << value << "\n";
                return 2;
            }
            plan.registry.mirrors.insert(value.left(eq), value.mid(eq + 1));
        } else if (takeValue(args, i, {QStringLiteral("--cert-file")}, &value, &missing)) {
            plan.registry.certFile = value;
        } else if (takeValue(args, i, {QStringLiteral("--insecure-registry")}, &value, &missing)) {
            plan.registry.insecureRegistries.append(value);
        } else if (arg == QLatin1String("--offline")) {
            plan.offline = true;
        } else if (arg == QLatin1String("--pull") || arg == QLatin1String("-pull")) {
            plan.pull = true;
        } else if (arg == QLatin1String("--dry-run")) {
            dryRun = true;
        } else if (arg == QLatin1String("--no-sbom") || arg == QLatin1String("-no-sbom")) {
            // No SBOM is written yet; accepted so LinuxKit command lines work.
        } else if (arg == QLatin1String("-q") || arg == QLatin1String("--quiet")) {
            quiet = true;
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            err << Lkc::Cli::Text::tr("Error: unknown flag: ") << arg << "\n\n" << usage();
            return 2;
        } else {
            files.append(arg);
        }
        if (missing) {
            err << Lkc::Cli::Text::tr("Error: flag needs an argument: ") << arg << "\n";
            return 2;
        }
    }
    for (const QString &m : QString::fromLocal8Bit(qgetenv("LINUXKIT_MIRROR"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == m.size() - 1) {
            err << Lkc::Cli::Text::tr("Error: LINUXKIT_MIRROR entries need REG=URL, got: ") << m
                << "\n";
            return 2;
        }
        if (!plan.registry.mirrors.contains(m.left(eq)))
            plan.registry.mirrors.insert(m.left(eq), m.mid(eq + 1));
    }
    if (files.isEmpty()) {
        err << Lkc::Cli::Text::tr("Error: no config file given\n\n") << usage();
        return 2;
    }
    if (!sizeText.isEmpty()) {
        bool ok = false;
        plan.diskSizeMiB = parseSizeMiB(sizeText, &ok);
        if (!ok) {
            err << Lkc::Cli::Text::tr("Error: cannot parse --size ") << sizeText << "\n";
            return 2;
        }
    }
    if (!plan.outputFile.isEmpty() && (nameGiven || dirGiven)) {
        err << Lkc::Cli::Text::tr("Error: --o cannot be used together with --name or --dir\n");
        return 2;
    }
    if (!nameGiven)
        plan.name = files.last() == QLatin1String("-") ? QStringLiteral("moby")
                                                       : QFileInfo(files.last()).completeBaseName();

    const Lkc::ConfigReadResult read = Lkc::ConfigReader::readFiles(files);
    for (const Lkc::Diagnostic &d : read.diagnostics)
        if (!quiet || d.isError())
            err << d.toString() << '\n';
    if (!read.readable || read.hasErrors()) {
        err << Lkc::Cli::Text::tr("Error: invalid configuration file\n");
        return 1;
    }
    plan.config = read.config;
    if (dryRun) {
        out << QString::fromUtf8(Lkc::ConfigMetadata::yaml(plan.config));
        return 0;
    }

    // --o -: build into a private directory, then stream the file to stdout.
    std::unique_ptr<QTemporaryDir> stdoutDir;
    if (plan.outputFile == QLatin1String("-")) {
        stdoutDir = std::make_unique<QTemporaryDir>();
        plan.outputFile = stdoutDir->filePath(QStringLiteral("out"));
    }
    Lkc::Result<Lkc::BuildPlan> checked = Lkc::BuildPlan::create(plan);
    if (!checked) {
        err << "Error: " << checked.error().toString() << '\n';
        return 1;
    }

    Lkc::BuildJob job(*checked);
    ProgressView view(quiet);
    int exitCode = 0;
    QEventLoop loop;
    QObject::connect(&job, &Lkc::BuildJob::logLine, &loop,
                     [&view](const QString &l) { view.line(l); });
    QObject::connect(&job, &Lkc::BuildJob::progress, &loop,
                     [&view](qint64 done, qint64 total) { view.bar(done, total); });
    QObject::connect(&job, &Lkc::BuildJob::finished, &loop, [&](const Lkc::BuildResult &) {
        view.clearBar();
        loop.quit();
    });
    QObject::connect(&job, &Lkc::BuildJob::failed, &loop, [&](const Lkc::Error &e) {
        view.clearBar();
        err << "Error: " << e.toString() << '\n';
        exitCode = 1;
        loop.quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&job] {
        if (g_interrupted)
            job.requestCancel();
    });
    interruptPoll.start(100);
    job.start();
    loop.exec();
    job.wait();
    if (exitCode == 0 && stdoutDir) {
        QFile f(checked->outputFile);
        QFile so;
        if (!f.open(QIODevice::ReadOnly) || !so.open(stdout, QIODevice::WriteOnly))
            return 1;
        while (!f.atEnd())
            so.write(f.read(1 << 20));
    }
    return exitCode;
}

const Lkc::Cli::RegisterCommand registration{
    {QStringLiteral("build"),
     QString::fromUtf8(
         QT_TRANSLATE_NOOP("lkc", "build an image from LinuxKit configs (kernel+initrd, tar, …)")),
     runBuild}};

} // namespace
