// SPDX-License-Identifier: Apache-2.0
#include "run/bootdiagnosis.h"

namespace Lkc {

static QString lineAt(const QByteArray &text, qsizetype at) {
    const qsizetype eol = text.indexOf('\n', at);
    return QString::fromUtf8(text.mid(at, eol < 0 ? 200 : qMin<qsizetype>(eol - at, 200)))
        .trimmed();
}

BootDiagnosis::Finding BootDiagnosis::classify(const QByteArray &console) {
    // "No working init found" is also a panic: check it first.
    for (const char *marker :
         {"No working init found", "Kernel panic - not syncing: No working init"}) {
        const qsizetype at = console.indexOf(marker);
        if (at >= 0)
            return {Kind::NoInit,
                    QStringLiteral("no init found (%1): the image has no usable /init or "
                                   "init= path")
                        .arg(lineAt(console, at))};
    }
    const qsizetype panic = console.indexOf("Kernel panic");
    if (panic >= 0)
        return {Kind::KernelPanic, QStringLiteral("kernel panic: ") + lineAt(console, panic)};
    return {};
}

} // namespace Lkc
