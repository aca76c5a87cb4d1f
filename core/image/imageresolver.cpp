// SPDX-License-Identifier: Apache-2.0
#include "imageresolver.h"

#include "imagepuller.h"
#include "imageref.h"

namespace Lkc {

ImageResolver::ImageResolver(ContentStore store, RegistryOptions options)
    : m_store(std::move(store))
    , m_options(std::move(options)) {}

Result<ResolvedImage> ImageResolver::resolveLocal(const QString &refText,
                                                  const QString &arch) const {
    auto ref = ImageRef::parse(refText);
    if (!ref)
        return ref.error();
    return m_store.resolve(ref->expanded(), arch);
}

Result<ResolvedImage> ImageResolver::ensure(const QString &refText, const QString &arch,
                                            const JobControl &job) {
    auto ref = ImageRef::parse(refText);
    if (!ref)
        return ref.error();
    const QString name = ref->expanded();
    if (!m_alwaysPull) {
        auto local = m_store.resolve(name, arch);
        if (local)
            return local;
        if (m_offline)
            return local.error();
    }
    ImagePuller puller(m_store, m_options);
    auto pulled = puller.pull(*ref, arch, job);
    if (!pulled)
        return pulled.error();
    return m_store.resolve(name, arch);
}

} // namespace Lkc
