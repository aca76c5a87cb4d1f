// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "outputwriter.h"

namespace Lkc {

// `tar-kernel-initrd` (format §6.1): X-initrd.tar, a PAX tar holding kernel,
// initrd.img, cmdline and ucode.cpio (those present), 0644, fixed mtime.
class TarKernelInitrdWriter : public OutputWriter {
public:
    QString format() const override { return QStringLiteral("tar-kernel-initrd"); }
    bool needsInitrd() const override { return true; }
    QStringList outputNames(const QString &base, const OutputInputs &) const override {
        return {base + QStringLiteral("-initrd.tar")};
    }
    Status write(const OutputInputs &in, const QString &stagingDir, const QString &base,
                 const JobControl &control) override;
};

} // namespace Lkc
