// SPDX-License-Identifier: Apache-2.0
#include "imageprefetcher.h"

namespace Lkc {

ImagePrefetcher::ImagePrefetcher(ImageResolveFunction resolve, const FlattenedImageCache &cache,
                                 const JobControl &control)
    : m_resolve(std::move(resolve))
    , m_cache(cache)
    , m_control(control) {}

ImagePrefetcher::~ImagePrefetcher() {
    for (const auto &work : std::as_const(m_flattening))
        work.wait();
    for (const auto &work : std::as_const(m_resolving))
        work.wait();
}

void ImagePrefetcher::aheadOf(const QString &current) {
    const qsizetype at = m_order.indexOf(current);
    if (at < 0 || m_control.isCanceled())
        return;
    for (qsizetype i = at + 1; i < m_order.size(); ++i) {
        const QString ref = m_order[i];
        if (m_resolving.contains(ref))
            continue;
        m_resolving.insert(ref,
                           std::async(std::launch::async, [this, ref]() {
                               Result<ImageRef> parsed = ImageRef::parse(ref);
                               if (!parsed)
                                   return Result<ResolvedImage>(parsed.error());
                               m_resolveSlots.acquire();
                               Result<ResolvedImage> r =
                                   m_control.isCanceled()
                                       ? Result<ResolvedImage>(Error(QStringLiteral("canceled")))
                                       : m_resolve(*parsed, m_control);
                               m_resolveSlots.release();
                               return r;
                           }).share());
    }
    if (at + 1 >= m_order.size())
        return;
    const QString next = m_order[at + 1];
    if (m_flattening.contains(next))
        return;
    std::shared_future<Result<ResolvedImage>> resolved = m_resolving.value(next);
    m_flattening.insert(next, std::async(std::launch::async, [this, resolved]() {
                                  Flattened f;
                                  const Result<ResolvedImage> &image = resolved.get();
                                  if (!image || m_control.isCanceled())
                                      return f; // not flattened: the caller does it
                                  f.tar = m_cache.flattened(*image, m_control, &f.hit, &f.damaged);
                                  return f;
                              }).share());
}

std::optional<Result<ResolvedImage>> ImagePrefetcher::takeResolved(const QString &ref) {
    const auto it = m_resolving.constFind(ref);
    if (it == m_resolving.constEnd())
        return std::nullopt;
    const Result<ResolvedImage> &r = it->get();
    if (r)
        m_resolvedTaken.insert(r->manifest.digest.hex(), ref);
    return r;
}

std::optional<ImagePrefetcher::Flattened> ImagePrefetcher::takeFlattened(const Digest &manifest) {
    const QString ref = m_resolvedTaken.take(manifest.hex());
    const auto it = m_flattening.constFind(ref);
    if (ref.isEmpty() || it == m_flattening.constEnd())
        return std::nullopt;
    const Flattened &f = it->get();
    if (!f.tar && f.tar.error().message.isEmpty())
        return std::nullopt; // not flattened (unresolved or canceled): the caller does it
    return f;
}

} // namespace Lkc
