// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace Lkc {

// Why a boot failed, read from its serial console: a kernel panic, no usable
// init, or nothing recognisable (then the watcher decides hang or timeout).
class BootDiagnosis {
public:
    enum class Kind { None, NoInit, KernelPanic };
    struct Finding {
        Kind kind = Kind::None;
        QString message; // one line for the user
    };
    static Finding classify(const QByteArray &console);
};

} // namespace Lkc
