// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "contentstore.h"
#include "util/jobcontrol.h"

#include <QStringList>

namespace Lkc {

// `lkc cache import`: brings images from an OCI layout directory, an OCI archive
// (tar of a layout, e.g. `docker buildx --output type=oci`) or a `docker save`
// tarball into the store. Every blob is re-verified on the way in.
class ImageImporter {
public:
    // Names the images by their io.containerd.image.name annotation, else their
    // org.opencontainers.image.ref.name when that is a full reference; nameOverride
    // names the image when the source holds exactly one. Returns the stored names.
    static Result<QStringList> importLayout(const ContentStore &source, const ContentStore &target,
                                            const QString &nameOverride, const JobControl &job);
    // A tar: an OCI archive (has oci-layout) or a docker save archive (manifest.json).
    static Result<QStringList> importArchive(const QString &tarPath, const ContentStore &target,
                                             const QString &nameOverride, const JobControl &job);
    // Import from a directory or a tar, whichever path is.
    static Result<QStringList> importPath(const QString &path, const ContentStore &target,
                                          const QString &nameOverride, const JobControl &job);

    // Copies one blob, verifying it.
    static Status copyBlob(const ContentStore &source, const ContentStore &target,
                           const Descriptor &blob, const JobControl &job);
};

} // namespace Lkc
