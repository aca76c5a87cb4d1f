// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "outputwriter.h"

namespace Lkc {

// iso-efi → X-efi.iso and iso-efi-initrd → X-efi-initrd.iso. Both boot
// kernel + initrd: under UEFI through a standalone GRUB in an El Torito EFI
// FAT image, under BIOS through isolinux, and as a disk through the
// isohybrid MBR/GPT. xorriso writes it: libarchive cannot add the EFI
// (platform 0xEF) boot entry.
class IsoEfiWriter : public OutputWriter {
public:
    explicit IsoEfiWriter(QString format)
        : m_format(std::move(format)) {}
    QString format() const override { return m_format; }
    bool needsInitrd() const override { return true; }
    QStringList outputNames(const QString &base, const OutputInputs &in) const override;
    Status checkTools() const override;
    Status write(const OutputInputs &in, const QString &stagingDir, const QString &base,
                 const JobControl &control) override;

private:
    QString m_format;
};

} // namespace Lkc
