// SPDX-License-Identifier: Apache-2.0
// Build benchmark: a small and a >= 300 MB workload, each built cold (empty store,
// pulled from a loopback registry; and with the images in the store), warm, after
// one edit (kernel+initrd) and in three formats, in child processes so peak RSS is
// per build; beside the floor of `zcat` of the layers and `gzip -6` of the same
// cpio, and libdeflate vs zlib on the initrd bytes. Prints figures (with the load
// average, since the machine may be shared); asserts nothing.
#include "../integration/buildworkload.h"
#include "build/buildjob.h"
#include "build/gzipmemberwriter.h"
#include "registryfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <sys/resource.h>
#include <zlib.h>

using namespace Lkc;

namespace {

QTextStream out(stdout);

// Child: one build, then "key=value" figures on stdout.
int buildOnce(const QString &configPath, const QString &store, const QString &cache,
              const QString &outDir, const QString &formats, bool online) {
    const ConfigReadResult read = ConfigReader::readFile(configPath);
    BuildPlan plan;
    plan.config = read.config;
    plan.formats = formats.split(QLatin1Char(','));
    plan.outputDir = outDir;
    plan.name = QStringLiteral("bench");
    plan.storePath = store;
    plan.cacheDir = cache;
    plan.offline = !online;
    plan.registry.dockerConfigDir = outDir + QStringLiteral("-no-docker-config");
    Result<BuildPlan> checked = BuildPlan::create(plan);
    if (!checked) {
        out << "error=" << checked.error().toString() << '\n';
        return 1;
    }
    BuildJob job(*checked);
    Result<BuildResult> r = job.run();
    if (!r) {
        out << "error=" << r.error().toString() << '\n';
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "seconds=" << r->seconds << " bytes=" << r->rootfsBytes
        << " flattened=" << r->imagesFlattened << " cached=" << r->imagesFromCache
        << " reused=" << r->sectionsReplayed << " produced=" << r->sectionsProduced
        << " rss_mb=" << double(usage.ru_maxrss) / 1024.0 << " cpu_s="
        << double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
               double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        << '\n';
    return 0;
}

QMap<QString, QString> runChild(const QStringList &args) {
    const Test::ProcessResult r =
        Test::runProcess(QCoreApplication::applicationFilePath(),
                         QStringList{QStringLiteral("--one")} + args, 1800000);
    QMap<QString, QString> figures;
    for (const QString &kv :
         QString::fromUtf8(r.out).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        figures.insert(kv.left(eq), kv.mid(eq + 1));
    }
    if (r.exitCode != 0)
        figures.insert(QStringLiteral("error"), QString::fromUtf8(r.out + r.err).trimmed());
    return figures;
}

double timeShell(const QString &script) {
    QElapsedTimer t;
    t.start();
    Test::runProcess(QStringLiteral("bash"), {QStringLiteral("-c"), script}, 1800000);
    return double(t.elapsed()) / 1000.0;
}

// libdeflate (our writer) vs zlib, both level 6, on the same 1 MiB chunks.
void compareCompressors(const QString &cpioPath) {
    QFile f(cpioPath);
    if (!f.open(QIODevice::ReadOnly))
        return;
    qint64 in = 0, outDeflate = 0, outZlib = 0;
    qint64 nsDeflate = 0, nsZlib = 0;
    QElapsedTimer t;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        in += chunk.size();
        t.start();
        outDeflate += GzipMemberWriter::compressMember(chunk, 6).size();
        nsDeflate += t.nsecsElapsed();
        t.start();
        z_stream zs{};
        deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
        QByteArray buf(qsizetype(deflateBound(&zs, uLong(chunk.size()))) + 64, Qt::Uninitialized);
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        zs.avail_in = uInt(chunk.size());
        zs.next_out = reinterpret_cast<Bytef *>(buf.data());
        zs.avail_out = uInt(buf.size());
        deflate(&zs, Z_FINISH);
        outZlib += qint64(zs.total_out);
        deflateEnd(&zs);
        nsZlib += t.nsecsElapsed();
    }
    const double mb = double(in) / 1e6;
    out << QStringLiteral("  gzip level 6 on %1 MB of cpio: libdeflate %2 MB/s ratio %3 | zlib %4 "
                          "MB/s ratio %5\n")
               .arg(mb, 0, 'f', 1)
               .arg(mb / (double(nsDeflate) / 1e9), 0, 'f', 1)
               .arg(double(outDeflate) / double(in), 0, 'f', 3)
               .arg(mb / (double(nsZlib) / 1e9), 0, 'f', 1)
               .arg(double(outZlib) / double(in), 0, 'f', 3);
}

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("?");
}

