// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/jobcontrol.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Lkc {

// Small file helpers the in-process output writers share.
class OutputFiles {
public:
    // Puts `source` at `target`: a hard link when possible (same file system,
    // no copy), else a streamed copy. `target` must not exist.
    static Status place(const QString &source, const QString &target, const JobControl &control);
    // Writes the concatenation of `parts` to `target` (e.g. ucode + initrd).
    static Status concatenate(const QStringList &parts, const QString &target,
                              const JobControl &control);
    static Status writeBytes(const QString &target, const QByteArray &data);
};

} // namespace Lkc
