// SPDX-License-Identifier: Apache-2.0
// Synthetic images for build tests and benchmarks, made with the image-create
// API into a store: a kernel (with kernel.tar), an init and N services whose
// payload size is chosen. No registry needed.
#pragma once

#include "config/configreader.h"
#include "image/imagebuilder.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace Lkc::Test {

struct BuildWorkload {
    QString store;
    QString configText;
    int services = 0;
    qint64 payloadBytes = 0; // file bytes across all images
};

// Writes `bytes` of half-compressible data (like binaries): random words and runs.
inline bool writePayload(const QString &path, qint64 bytes, quint32 seed) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(seed);
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    while (bytes > 0) {
        for (qsizetype i = 0; i < chunk.size(); i += 8) {
            const quint64 v = rng.generate64();
            // Every other word is a small-alphabet one, so gzip gets ~2:1.
            const quint64 w = (i / 8) % 2 ? v : (v & 0x0707070707070707ULL) | 0x3030303030303030ULL;
            memcpy(chunk.data() + i, &w, 8);
        }
        const qint64 n = qMin<qint64>(bytes, chunk.size());
        if (f.write(chunk.constData(), n) != n)
            return false;
        bytes -= n;
    }
    return true;
}

// Makes the images in a fresh store under `dir`; "" on success, else the problem.
inline QString makeWorkload(const QString &dir, int services, qint64 bytesPerService,
                            BuildWorkload *out, quint32 seed = 1) {
    out->store = dir + QStringLiteral("/store");
    out->services = services;
    Result<ContentStore> store = ContentStore::open(out->store);
    if (!store)
        return store.error().toString();
    const auto build = [&](const QString &tree, const QString &ref,
                           const QStringList &cmd) -> QString {
        ImageBuildOptions o;
        o.fromDirectory = tree;
        o.ref = ref;
        o.cmd = cmd;
        JobControl job;
        Result<BuiltImage> built = ImageBuilder::build(o, *store, job);
        return built ? QString() : built.error().toString();
    };
    // kernel: /kernel and /kernel.tar with a modules tree
    const QString k = dir + QStringLiteral("/trees/kernel");
    const QString mods = dir + QStringLiteral("/trees/modules/lib/modules/6.1.0-test/kernel");
    QDir().mkpath(k);
    QDir().mkpath(mods);
    if (!writePayload(k + QStringLiteral("/kernel"), 2 << 20, seed) ||
        !writePayload(mods + QStringLiteral("/fake.ko"), 256 << 10, seed + 1))
        return QStringLiteral("cannot write kernel payload");
    const ProcessResult tar = runProcess(
        QStringLiteral("tar"),
        {QStringLiteral("--sort=name"), QStringLiteral("--owner=0"), QStringLiteral("--group=0"),
         QStringLiteral("--numeric-owner"), QStringLiteral("--mtime=@0"), QStringLiteral("-C"),
         dir + QStringLiteral("/trees/modules"), QStringLiteral("-cf"),
         k + QStringLiteral("/kernel.tar"), QStringLiteral("lib")});
    if (tar.exitCode != 0)
        return QStringLiteral("tar failed: ") + QString::fromUtf8(tar.err);
    out->payloadBytes += (2 << 20) + (256 << 10);
    if (QString e = build(k, QStringLiteral("lkc.test/kernel:1"), {}); !e.isEmpty())
        return e;
    // init
    const QString init = dir + QStringLiteral("/trees/init");
    QDir().mkpath(init + QStringLiteral("/bin"));
    QDir().mkpath(init + QStringLiteral("/etc"));
    if (!writePayload(init + QStringLiteral("/bin/busybox"), 1 << 20, seed + 2))
        return QStringLiteral("cannot write init payload");
    QFile::link(QStringLiteral("busybox"), init + QStringLiteral("/bin/sh"));
    out->payloadBytes += 1 << 20;
    if (QString e = build(init, QStringLiteral("lkc.test/init:1"), {QStringLiteral("/init")});
        !e.isEmpty())
        return e;
    QString yaml =
        QStringLiteral("kernel:\n  image: lkc.test/kernel:1\n  cmdline: \"console=ttyS0\"\n"
                       "init:\n  - lkc.test/init:1\nservices:\n");
    for (int i = 0; i < services; ++i) {
        const QString tree = dir + QStringLiteral("/trees/svc%1").arg(i);
        QDir().mkpath(tree + QStringLiteral("/usr/lib"));
        // Several files per service, so the per-member overhead shows too.
        const int files = 8;
        for (int f = 0; f < files; ++f)
            if (!writePayload(tree + QStringLiteral("/usr/lib/blob%1.so").arg(f),
                              bytesPerService / files, seed + 100 + quint32(i * files + f)))
                return QStringLiteral("cannot write service payload");
        out->payloadBytes += bytesPerService / files * files;
        const QString ref = QStringLiteral("lkc.test/svc%1:1").arg(i);
        if (QString e = build(tree, ref, {QStringLiteral("/usr/lib/blob0.so")}); !e.isEmpty())
            return e;
        yaml += QStringLiteral("  - name: svc%1\n    image: %2\n    env:\n      - N=%1\n")
                    .arg(i)
                    .arg(ref);
    }
    yaml += QStringLiteral("files:\n  - path: etc/linuxkit-config\n    metadata: yaml\n");
    out->configText = yaml;
    return {};
}

inline Config readConfig(const QString &text) {
    return ConfigReader::readText(text.toUtf8(), QStringLiteral("workload.yml")).config;
}

} // namespace Lkc::Test
