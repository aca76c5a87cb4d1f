// SPDX-License-Identifier: Apache-2.0
// `lkc cache ls|rm|clean|verify|export|import`: the image store (LinuxKit's cache).
#include "clitext.h"
#include "command.h"

#include "build/buildcache.h"

#include "image/contentstore.h"
#include "image/imageimporter.h"
#include "image/imageref.h"
#include "image/ociarchiveexporter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace {

const char *kUsage = QT_TRANSLATE_NOOP(
    "lkc",
    "Usage: lkc cache [--cache DIR] COMMAND …\n\n"
    "The image store: an OCI layout shared with linuxkit ($LINUXKIT_CACHE or "
    "~/.linuxkit/cache).\n\n"
    "  ls                         list stored images (name, digest) and the build cache's size\n"
    "  rm REF…                    remove names (blobs stay until `clean`)\n"
    "  clean                      delete blobs no image uses, stale downloads and the build "
    "cache\n"
    "  prune [--max-size SIZE]    trim the build cache to SIZE (e.g. 2G; default "
    "$LKC_BUILD_CACHE_MAX or 10G), least recently used first\n"
    "  verify [--fix]             re-hash every blob and build cache entry; --fix deletes "
    "damaged ones (a build makes or fetches them again)\n"
    "  export REF -o FILE.tar     write an OCI archive (skopeo: oci-archive:FILE.tar)\n"
    "  import PATH [--ref REF]    import an OCI layout dir, OCI archive or docker save tar\n"
    "  pull REF…                  same as `lkc pull`\n");

// The name a user's REF has in the store: its LinuxKit expansion, or the text as written
// when that is what the index holds.
QString storeName(const Lkc::ContentStore &store, const QString &given) {
    auto ref = Lkc::ImageRef::parse(given);
    if (ref && store.hasEntry(ref->expanded()))
        return ref->expanded();
    if (store.hasEntry(given))
        return given;
    return ref ? ref->expanded() : given;
}

