// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "flattenedimagecache.h"
#include "image/imageref.h"
#include "image/resolvedimage.h"
#include "util/jobcontrol.h"
#include "util/result.h"

#include <QHash>
#include <QSemaphore>
#include <QStringList>

#include <functional>
#include <future>
#include <optional>

namespace Lkc {

// Finds an image for the build (store, or registry when pulling).
using ImageResolveFunction =
    std::function<Result<ResolvedImage>(const ImageRef &ref, const JobControl &control)>;

// Once a section missed the build cache (a cold build), resolves (pulls) every
// image after it on background threads, a few at a time, and flattens the next
// image while the current one is streamed and compressed, so pulling and
// flattening overlap compressing. Flattening runs only one image ahead: it is
// work a build whose later sections replay would not need. A warm build, whose
// sections are all replayed, never starts anything. What it makes is what the
// build would make anyway, in the same files: the outputs do not change.
class ImagePrefetcher {
public:
    ImagePrefetcher(ImageResolveFunction resolve, const FlattenedImageCache &cache,
                    const JobControl &control);
    ~ImagePrefetcher(); // waits for the work in flight

    // The images the build uses, by expanded name, in the order it uses them.
    void setOrder(const QStringList &refs) { m_order = refs; }
    // `current` missed the cache: resolve the images after it and flatten the next.
    void aheadOf(const QString &current);
    static constexpr int kParallelResolves = 4;

    struct Flattened {
        Result<QString> tar = Error(QString());
        bool hit = false;
        Digest damaged;
    };
    // The background thread's results for `ref`, waiting for them; nullopt when
    // it was not started on `ref`. takeResolved may be called once per ref.
    std::optional<Result<ResolvedImage>> takeResolved(const QString &ref);
    // The flattened tar of the image with this manifest, once per image.
    std::optional<Flattened> takeFlattened(const Digest &manifest);

private:
    ImageResolveFunction m_resolve;
    const FlattenedImageCache &m_cache;
    const JobControl &m_control;
    QStringList m_order;
    QSemaphore m_resolveSlots{kParallelResolves};
    // By expanded name.
    QHash<QString, std::shared_future<Result<ResolvedImage>>> m_resolving;
    QHash<QString, std::shared_future<Flattened>> m_flattening;
    QHash<QString, QString> m_resolvedTaken; // manifest hex -> ref, tar not yet taken
};

} // namespace Lkc
