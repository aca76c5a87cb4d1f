// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config.h"
#include "diagnostic.h"

namespace Lkc {

// The checks `linuxkit build` makes after the schema (unique service and volume
// names, image references) and the ones it makes lazily while building
// (capabilities, binds, tmpfs, mounts, rlimits, device and file modes, uid/gid
// names, file entries), so they show before a build starts; plus warnings for
// settings that are accepted but almost certainly not what was meant.
class ConfigValidator {
public:
    // Run on a whole (possibly merged) config.
    static DiagnosticList validate(const Config &config);

    // Checks of one image entry that need nothing else from the config (used for
    // labels). Name references (uid: NAME, volume binds) are not checked here.
    static DiagnosticList validateImageEntry(const ImageEntry &entry);

    // The warning text when the console= order sends the boot log away from the
    // serial console, or "" (the last console= is the one /dev/console follows).
    static QString consoleOrderProblem(const QString &cmdline);
};

} // namespace Lkc
