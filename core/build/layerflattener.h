// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/jobcontrol.h"
#include "util/result.h"

#include <QStringList>

namespace Lkc {

// Flattens an image's layers into one tar, the way `mutate.Extract` does
// (format §4.4): layers top-down, the first sighting of a path wins, `.wh.`
// whiteouts and non-directories hide everything below them. Unlike LinuxKit
// it honours opaque directories (`.wh..wh..opq`), see docs/deviations.md.
// Names are cleaned; members that climb out of the root are dropped; hard links
// are written after every layer, each after its target. Layers
// (gzip, zstd or plain) are streamed; only paths are held in memory and
// nothing is ever extracted to the host.
class LayerFlattener {
public:
    struct Stats {
        qint64 entries = 0;
        qint64 skippedUnsafe = 0; // members whose name or link escaped the root
        QString sha256;           // hex digest of the tar written
        qint64 droppedLinks = 0;  // hard links whose target is not in the image
    };
    // Bumped when the output for the same layers changes (2: hard links after their
    // targets, dangling ones dropped), for caches of flattened images.
    static constexpr int kFormatVersion = 2;

    // `layers` bottom layer first. Writes `outputTar` atomically (PAX tar).
    static Result<Stats> flatten(const QStringList &layers, const QString &outputTar,
                                 const JobControl &control);
};

} // namespace Lkc
