// SPDX-License-Identifier: Apache-2.0
#include "imageprefetcher.h"

namespace Lkc {

ImagePrefetcher::ImagePrefetcher(ImageResolveFunction resolve, const FlattenedImageCache &cache,
                                 const JobControl &control)
    : m_resolve(std::move(resolve))
    , m_cache(cache)
    , m_control(control) {}

ImagePrefetcher::~ImagePrefetcher() {
    for (const auto &work : std::as_const(m_work))
        work.wait();
}

void ImagePrefetcher::aheadOf(const QString &current) {
    const qsizetype at = m_order.indexOf(current);
    if (at < 0 || at + 1 >= m_order.size() || m_control.isCanceled())
        return;
    const QString next = m_order[at + 1];
    if (m_work.contains(next))
        return;
    m_work.insert(next, std::async(std::launch::async, [this, next]() {
                            Work w;
                            Result<ImageRef> ref = ImageRef::parse(next);
                            if (!ref) {
                                w.resolved = ref.error();
                                return w;
                            }
                            w.resolved = m_resolve(*ref, m_control);
                            if (!w.resolved || m_control.isCanceled())
                                return w;
                            w.flattened.tar = m_cache.flattened(
                                *w.resolved, m_control, &w.flattened.hit, &w.flattened.damaged);
                            return w;
                        }).share());
}

std::optional<Result<ResolvedImage>> ImagePrefetcher::takeResolved(const QString &ref) {
    const auto it = m_work.constFind(ref);
    if (it == m_work.constEnd())
        return std::nullopt;
    const Work &w = it->get();
    if (w.resolved)
        m_resolvedTaken.insert(w.resolved->manifest.digest.hex(), ref);
    return w.resolved;
}

std::optional<ImagePrefetcher::Flattened> ImagePrefetcher::takeFlattened(const Digest &manifest) {
    const QString ref = m_resolvedTaken.take(manifest.hex());
    if (ref.isEmpty())
        return std::nullopt;
    const Work &w = m_work.value(ref).get();
    if (!w.flattened.tar && w.flattened.tar.error().message.isEmpty())
        return std::nullopt; // resolved but not flattened (canceled): the caller does it
    return w.flattened;
}

} // namespace Lkc
