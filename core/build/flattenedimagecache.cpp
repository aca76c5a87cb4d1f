// SPDX-License-Identifier: Apache-2.0
#include "flattenedimagecache.h"

#include "layerflattener.h"

#include <QFileInfo>

namespace Lkc {

FlattenedImageCache::FlattenedImageCache(QString dir)
    : m_dir(std::move(dir)) {}

QString FlattenedImageCache::pathFor(const ResolvedImage &image) const {
    // Keyed by the manifest: its digest names config and layers, so equal
    // digests mean equal content. The format version is in the name.
    return m_dir + QStringLiteral("/flattened/") + image.manifest.digest.hex() +
           QStringLiteral("-v1.tar");
}

Result<QString> FlattenedImageCache::flattened(const ResolvedImage &image,
                                               const JobControl &control, bool *hit) const {
    const QString path = pathFor(image);
    if (QFileInfo::exists(path)) {
        if (hit)
            *hit = true;
        return path;
    }
    if (hit)
        *hit = false;
    QStringList layers;
    for (const LayerBlob &layer : image.layers)
        layers.append(layer.path);
    Result<LayerFlattener::Stats> stats = LayerFlattener::flatten(layers, path, control);
    if (!stats)
        return Error(stats.error().message,
                     stats.error().location.isEmpty() ? image.name : stats.error().location);
    return path;
}

} // namespace Lkc
