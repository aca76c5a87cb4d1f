// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sourcepos.h"

#include <QString>

namespace Lkc {

// A `runtime.interfaces` item: move or create a network interface (§2.6).
struct Interface {
    SourcePos pos;
    QString name;
    QString add; // "veth", "wireguard" …
    QString peer;
    bool createInRoot = false;
};

} // namespace Lkc
