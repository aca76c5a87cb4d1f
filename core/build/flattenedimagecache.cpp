// SPDX-License-Identifier: Apache-2.0
#include "flattenedimagecache.h"

#include "buildcache.h"
#include "image/sha256hasher.h"
#include "layerflattener.h"

#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <cstdio>
#include <unistd.h>

namespace Lkc {

namespace {
Result<QString> hashFile(const QString &path, const JobControl &control) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot read: %1").arg(f.errorString()), path);
    Sha256Hasher hasher;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error(QStringLiteral("cannot read: %1").arg(f.errorString()), path);
        if (n == 0)
            break;
        hasher.addData(buffer.constData(), n);
        if (control.isCanceled())
            return Error(QStringLiteral("canceled"));
    }
    return hasher.finish().hex();
}
} // namespace

FlattenedImageCache::FlattenedImageCache(QString dir, std::function<void(const QString &)> log)
    : m_dir(std::move(dir))
    , m_log(std::move(log)) {}

Status FlattenedImageCache::checkBlob(const LayerBlob &layer) {
    if (layer.size > 0 && QFileInfo(layer.path).size() != layer.size)
        return Error(QStringLiteral("layer blob %1 is damaged (size %2, expected %3)")
                         .arg(layer.digest.toString())
                         .arg(QFileInfo(layer.path).size())
                         .arg(layer.size),
                     layer.path);
    JobControl none;
    Result<QString> actual = hashFile(layer.path, none);
    if (!actual)
        return actual.error();
    if (layer.digest.isValid() && *actual != layer.digest.hex())
        return Error(QStringLiteral("layer blob %1 is damaged (its content hashes to sha256:%2)")
                         .arg(layer.digest.toString(), *actual),
                     layer.path);
    return {};
}

Result<QString> FlattenedImageCache::flattened(const ResolvedImage &image,
                                               const JobControl &control, bool *hit,
                                               Digest *damagedBlob) const {
    // Keyed by the manifest: its digest names config and layers, so equal
    // digests mean equal content. The flattener's version is in the name.
    const QDir dir(m_dir + QStringLiteral("/flattened"));
    const QString prefix = image.manifest.digest.hex() + QStringLiteral("-v%1-").arg(kVersion);
    for (const QString &name : dir.entryList({prefix + QStringLiteral("*.tar")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        Result<QString> actual = hashFile(path, control);
        if (!actual && control.isCanceled())
            return actual.error();
        if (actual && name.size() == prefix.size() + 68 && *actual == name.mid(prefix.size(), 64)) {
            BuildCache::touch(path);
            if (hit)
                *hit = true;
            return path;
        }
        if (m_log)
            m_log(QStringLiteral("Flattened image of %1 is damaged (%2): flattening it again from "
                                 "its layers")
                      .arg(image.name, path));
        QFile::remove(path);
    }
    if (hit)
        *hit = false;
    QStringList layers;
    for (const LayerBlob &layer : image.layers) {
        // Checked before use: a tree made from a damaged blob must never be cached.
        if (Status s = checkBlob(layer); !s) {
            // Never read again: the store no longer has it, so a pull fetches it.
            QFile::remove(layer.path);
            if (damagedBlob)
                *damagedBlob = layer.digest;
            return Error(s.error().message, image.name);
        }
        layers.append(layer.path);
    }
    QDir().mkpath(dir.path());
    // Unique per process and call: two threads may flatten at once (imageprefetcher.h).
    static std::atomic<int> calls{0};
    const QString partial = dir.filePath(
        prefix + QStringLiteral("partial-%1-%2.tmp").arg(::getpid()).arg(calls.fetch_add(1)));
    Result<LayerFlattener::Stats> stats = LayerFlattener::flatten(layers, partial, control);
    if (!stats)
        return Error(stats.error().message,
                     stats.error().location.isEmpty() ? image.name : stats.error().location);
    const QString path = dir.filePath(prefix + stats->sha256 + QStringLiteral(".tar"));
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) !=
        0) {
        QFile::remove(partial);
        return Error(QStringLiteral("cannot rename the flattened image into place"), path);
    }
    return path;
}

} // namespace Lkc
