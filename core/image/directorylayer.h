// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "contentstore.h"
#include "descriptor.h"
#include "util/jobcontrol.h"
#include "util/result.h"

namespace Lkc {

// A gzip'd tar layer made from a directory tree, reproducibly: entries sorted by
// name (byte order, parents first), owners 0:0, every mtime = the given epoch, no
// atime/ctime, gzip header time 0. Symlinks, hardlinks, devices and fifos are kept;
// sockets are skipped. The layer goes straight into the store as a verified blob.
class DirectoryLayer {
public:
    struct Written {
        Descriptor blob; // gzip'd layer as stored (media type OCI tar+gzip)
        Digest diffId;   // sha256 of the uncompressed tar (the config's rootfs.diff_ids)
        int entries = 0;
    };

    // epoch: seconds since 1970 for every entry (SOURCE_DATE_EPOCH or 0 in `lkc image create`).
    static Result<Written> write(const QString &directory, const ContentStore &store, qint64 epoch,
                                 const JobControl &job);
};

} // namespace Lkc