QString humanBytes(qint64 n) {
    if (n >= 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(double(n) / (1024.0 * 1024.0), 0, 'f', 1);
    if (n >= 1024)
        return QStringLiteral("%1 KiB").arg(double(n) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 B").arg(n);
}

int runCache(const QStringList &argsIn) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = argsIn;
    QString cacheDir;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--cache"))) {
        const QString a = args.takeFirst();
        if (a.startsWith(QLatin1String("--cache="))) {
            cacheDir = a.mid(8);
        } else if (!args.isEmpty()) {
            cacheDir = args.takeFirst();
        } else {
            err << Lkc::Cli::Text::tr(kUsage);
            return 2;
        }
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? err : out) << Lkc::Cli::Text::tr(kUsage);
        return args.isEmpty() ? 2 : 0;
    }
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("pull")) {
        const Lkc::Cli::Command *pull = Lkc::Cli::CommandRegistry::find(QStringLiteral("pull"));
        if (!pull) {
            err << Lkc::Cli::Text::tr("lkc cache pull: not built\n");
            return 1;
        }
        QStringList pullArgs = args;
        if (!cacheDir.isEmpty())
            pullArgs.prepend(QStringLiteral("--cache=") + cacheDir);
        return pull->run(pullArgs);
    }

    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("cache"), Lkc::Cli::Text::tr("Image store."), QStringLiteral("DIR")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Lkc::Cli::Text::tr("Output file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("ref"), Lkc::Cli::Text::tr("Name for the imported image."),
                      QStringLiteral("REF")});
    parser.addOption({QStringLiteral("fix"), Lkc::Cli::Text::tr("Delete bad blobs.")});
    parser.addOption({QStringLiteral("max-size"), Lkc::Cli::Text::tr("Build cache limit."),
                      QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("format"), Lkc::Cli::Text::tr("Export format (oci)."),
                      QStringLiteral("FMT"), QStringLiteral("oci")});
    if (!parser.parse(QStringList{QStringLiteral("lkc cache ") + sub} + args)) {
        err << Lkc::Cli::Text::tr("lkc cache ") << sub << ": " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("cache")))
        cacheDir = parser.value(QStringLiteral("cache"));
    const QStringList positional = parser.positionalArguments();
    const bool readOnly = sub == QLatin1String("ls") || sub == QLatin1String("export");
    auto store =
        readOnly &&
                !QFileInfo::exists(cacheDir.isEmpty() ? Lkc::ContentStore::defaultPath() : cacheDir)
            ? Lkc::ContentStore::open(cacheDir)
            : Lkc::ContentStore::open(cacheDir, readOnly ? Lkc::ContentStore::Access::ReadOnly
                                                         : Lkc::ContentStore::Access::ReadWrite);
    if (!store) {
        err << Lkc::Cli::Text::tr("lkc cache ") << sub << ": " << store.error().toString() << "\n";
        return 1;
    }
    Lkc::JobControl job(
        [&err](const QString &line) {
            err << line << "\n";
            err.flush();
        },
        {});

    // Derived from the store (flattened images, compressed sections); `lkc build` keeps it here.
    const Lkc::BuildCache buildCache(store->path() + QStringLiteral("/lkc-build-cache"));
    if (sub == QLatin1String("prune")) {
        qint64 limit = Lkc::BuildCache::defaultMaxBytes();
        if (parser.isSet(QStringLiteral("max-size"))) {
            limit = Lkc::BuildCache::parseSize(parser.value(QStringLiteral("max-size")));
            if (limit < 0) {
                err << Lkc::Cli::Text::tr(
                           "lkc cache prune: --max-size wants a size such as 500M or 2G, not '")
                    << parser.value(QStringLiteral("max-size")) << "'\n";
                return 2;
            }
        }
        const qint64 freed = buildCache.trim(limit);
        out << "Freed " << humanBytes(freed) << Lkc::Cli::Text::tr("; the build cache holds ")
            << humanBytes(buildCache.usage().total()) << " (limit " << humanBytes(limit) << ")\n";
        return 0;
    }
    if (sub == QLatin1String("ls")) {
        auto entries = store->entries();
        if (!entries) {
            err << Lkc::Cli::Text::tr("lkc cache ls: ") << entries.error().toString() << "\n";
            return 1;
        }
        for (const Lkc::Descriptor &d : *entries)
            out << d.refName() << "\t" << d.digest.toString() << "\n";
        const Lkc::BuildCache::Usage u = buildCache.usage();
        if (u.total() > 0)
            out << Lkc::Cli::Text::tr("build cache ") << buildCache.dir() << ": " << u.flattened
                << Lkc::Cli::Text::tr(" flattened image(s) ") << humanBytes(u.flattenedBytes)
                << ", " << u.sections << " section(s) " << humanBytes(u.sectionBytes)
                << ", leftovers " << humanBytes(u.leftoverBytes) << "; total "
                << humanBytes(u.total()) << " of a "
                << humanBytes(Lkc::BuildCache::defaultMaxBytes()) << " limit\n";
        return 0;
    }
    if (sub == QLatin1String("rm")) {
        if (positional.isEmpty()) {
            err << Lkc::Cli::Text::tr("Usage: lkc cache rm REF…\n");
            return 2;
        }
        int rc = 0;
        for (const QString &given : positional) {
            const QString name = storeName(*store, given);
            if (Lkc::Status s = store->removeEntry(name); !s) {
                err << Lkc::Cli::Text::tr("lkc cache rm: ") << s.error().toString() << "\n";
                rc = 1;
            } else {
                out << "Removed " << name << "\n";
            }
        }
        return rc;
    }
    if (sub == QLatin1String("clean")) {
        Lkc::ContentStore::CleanReport report;
        auto freed = store->removeUnreferenced(&report);
        if (!freed) {
            err << Lkc::Cli::Text::tr("lkc cache clean: ") << freed.error().toString() << "\n";
            return 1;
        }
        out << "Freed " << humanBytes(*freed + buildCache.clear()) << "\n";
        if (report.staleTempsRemoved > 0)
            out << "Removed " << report.staleTempsRemoved
                << Lkc::Cli::Text::tr(
                       " leftover temp file(s) of pulls or imports that were stopped\n");
        if (report.youngBlobsKept > 0)
            out << "Kept " << report.youngBlobsKept
                << Lkc::Cli::Text::tr(
                       " recent unnamed blob(s): a pull or import is running and may name them\n");
        return 0;
    }
    if (sub == QLatin1String("verify")) {
        auto report = store->verify(job, parser.isSet(QStringLiteral("fix")));
        if (!report) {
            err << Lkc::Cli::Text::tr("lkc cache verify: ") << report.error().toString() << "\n";
            return 1;
        }
        const bool fix = parser.isSet(QStringLiteral("fix"));
        auto built = buildCache.verify(job, fix);
        if (!built) {
            err << Lkc::Cli::Text::tr("lkc cache verify: ") << built.error().toString() << "\n";
            return 1;
        }
        for (const QString &p : report->problems + report->missing + built->problems)
            out << p << "\n";
        const qsizetype damaged = report->problems.size() + built->problems.size();
        out << report->blobsChecked << " blobs (" << humanBytes(report->bytesChecked) << ") and "
            << built->entriesChecked << Lkc::Cli::Text::tr(" build cache entries (")
            << humanBytes(built->bytesChecked) << ") checked, " << damaged << " damaged, "
            << report->missing.size() << Lkc::Cli::Text::tr(" missing blob(s)\n");
        if (fix) {
            const qsizetype repaired = report->removed + built->removed;
            out << repaired << Lkc::Cli::Text::tr(" damaged file(s) removed");
            if (!report->missing.isEmpty() || report->removed > 0)
                out << Lkc::Cli::Text::tr(
                    "; the next build (or `lkc pull`) fetches the missing blobs again");
            out << "\n";
            // Repaired: nothing damaged is left for a build to read.
            return repaired == damaged ? 0 : 1;
        }
        return damaged == 0 && report->missing.isEmpty() ? 0 : 1;
    }
    if (sub == QLatin1String("export")) {
        if (positional.size() != 1 || !parser.isSet(QStringLiteral("output"))) {
            err << Lkc::Cli::Text::tr("Usage: lkc cache export REF -o FILE.tar\n");
            return 2;
        }
        if (parser.value(QStringLiteral("format")) != QLatin1String("oci")) {
            err << Lkc::Cli::Text::tr("lkc cache export: only --format oci is implemented\n");
            return 2;
        }
        const QString name = storeName(*store, positional.first());
        if (Lkc::Status s = Lkc::OciArchiveExporter::write(
                *store, name, parser.value(QStringLiteral("output")), job);
            !s) {
            err << Lkc::Cli::Text::tr("lkc cache export: ") << s.error().toString() << "\n";
            return 1;
        }
        err << "Exported " << name << " to " << parser.value(QStringLiteral("output")) << "\n";
        return 0;
    }
    if (sub == QLatin1String("import")) {
        if (positional.size() != 1) {
            err << Lkc::Cli::Text::tr("Usage: lkc cache import PATH [--ref REF]\n");
            return 2;
        }
        auto names = Lkc::ImageImporter::importPath(positional.first(), *store,
                                                    parser.value(QStringLiteral("ref")), job);
        if (!names) {
            err << Lkc::Cli::Text::tr("lkc cache import: ") << names.error().toString() << "\n";
            return 1;
        }
        for (const QString &n : *names)
            out << n << "\n";
        return 0;
    }
    err << Lkc::Cli::Text::tr("lkc cache: unknown command '") << sub << "'\n\n"
        << Lkc::Cli::Text::tr(kUsage);
    return 2;
}

const Lkc::Cli::RegisterCommand registerCache({
    QStringLiteral("cache"),
    QString::fromUtf8(
        QT_TRANSLATE_NOOP("lkc", "List, remove, clean, verify, import and export stored images")),
    runCache,
});

} // namespace
