// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "contentstore.h"
#include "util/jobcontrol.h"

namespace Lkc {

// `lkc cache export REF -o file.tar`: an OCI archive (a tar of an OCI layout) holding
// one image with everything it reaches, readable by `skopeo … oci-archive:file.tar`
// and by `lkc cache import` / `linuxkit cache import`.
class OciArchiveExporter {
public:
    static Status write(const ContentStore &store, const QString &name, const QString &tarPath,
                        const JobControl &job);
};

} // namespace Lkc
