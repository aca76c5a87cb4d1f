// SPDX-License-Identifier: Apache-2.0
#include "isoefiwriter.h"

#include "imagetools.h"
#include "isobioswriter.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace Lkc {

QStringList IsoEfiWriter::outputNames(const QString &base, const OutputInputs &) const {
    return {base + (m_format == QLatin1String("iso-efi") ? QStringLiteral("-efi.iso")
                                                         : QStringLiteral("-efi-initrd.iso"))};
}

Status IsoEfiWriter::checkTools() const {
    for (auto r :
         {ToolLocator::isolinuxBin(), ToolLocator::ldlinuxC32(), ToolLocator::isohdpfxBin()})
        if (!r)
            return r.error();
    if (!QFileInfo::exists(QStringLiteral("/usr/lib/grub/x86_64-efi/linux.mod")))
        return Error(QStringLiteral("GRUB's x86_64-efi modules are missing: install the Debian "
                                    "package grub-efi-amd64-bin"),
                     QStringLiteral("/usr/lib/grub/x86_64-efi"));
    return ToolLocator::check({{QStringLiteral("xorriso"), QStringLiteral("xorriso")},
                               {QStringLiteral("grub-mkimage"), QStringLiteral("grub-common")},
                               {QStringLiteral("mkfs.fat"), QStringLiteral("dosfstools")},
                               {QStringLiteral("mcopy"), QStringLiteral("mtools")},
                               {QStringLiteral("mmd"), QStringLiteral("mtools")}});
}

static Status copyInto(const QString &source, const QString &target) {
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    // A hard link avoids copying the kernel and initrd when possible.
    if (::link(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0)
        return {};
    if (!QFile::copy(source, target))
        return Error(QStringLiteral("cannot copy %1").arg(source), target);
    return {};
}

static Status writeText(const QString &target, const QByteArray &data) {
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile f(target);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return Error(f.errorString(), target);
    return {};
}

Status IsoEfiWriter::write(const OutputInputs &in, const QString &stagingDir, const QString &base,
                           const JobControl &control) {
    if (in.kernel.isEmpty())
        return Error(
            QStringLiteral("%1 needs a kernel: the config has no kernel section").arg(m_format));
    if (Status s = checkTools(); !s)
        return s;
    Result<QString> initrd = ImageTools::bootInitrd(in, control);
    if (!initrd)
        return initrd.error();
    const QDir scratch(in.scratchDir);
    const QString root = scratch.filePath(m_format + QStringLiteral("-root"));
    QDir(root).removeRecursively();
    QDir().mkpath(root);
    const QDir r(root);

    Status s = copyInto(in.kernel, r.filePath(QStringLiteral("boot/kernel")));
    if (s)
        s = copyInto(*initrd, r.filePath(QStringLiteral("boot/initrd.img")));
    if (s)
        s = copyInto(*ToolLocator::isolinuxBin(),
                     r.filePath(QStringLiteral("isolinux/isolinux.bin")));
    if (s)
        s = copyInto(*ToolLocator::ldlinuxC32(),
                     r.filePath(QStringLiteral("isolinux/ldlinux.c32")));
    if (s)
        s = writeText(r.filePath(QStringLiteral("isolinux/isolinux.cfg")),
                      IsoBiosWriter::syslinuxConfig(QStringLiteral("/boot/kernel"),
                                                    QStringLiteral("/boot/initrd.img"), in.cmdline)
                          .toUtf8());
    if (!s)
        return s;

    control.log(QStringLiteral("Making the EFI boot loader (grub-mkimage)"));
    Result<QString> efi =
        ImageTools::makeGrubEfi(in.scratchDir,
                                ImageTools::grubConfig(in.cmdline, QStringLiteral("/boot/kernel"),
                                                       QStringLiteral("/boot/initrd.img")),
                                control);
    if (!efi)
        return efi.error();
    if (s = copyInto(*efi, r.filePath(QStringLiteral("EFI/BOOT/BOOTX64.EFI"))); !s)
        return s;

    // The El Torito EFI image: a small FAT holding EFI/BOOT/BOOTX64.EFI.
    const QString fat = r.filePath(QStringLiteral("boot/efiboot.img"));
    const qint64 fatKiB = ((QFileInfo(*efi).size() / 1024 + 256) + 31) / 32 * 32;
    {
        QFile f(fat);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || !f.resize(fatKiB * 1024))
            return Error(f.errorString(), fat);
    }
    const QByteArray id = ImageTools::contentId(in);
    const quint32 serial = (quint32(uchar(id[4])) << 24) | (quint32(uchar(id[5])) << 16) |
                           (quint32(uchar(id[6])) << 8) | quint32(uchar(id[7]));
    if (s = ImageTools::makeFat(fat, 0, fatKiB, QStringLiteral("EFIBOOT"), serial, control); !s)
        return s;
    if (s = ImageTools::fatCopy(fat, 0, *efi, QStringLiteral("EFI/BOOT/BOOTX64.EFI"), control); !s)
        return s;
    for (const QString &f : {r.filePath(QStringLiteral("boot/kernel")),
                             r.filePath(QStringLiteral("boot/initrd.img")), fat})
        ImageTools::stampFile(f);

    const QString target = QDir(stagingDir).filePath(outputNames(base, in).first());
    const QString tmp = target + QStringLiteral(".tmp");
    QFile::remove(tmp);
    control.log(QStringLiteral("Writing hybrid BIOS/UEFI ISO image (xorriso)"));
    s = ImageTools::runTool(QStringLiteral("xorriso"), QStringLiteral("xorriso"),
                            {QStringLiteral("-as"),
                             QStringLiteral("mkisofs"),
                             QStringLiteral("-quiet"),
                             QStringLiteral("-o"),
                             tmp,
                             QStringLiteral("-R"),
                             QStringLiteral("-J"),
                             QStringLiteral("-joliet-long"),
                             QStringLiteral("-V"),
                             QStringLiteral("LINUXKIT"),
                             QStringLiteral("-b"),
                             QStringLiteral("isolinux/isolinux.bin"),
                             QStringLiteral("-c"),
                             QStringLiteral("isolinux/boot.cat"),
                             QStringLiteral("-no-emul-boot"),
                             QStringLiteral("-boot-load-size"),
                             QStringLiteral("4"),
                             QStringLiteral("-boot-info-table"),
                             QStringLiteral("-isohybrid-mbr"),
                             *ToolLocator::isohdpfxBin(),
                             QStringLiteral("-eltorito-alt-boot"),
                             QStringLiteral("-e"),
                             QStringLiteral("boot/efiboot.img"),
                             QStringLiteral("-no-emul-boot"),
                             QStringLiteral("-isohybrid-gpt-basdat"),
                             root},
                            control);
    if (!s) {
        QFile::remove(tmp);
        return s;
    }
    QFile::remove(target);
    if (Status r = AtomicFiles::renameDurably(tmp, target); !r)
        return r;
    return {};
}

} // namespace Lkc
