// SPDX-License-Identifier: Apache-2.0
// Pull throughput: `lkc pull` beside `skopeo copy` of the same >= 300 MB multi-layer image
// from a loopback docker-registry. Prints MB/s and peak RSS (from /usr/bin/time); no asserts.
// Usage: bench_pull [total-MB (320)] [layers (6)]
#include "image/contentstore.h"
#include "image/mediatypes.h"
#include "registryfixture.h"
#include "testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Lkc;
using namespace Lkc::Test;

namespace {

struct Run {
    double seconds = 0;
    qint64 peakKb = 0;
    bool ok = false;
};

// /usr/bin/time -f "%e %M" gives wall seconds and peak RSS of the child.
Run timed(const QString &program, const QStringList &args) {
    Run run;
    const ProcessResult r = runProcess(
        QStringLiteral("/usr/bin/time"),
        QStringList{QStringLiteral("-f"), QStringLiteral("BENCH %e %M"), program} + args, 600000);
    run.ok = r.exitCode == 0;
    const QList<QByteArray> lines = r.err.split('\n');
    for (const QByteArray &l : lines) {
        if (!l.startsWith("BENCH "))
            continue;
        const QList<QByteArray> parts = l.split(' ');
        run.seconds = parts.value(1).toDouble();
        run.peakKb = parts.value(2).toLongLong();
    }
    if (!run.ok)
        fprintf(stderr, "%s failed: %s\n", qPrintable(program), r.err.constData());
    return run;
}

bool makeMultiLayerImage(const QString &layout, int layers, qint64 bytesPerLayer, QString *error) {
    QStringList names;
    for (int i = 0; i < layers; ++i) {
        const QString name = QStringLiteral("bench/part%1").arg(i);
        if (!RegistryFixture::createImage(layout, name, QStringLiteral("amd64"), bytesPerLayer,
                                          error))
            return false;
        names << QStringLiteral("docker.io/") + name;
    }
    auto store = ContentStore::open(layout);
    QJsonArray layerDescs;
    QJsonArray diffIds;
    for (const QString &n : names) {
        auto image = store->resolve(n, QStringLiteral("amd64"));
        if (!image) {
            *error = image.error().toString();
            return false;
        }
        Descriptor d;
        d.mediaType = image->layers.first().mediaType;
        d.digest = image->layers.first().digest;
        d.size = image->layers.first().size;
        layerDescs.append(d.toJson());
        diffIds.append(image->config.diffIds.first().toString());
    }
    QJsonObject config{
        {QStringLiteral("architecture"), QStringLiteral("amd64")},
        {QStringLiteral("os"), QStringLiteral("linux")},
        {QStringLiteral("config"), QJsonObject()},
        {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                               {QStringLiteral("diff_ids"), diffIds}}}};
    auto configDesc = store->writeBlob(QJsonDocument(config).toJson(QJsonDocument::Compact),
                                       QString(MediaType::OciConfig));
    QJsonObject manifest{{QStringLiteral("schemaVersion"), 2},
                         {QStringLiteral("mediaType"), QString(MediaType::OciManifest)},
                         {QStringLiteral("config"), configDesc->toJson()},
                         {QStringLiteral("layers"), layerDescs}};
    auto m = store->writeBlob(QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                              QString(MediaType::OciManifest));
    return store->setEntry(QStringLiteral("bench"), *m).ok();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 totalMb = args.size() > 1 ? args.at(1).toLongLong() : 320;
    const int layers = args.size() > 2 ? args.at(2).toInt() : 6;
    if (!RegistryFixture::toolsAvailable() || !QFile::exists(QStringLiteral("/usr/bin/time"))) {
        out << "bench_pull: needs docker-registry, skopeo and /usr/bin/time\n";
        return 0;
    }
    QTemporaryDir work;
    QString error;
    out << "Generating a " << totalMb << " MB image in " << layers << " random layers…\n";
    out.flush();
    const QString layout = work.path() + QStringLiteral("/layout");
    if (!makeMultiLayerImage(layout, layers, totalMb * 1000 * 1000 / layers, &error)) {
        out << "bench_pull: " << error << "\n";
        return 1;
    }
    RegistryFixture registry;
    if (!registry.start(&error) ||
        !registry.push(QStringLiteral("oci:") + layout + QStringLiteral(":bench"),
                       QStringLiteral("bench/big:1"), false, &error)) {
        out << "bench_pull: " << error << "\n";
        return 1;
    }
    const QString ref = registry.host() + QStringLiteral("/bench/big:1");
    qint64 bytes = 0;
    {
        auto store = ContentStore::open(layout);
        auto image = store->resolve(QStringLiteral("bench"), QStringLiteral("amd64"));
        for (const LayerBlob &l : image->layers)
            bytes += l.size;
    }
    const double mb = double(bytes) / 1e6;
    out << QStringLiteral("Image: %1 layers, %2 MB compressed, registry %3\n")
               .arg(layers)
               .arg(mb, 0, 'f', 1)
               .arg(registry.host());

    auto report = [&](const QString &what, const Run &r) {
        out << QStringLiteral("  %1 %2 s  %3 MB/s  peak RSS %4 MB%5\n")
                   .arg(what.leftJustified(26))
                   .arg(r.seconds, 6, 'f', 2)
                   .arg(r.seconds > 0 ? mb / r.seconds : 0, 7, 'f', 1)
                   .arg(double(r.peakKb) / 1024.0, 6, 'f', 1)
                   .arg(r.ok ? QString() : QStringLiteral("  (FAILED)"));
        out.flush();
    };
    for (int round = 1; round <= 2; ++round) {
        out << "Round " << round << ":\n";
        const QString cache = work.path() + QStringLiteral("/lkc-cache-%1").arg(round);
        report(QStringLiteral("lkc pull (4 parallel)"),
               timed(lkcBinary(), {QStringLiteral("pull"), QStringLiteral("--cache"), cache, ref}));
        const QString cache1 = work.path() + QStringLiteral("/lkc-cache1-%1").arg(round);
        report(QStringLiteral("lkc pull --parallel 1"),
               timed(lkcBinary(), {QStringLiteral("pull"), QStringLiteral("--parallel"),
                                   QStringLiteral("1"), QStringLiteral("--cache"), cache1, ref}));
        const QString dest = work.path() + QStringLiteral("/skopeo-%1").arg(round);
        report(QStringLiteral("skopeo copy"),
               timed(QStringLiteral("skopeo"),
                     {QStringLiteral("copy"), QStringLiteral("-q"),
                      QStringLiteral("--src-tls-verify=false"), QStringLiteral("docker://") + ref,
                      QStringLiteral("oci:") + dest + QStringLiteral(":x")}));
        QDir(cache).removeRecursively();
        QDir(cache1).removeRecursively();
        QDir(dest).removeRecursively();
    }
    return 0;
}
