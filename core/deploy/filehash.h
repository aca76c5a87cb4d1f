// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/jobcontrol.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Lkc {

// SHA-256 of a file or block device, streamed in 1 MiB reads so that
// memory stays flat whatever its size. `length` < 0 hashes to the end;
// otherwise exactly `length` bytes (a device is larger than the image on it).
// Progress and cancellation go through `control` (may be null).
class FileHash {
public:
    static Result<QByteArray> sha256Hex(const QString &path, qint64 length = -1,
                                        const JobControl *control = nullptr);
};

} // namespace Lkc
