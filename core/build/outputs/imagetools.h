// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "outputwriter.h"
#include "util/jobcontrol.h"
#include "util/result.h"
#include "util/toollocator.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Lkc {

// Shared pieces of the bootable-image writers: running a Debian tool,
// content-derived ids, FAT file systems (mkfs.fat + mtools), and native MBR /
// GPT partition tables (a few hundred bytes: simpler to write than to drive
// sfdisk/sgdisk, and reproducible).
class ImageTools {
public:
    // Runs `program` (already located), killing it on cancel or after
    // `timeoutMs`; the error carries the tool's stderr.
    static Status run(const QString &program, const QStringList &args, const JobControl &control,
                      int timeoutMs = 600000, QByteArray *output = nullptr);
    // Locates and runs a tool by name.
    static Status runTool(const QString &name, const QString &debianPackage,
                          const QStringList &args, const JobControl &control,
                          int timeoutMs = 600000);

    // SHA-256 of kernel, initrd and cmdline: the seed for volume ids, disk
    // signatures and GUIDs so equal inputs give equal images.
    static QByteArray contentId(const OutputInputs &in);
    // SOURCE_DATE_EPOCH, or a fixed 2000-01-01 (FAT cannot store 1970).
    static qint64 sourceDateEpoch();
    // The initrd the boot loader loads: ucode.cpio + initrd when there is
    // microcode (as LinuxKit's X-initrd.img), else the initrd itself.
    static Result<QString> bootInitrd(const OutputInputs &in, const JobControl &control);
    // Sets a file's mtime to sourceDateEpoch() (what mtools copies).
    static void stampFile(const QString &path);

    // FAT in `image` at byte offset `offsetSectors`*512, `sizeKiB` long.
    static Status makeFat(const QString &image, qint64 offsetSectors, qint64 sizeKiB,
                          const QString &label, quint32 serial, const JobControl &control);
    // mmd/mcopy into the FAT at `offsetSectors` (directories are created).
    static Status fatCopy(const QString &image, qint64 offsetSectors, const QString &source,
                          const QString &target, const JobControl &control);
    // The MBR partition type for the FAT mkfs.fat chose (0x01/0x0e/0x0c).
    static Result<quint8> fatPartitionType(const QString &image, qint64 offsetSectors);

    // Writes an MBR with `bootCode` (≤440 bytes), disk signature and one
    // partition.
    static Status writeMbr(const QString &image, const QByteArray &bootCode, quint32 signature,
                           quint32 startLba, quint32 sectors, quint8 type, bool active);
    // Writes a GPT (protective MBR, primary and backup) with one partition.
    static Status writeGpt(const QString &image, qint64 totalSectors, qint64 firstLba,
                           qint64 lastLba, const QByteArray &diskGuid, const QByteArray &partGuid,
                           const QString &typeGuid, const QString &name, quint64 attributes);
    // A GUID (16 bytes, RFC 4122 v4 bits set) from `seed`+`salt`.
    static QByteArray guidFrom(const QByteArray &seed, const QByteArray &salt);

    // grub-mkimage for x86_64-efi with `grubCfg` embedded as its config.
    static Result<QString> makeGrubEfi(const QString &scratchDir, const QString &grubCfg,
                                       const JobControl &control);
    // The grub.cfg that finds /kernel on any device and boots it.
    static QString grubConfig(const QString &cmdline, const QString &kernelPath,
                              const QString &initrdPath);
};

} // namespace Lkc
