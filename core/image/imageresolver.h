// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "contentstore.h"
#include "registryoptions.h"
#include "resolvedimage.h"
#include "util/jobcontrol.h"

namespace Lkc {

// What the build asks for: "image REF for linux/ARCH, from the store, pulling what is
// missing" (§5.3 steps 2–5). A complete local image means no network at all; cached
// layers are checked for presence and size, not re-hashed. Blocking: call it from a
// worker thread (it spins local event loops there), never from the GUI thread.
class ImageResolver {
public:
    explicit ImageResolver(ContentStore store, RegistryOptions options = {});

    // --pull: fetch from the registry even when the store has the image.
    void setAlwaysPull(bool always) { m_alwaysPull = always; }
    // Refuse the network (offline builds): a missing image is an error.
    void setOffline(bool offline) { m_offline = offline; }

    Result<ResolvedImage> ensure(const QString &ref, const QString &arch, const JobControl &job);
    // Only the store: no network.
    Result<ResolvedImage> resolveLocal(const QString &ref, const QString &arch) const;

    const ContentStore &store() const { return m_store; }

private:
    ContentStore m_store;
    RegistryOptions m_options;
    bool m_alwaysPull = false;
    bool m_offline = false;
};

} // namespace Lkc
