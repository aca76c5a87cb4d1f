// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "image/resolvedimage.h"
#include "util/jobcontrol.h"
#include "util/result.h"

namespace Lkc {

// Flattened image tars kept by image (manifest) digest, so a warm build streams
// one file per image instead of re-reading every layer:
// <dir>/flattened/<hex>.tar, written atomically.
class FlattenedImageCache {
public:
    explicit FlattenedImageCache(QString dir);

    QString pathFor(const ResolvedImage &image) const;
    // The flattened tar of `image`, made now if it is not cached yet.
    // `*hit` tells whether it came from the cache.
    Result<QString> flattened(const ResolvedImage &image, const JobControl &control,
                              bool *hit = nullptr) const;

private:
    QString m_dir;
};

} // namespace Lkc
