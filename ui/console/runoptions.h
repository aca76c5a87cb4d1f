// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/qemuoptions.h"

namespace Lkc {

// The run options a user chose for one config, remembered between sessions
// (QSettings, keyed by the config's absolute path). Only what the Run options
// dialog edits is kept: memory, CPUs, accelerator, firmware, published ports,
// extra disks and networking. The path to boot is not part of it.
class RunOptions {
public:
    static QemuOptions load(const QString &configPath);
    static void save(const QString &configPath, const QemuOptions &options);
};

} // namespace Lkc
