// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "outputwriter.h"

namespace Lkc {

// iso-bios → X.iso: isolinux boots kernel + initrd from the ISO (LinuxKit
// instead makes the ISO the read-only root). Written in process with
// libarchive; `isohybrid` then adds an MBR so the file boots as a disk too.
class IsoBiosWriter : public OutputWriter {
public:
    QString format() const override { return QStringLiteral("iso-bios"); }
    bool needsInitrd() const override { return true; }
    QStringList outputNames(const QString &base, const OutputInputs &in) const override;
    Status checkTools() const override;
    Status write(const OutputInputs &in, const QString &stagingDir, const QString &base,
                 const JobControl &control) override;

    // The isolinux/syslinux config: serial and VGA console, no prompt.
    static QString syslinuxConfig(const QString &kernel, const QString &initrd,
                                  const QString &cmdline);
};

} // namespace Lkc
