// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "flattenedimagecache.h"
#include "image/imageref.h"
#include "image/resolvedimage.h"
#include "util/jobcontrol.h"
#include "util/result.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <future>
#include <optional>

namespace Lkc {

// Finds an image for the build (store, or registry when pulling).
using ImageResolveFunction =
    std::function<Result<ResolvedImage>(const ImageRef &ref, const JobControl &control)>;

// Resolves (pulls) and flattens the next image of a build on a background thread
// while the current one is streamed and compressed, so a cold build overlaps
// pulling and flattening with compressing. It only runs one image ahead, and only
// when asked after a section missed the build cache: a warm build, whose sections
// are replayed, never resolves or flattens anything early. What it makes is what
// the build would make anyway, in the same files: the outputs do not change.
class ImagePrefetcher {
public:
    ImagePrefetcher(ImageResolveFunction resolve, const FlattenedImageCache &cache,
                    const JobControl &control);
    ~ImagePrefetcher(); // waits for the work in flight

    // The images the build uses, by expanded name, in the order it uses them.
    void setOrder(const QStringList &refs) { m_order = refs; }
    // `current` missed the cache: start on the image after it (if not yet started).
    void aheadOf(const QString &current);

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
    struct Work {
        Result<ResolvedImage> resolved = Error(QString());
        Flattened flattened;
    };
    ImageResolveFunction m_resolve;
    const FlattenedImageCache &m_cache;
    const JobControl &m_control;
    QStringList m_order;
    QHash<QString, std::shared_future<Work>> m_work; // by expanded name
    QHash<QString, QString> m_resolvedTaken;         // manifest hex -> ref, tar not yet taken
};

} // namespace Lkc
