// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "contentstore.h"
#include "imageref.h"
#include "registryoptions.h"
#include "util/jobcontrol.h"

namespace Lkc {

// Pulls an image from its registry into a store as LinuxKit's cache does (§5.2/5.3):
// an index is written with ALL its platforms' manifests, configs and layers; the
// requested linux/ARCH must be among them. Blobs already present are skipped. The
// name (the ref's LinuxKit expansion) is written last, so a visible name always has
// its blobs. Blocking: runs local event loops on the calling (worker) thread.
class ImagePuller {
public:
    ImagePuller(ContentStore store, RegistryOptions options = {});

    // Returns the root descriptor now stored under ref.expanded().
    Result<Descriptor> pull(const ImageRef &ref, const QString &arch, const JobControl &job);

private:
    ContentStore m_store;
    RegistryOptions m_options;
};

} // namespace Lkc
