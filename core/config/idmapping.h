// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sourcepos.h"

namespace Lkc {

// One uid/gid mapping {hostID, containerID, size}. Note LinuxKit's decoder only
// reads lower-case keys here, so these camelCase fields are ignored by it (§2.1);
// the reader keeps what is written and the validator warns.
struct IdMapping {
    SourcePos pos;
    qint64 hostId = 0;
    qint64 containerId = 0;
    qint64 size = 0;
};

} // namespace Lkc
