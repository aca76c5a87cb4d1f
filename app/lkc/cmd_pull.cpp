// SPDX-License-Identifier: Apache-2.0
// `lkc pull REF…`: fetch images into the store (LinuxKit's cache) with live progress.
#include "clitext.h"
#include "command.h"

#include "image/contentstore.h"
#include "image/imagepuller.h"
#include "image/imageref.h"
#include "image/imageresolver.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include <unistd.h>

namespace {

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

int runPull(const QStringList &args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pulls images into the image store. An image already complete in the store is not "
        "fetched again unless --pull is given."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("cache"),
         Lkc::Cli::Text::tr("Image store (default $LINUXKIT_CACHE or ~/.linuxkit/cache)."),
         QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("arch"), Lkc::Cli::Text::tr("Architecture (amd64)."),
                      QStringLiteral("ARCH"), QStringLiteral("amd64")});
    parser.addOption({QStringLiteral("pull"), Lkc::Cli::Text::tr("Fetch even when stored.")});
    parser.addOption({QStringLiteral("cert-file"),
                      Lkc::Cli::Text::tr("Extra CA certificate (PEM)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("insecure-registry"),
                      Lkc::Cli::Text::tr("Allow plain http / unverified TLS for this registry."),
                      QStringLiteral("HOST")});
    parser.addOption(
        {QStringLiteral("mirror"),
         Lkc::Cli::Text::tr("Use URL for registry REG (e.g. docker.io=http://10.0.0.2:5000)."),
         QStringLiteral("REG=URL")});
    parser.addOption({QStringLiteral("parallel"), Lkc::Cli::Text::tr("Blobs fetched at once (4)."),
                      QStringLiteral("N"), QStringLiteral("4")});
    parser.addPositionalArgument(QStringLiteral("REF"), Lkc::Cli::Text::tr("Images to pull"),
                                 QStringLiteral("REF…"));
    if (!parser.parse(QStringList{QStringLiteral("lkc pull")} + args)) {
        err << Lkc::Cli::Text::tr("lkc pull: ") << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList refs = parser.positionalArguments();
    if (refs.isEmpty()) {
        err << Lkc::Cli::Text::tr("Usage: lkc pull [--cache DIR] [--arch ARCH] [--pull] REF…\n");
        return 2;
    }
    Lkc::RegistryOptions options;
    options.certFile = parser.value(QStringLiteral("cert-file"));
    options.insecureRegistries = parser.values(QStringLiteral("insecure-registry"));
    options.parallelBlobs = qMax(1, parser.value(QStringLiteral("parallel")).toInt());
    const QStringList mirrors = parser.values(QStringLiteral("mirror"));
    for (const QString &m : mirrors) {
        const qsizetype eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err << Lkc::Cli::Text::tr("lkc pull: --mirror must be REGISTRY=URL: ") << m << "\n";
            return 2;
        }
        options.mirrors.insert(m.left(eq), m.mid(eq + 1));
    }
    auto store = Lkc::ContentStore::open(parser.value(QStringLiteral("cache")));
    if (!store) {
        err << Lkc::Cli::Text::tr("lkc pull: ") << store.error().toString() << "\n";
        return 1;
    }
    const QString arch = parser.value(QStringLiteral("arch"));
    const bool tty = ::isatty(STDERR_FILENO);
    int rc = 0;
    for (const QString &given : refs) {
        QElapsedTimer clock;
        clock.start();
        qint64 lastDraw = -1000;
        qint64 lastPlain = -10000;
        qint64 fetched = 0;
        qint64 lastShown = -1;
        bool lineOpen = false;
        Lkc::JobControl job(
            [&](const QString &line) {
                if (lineOpen)
                    err << "\r\033[K";
                lineOpen = false;
                err << line << "\n";
                err.flush();
            },
            [&](qint64 done, qint64 total) {
                fetched = done;
                if (done == lastShown)
                    return;
                const qint64 now = clock.elapsed();
                const double seconds = qMax<qint64>(now, 1) / 1000.0;
                const QString line =
                    Lkc::Cli::Text::tr("%1: %2 / %3 MB  %4 MB/s")
                        .arg(given, megabytes(done), megabytes(total),
                             QString::number(double(done) / 1e6 / seconds, 'f', 1));
                if (tty) {
                    if (now - lastDraw < 100 && done != total)
                        return;
                    lastDraw = now;
                    lastShown = done;
                    err << "\r\033[K" << line;
                    lineOpen = true;
                } else {
                    // Logs get a line every 5 s and at the end, not a flood.
                    if (now - lastPlain < 5000 && done != total)
                        return;
                    lastPlain = now;
                    lastShown = done;
                    err << line << "\n";
                }
                err.flush();
            });
        Lkc::ImageResolver resolver(*store, options);
        resolver.setAlwaysPull(parser.isSet(QStringLiteral("pull")));
        auto image = resolver.ensure(given, arch, job);
        if (lineOpen)
            err << "\n";
        if (!image) {
            err << Lkc::Cli::Text::tr("lkc pull: ") << image.error().toString() << "\n";
            rc = 1;
            continue;
        }
        out << image->name << " " << image->root.digest.toString() << "\n";
        if (fetched > 0)
            err << "Pulled " << image->name << ": " << megabytes(fetched)
                << Lkc::Cli::Text::tr(" MB in ")
                << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s\n";
        else
            err << image->name << Lkc::Cli::Text::tr(" is up to date in ") << store->path() << "\n";
    }
    return rc;
}

const Lkc::Cli::RegisterCommand registerPull({
    QStringLiteral("pull"),
    QString::fromUtf8(QT_TRANSLATE_NOOP("lkc",
                                        "Pull images into the image store (LinuxKit's cache)")),
    runPull,
});

} // namespace