// Pushes the workload's images to `registry` and returns the config naming them there.
QString pushWorkload(const Test::RegistryFixture &registry, const Test::BuildWorkload &work,
                     QString *error) {
    QStringList refs = {QStringLiteral("lkc.test/kernel:1"), QStringLiteral("lkc.test/init:1")};
    for (int i = 0; i < work.services; ++i)
        refs.append(QStringLiteral("lkc.test/svc%1:1").arg(i));
    for (const QString &ref : refs)
        if (!registry.push(QStringLiteral("oci:") + work.store + QLatin1Char(':') + ref, ref, false,
                           error))
            return {};
    QString text = work.configText;
    text.replace(QStringLiteral("lkc.test/"), registry.host() + QStringLiteral("/lkc.test/"));
    return text;
}

void benchWorkload(const QString &label, int services, qint64 bytesPerService) {
    const QString dir = Test::scratchDir(QStringLiteral("bench-") + label);
    Test::BuildWorkload work;
    QElapsedTimer made;
    made.start();
    if (const QString e = Test::makeWorkload(dir, services, bytesPerService, &work); !e.isEmpty()) {
        out << label << ": cannot make the workload: " << e << '\n';
        return;
    }
    const QString config = dir + QStringLiteral("/bench.yml");
    QString edited = work.configText;
    edited.replace(QStringLiteral("N=1\n"), QStringLiteral("N=edited\n"));
    const QString editedConfig = dir + QStringLiteral("/bench-edited.yml");
    for (const auto &[path, text] :
         {std::pair{config, work.configText}, std::pair{editedConfig, edited}}) {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
    }
    out << QStringLiteral("\n== %1: %2 services, %3 MB of files in images (made in %4 s)\n")
               .arg(label)
               .arg(services)
               .arg(double(work.payloadBytes) / 1e6, 0, 'f', 1)
               .arg(double(made.elapsed()) / 1000.0, 0, 'f', 1);
    const QString cache = dir + QStringLiteral("/cache");
    const QString outDir = dir + QStringLiteral("/out");
    Test::RegistryFixture registry;
    QString pulledConfig;
    if (QString why; !registry.start(&why)) {
        out << "  (no loopback registry: " << why << ")\n";
    } else {
        const QString text = pushWorkload(registry, work, &why);
        if (text.isEmpty())
            out << "  (cannot push to the loopback registry: " << why << ")\n";
        pulledConfig = dir + QStringLiteral("/bench-pulled.yml");
        QFile f(pulledConfig);
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
    }
    const QString initrdOnly = QStringLiteral("kernel+initrd");
    const QString three = QStringLiteral("kernel+initrd,iso-bios,raw-bios");
    struct Case {
        QString name, config, formats, store, cache;
        bool online = false;
    };
    const QString pullStore = dir + QStringLiteral("/pulled-store");
    const QString threeCache = dir + QStringLiteral("/cache-3");
    QList<Case> cases;
    if (!pulledConfig.isEmpty())
        cases.append(Case{QStringLiteral("cold+pull"), pulledConfig, initrdOnly, pullStore,
                          pullStore + QStringLiteral("/cache"), true});
    cases += {Case{QStringLiteral("cold"), config, initrdOnly, work.store, cache},
              Case{QStringLiteral("warm"), config, initrdOnly, work.store, cache},
              Case{QStringLiteral("warm"), config, initrdOnly, work.store, cache},
              Case{QStringLiteral("one edit"), editedConfig, initrdOnly, work.store, cache},
              Case{QStringLiteral("3 fmt cold"), config, three, work.store, threeCache},
              Case{QStringLiteral("3 fmt warm"), config, three, work.store, threeCache}};
    for (const Case &c : cases) {
        const QString &name = c.name;
        const QMap<QString, QString> f =
            runChild({c.config, c.store, c.cache, outDir, c.formats,
                      c.online ? QStringLiteral("online") : QStringLiteral("offline")});
        if (f.contains(QStringLiteral("error"))) {
            out << "  " << name << ": " << f.value(QStringLiteral("error")) << '\n';
            continue;
        }
        const double seconds = f.value(QStringLiteral("seconds")).toDouble();
        const double mb = f.value(QStringLiteral("bytes")).toDouble() / 1e6;
        out << QStringLiteral(
                   "  %1: %2 s (CPU %11 s), %3 MB streamed, %4 MB/s, peak RSS %5 MB, images "
                   "flattened %6 / from cache %7, sections replayed %8 / made %9, load %10\n")
                   .arg(name, -10)
                   .arg(seconds, 0, 'f', 2)
                   .arg(mb, 0, 'f', 1)
                   .arg(mb / seconds, 0, 'f', 1)
                   .arg(f.value(QStringLiteral("rss_mb")).toDouble(), 0, 'f', 1)
                   .arg(f.value(QStringLiteral("flattened")), f.value(QStringLiteral("cached")),
                        f.value(QStringLiteral("reused")), f.value(QStringLiteral("produced")),
                        loadAverage())
                   .arg(f.value(QStringLiteral("cpu_s")).toDouble(), 0, 'f', 2);
    }
    const auto du = [](const QString &path) {
        const Test::ProcessResult r =
            Test::runProcess(QStringLiteral("du"), {QStringLiteral("-sb"), path}, 60000);
        return QString::fromUtf8(r.out).section(QLatin1Char('\t'), 0, 0).toDouble() / 1e6;
    };
    out << QStringLiteral("  store %1 MB (blobs %2 MB), build cache %3 MB\n")
               .arg(du(work.store), 0, 'f', 1)
               .arg(du(work.store + QStringLiteral("/blobs")), 0, 'f', 1)
               .arg(du(cache), 0, 'f', 1);
    if (!pulledConfig.isEmpty())
        out << QStringLiteral("  store after cold+pull: %1 MB in all (blobs %2 MB, build cache %3 "
                              "MB)\n")
                   .arg(du(pullStore), 0, 'f', 1)
                   .arg(du(pullStore + QStringLiteral("/blobs")), 0, 'f', 1)
                   .arg(du(pullStore + QStringLiteral("/cache")), 0, 'f', 1);
    const QString initrd = outDir + QStringLiteral("/bench-initrd.img");
    out << QStringLiteral("  initrd %1 MB gzip'd, kernel %2 MB\n")
               .arg(double(QFileInfo(initrd).size()) / 1e6, 0, 'f', 1)
               .arg(double(QFileInfo(outDir + QStringLiteral("/bench-kernel")).size()) / 1e6, 0,
                    'f', 1);

    // The floor: read every layer once, compress the cpio once.
    const QString cpio = dir + QStringLiteral("/initrd.cpio");
    Test::runProcess(QStringLiteral("bash"),
                     {QStringLiteral("-c"), QStringLiteral("zcat '%1' > '%2'").arg(initrd, cpio)},
                     600000);
    const double zcat = timeShell(
        QStringLiteral(
            "find '%1/blobs/sha256' -type f -size +1k | while read f; do "
            "if [ \"$(head -c2 \"$f\" | od -An -tx1 | tr -d ' ')\" = 1f8b ]; then zcat \"$f\"; fi; "
            "done > /dev/null")
            .arg(work.store));
    const double gzip = timeShell(QStringLiteral("gzip -6 -c '%1' > /dev/null").arg(cpio));
    out << QStringLiteral(
               "  floor: zcat of the layers %1 s + gzip -6 of the %2 MB cpio %3 s = %4 s\n")
               .arg(zcat, 0, 'f', 2)
               .arg(double(QFileInfo(cpio).size()) / 1e6, 0, 'f', 1)
               .arg(gzip, 0, 'f', 2)
               .arg(zcat + gzip, 0, 'f', 2);
    compareCompressors(cpio);
    QFile::remove(cpio);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 8 && args[1] == QLatin1String("--one"))
        return buildOnce(args[2], args[3], args[4], args[5], args[6],
                         args[7] == QLatin1String("online"));
    out << "compressing threads: " << GzipMemberWriter::threadCount()
        << " ($LKC_BUILD_THREADS), load average " << loadAverage() << '\n';
    const bool quick = args.contains(QStringLiteral("--small-only"));
    benchWorkload(QStringLiteral("small"), 3, 2 << 20);
    if (!quick)
        benchWorkload(QStringLiteral("large"), 12, 26 << 20);
    out.flush();
    return 0;
}
