// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "layerflattener.h"

#include "image/resolvedimage.h"
#include "util/jobcontrol.h"
#include "util/result.h"

#include <functional>

namespace Lkc {

// Flattened image tars kept by image (manifest) digest, so a section that
// misses the section cache streams one file instead of re-reading every layer:
// <dir>/flattened/<manifest hex>-v2-<sha256 of the tar>.tar, written under a
// temp name and renamed. The tar is checked against the hash in its name before
// it is read, and layer blobs against their digests before they are flattened,
// so neither a damaged tar nor a tar made from a damaged blob reaches a build.
class FlattenedImageCache {
public:
    explicit FlattenedImageCache(QString dir, std::function<void(const QString &)> log = {});

    // The flattened tar of `image`, checked, made now if it is missing or damaged.
    // `*hit` tells whether it came from the cache. A layer blob that fails its
    // digest is deleted from the store (so the next resolve fetches it again) and
    // named in `*damagedBlob`.
    Result<QString> flattened(const ResolvedImage &image, const JobControl &control,
                              bool *hit = nullptr, Digest *damagedBlob = nullptr) const;

    // Bumped whenever LayerFlattener's output for the same layers changes (2: checked
    // entries, hard links after their targets); the assert makes a flattener change ask.
    static constexpr int kVersion = 2;
    static_assert(LayerFlattener::kFormatVersion == 2,
                  "the flattener's output changed: bump FlattenedImageCache::kVersion");
    // Checks a blob file against its digest (and size, when known).
    static Status checkBlob(const LayerBlob &layer);

private:
    QString m_dir;
    std::function<void(const QString &)> m_log;
};

} // namespace Lkc
