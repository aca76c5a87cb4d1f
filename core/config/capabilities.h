// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Lkc {

// The Linux capability names LinuxKit knows, in the kernel's numeric order
// (CAP_CHOWN = 0 … CAP_CHECKPOINT_RESTORE = 40). Names are case-sensitive.
class Capabilities {
public:
    static const QStringList &all(); // 41 names
    static bool isKnown(const QString &name) { return all().contains(name); }
    // A lone "all" / "none" (any case) in a capabilities or ambient list.
    static bool isAllKeyword(const QString &name) {
        return name.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
    }
    static bool isNoneKeyword(const QString &name) {
        return name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
    }
};

} // namespace Lkc
