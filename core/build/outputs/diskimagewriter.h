// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "outputwriter.h"

namespace Lkc {

// The partitioned-disk formats. Each starts from a raw image built here:
//   BIOS: MBR (syslinux mbr.bin) + one active FAT partition with syslinux,
//         kernel, initrd.img, syslinux.cfg;
//   EFI:  GPT + an EFI System Partition (FAT) with a standalone GRUB as
//         EFI/BOOT/BOOTX64.EFI, kernel and initrd.img;
// then converts it: raw-bios (X-bios.img), raw-efi (X-efi.img), aws (X.raw),
// qcow2-bios (X.qcow2), qcow2-efi (X-efi.qcow2), vhd / dynamic-vhd (X.vhd),
// vmdk (X.vmdk, streamOptimized) with qemu-img, gcp (X.img.tar.gz: disk.raw
// in an oldgnu tar, gzip'd, 1 GiB multiple) in process with libarchive.
class DiskImageWriter : public OutputWriter {
public:
    explicit DiskImageWriter(QString format)
        : m_format(std::move(format)) {}
    QString format() const override { return m_format; }
    bool needsInitrd() const override { return true; }
    QStringList outputNames(const QString &base, const OutputInputs &in) const override;
    Status checkTools() const override;
    Status write(const OutputInputs &in, const QString &stagingDir, const QString &base,
                 const JobControl &control) override;

    static bool handles(const QString &format);
    bool isEfi() const;

    // Builds the raw image at `target`, at least `minSizeMiB` large.
    static Status buildRawBios(const OutputInputs &in, const QString &target, qint64 minSizeMiB,
                               const JobControl &control);
    static Status buildRawEfi(const OutputInputs &in, const QString &target, qint64 minSizeMiB,
                              const JobControl &control);

private:
    QString m_format;
};

} // namespace Lkc
