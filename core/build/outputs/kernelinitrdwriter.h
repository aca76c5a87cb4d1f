// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "outputwriter.h"

namespace Lkc {

// `kernel+initrd` (format §6.1): X-kernel, X-initrd.img (ucode.cpio first when
// there is one) and X-cmdline (only when the cmdline is not empty).
class KernelInitrdWriter : public OutputWriter {
public:
    QString format() const override { return QStringLiteral("kernel+initrd"); }
    bool needsInitrd() const override { return true; }
    QStringList outputNames(const QString &base, const OutputInputs &in) const override;
    Status write(const OutputInputs &in, const QString &stagingDir, const QString &base,
                 const JobControl &control) override;
};

} // namespace Lkc
