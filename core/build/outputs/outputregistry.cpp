// SPDX-License-Identifier: Apache-2.0
#include "diskimagewriter.h"
#include "isobioswriter.h"
#include "isoefiwriter.h"
#include "kernelinitrdwriter.h"
#include "kernelrootfswriter.h"
#include "outputwriter.h"
#include "rawgzipwriter.h"
#include "rootfstarwriter.h"
#include "tarkernelinitrdwriter.h"

namespace Lkc {

// Formats with an in-process writer. Helpers for the disk formats register
// theirs here as they land.
Result<std::shared_ptr<OutputWriter>> createOutputWriter(const QString &format) {
    if (format == QLatin1String("kernel+initrd"))
        return std::shared_ptr<OutputWriter>(std::make_shared<KernelInitrdWriter>());
    if (format == QLatin1String("tar-kernel-initrd"))
        return std::shared_ptr<OutputWriter>(std::make_shared<TarKernelInitrdWriter>());
    if (format == QLatin1String("tar") || format == QLatin1String("docker"))
        return std::shared_ptr<OutputWriter>(std::make_shared<RootfsTarWriter>(format));
    if (format == QLatin1String("iso-bios"))
        return std::shared_ptr<OutputWriter>(std::make_shared<IsoBiosWriter>());
    if (format == QLatin1String("iso-efi") || format == QLatin1String("iso-efi-initrd"))
        return std::shared_ptr<OutputWriter>(std::make_shared<IsoEfiWriter>(format));
    if (RawGzipWriter::handles(format))
        return std::shared_ptr<OutputWriter>(std::make_shared<RawGzipWriter>(format));
    if (DiskImageWriter::handles(format))
        return std::shared_ptr<OutputWriter>(std::make_shared<DiskImageWriter>(format));
    if (format == QLatin1String("kernel+squashfs") || format == QLatin1String("kernel+iso"))
        return std::shared_ptr<OutputWriter>(std::make_shared<KernelRootfsWriter>(format));
    if (knownOutputFormats().contains(format))
        return Error(QStringLiteral("the %1 format is not built into lkc yet (not built: %2); "
                                    "formats available: %3")
                         .arg(format, unbuiltOutputFormats().join(QStringLiteral(", ")),
                              availableOutputFormats().join(QStringLiteral(", "))));
    return Error(QStringLiteral("unknown format type %1 (known: %2)")
                     .arg(format, knownOutputFormats().join(QStringLiteral(", "))));
}

// The formats createOutputWriter() has a writer for (without building one: its
// "not built" message lists these, so it must not call back into itself).
static bool hasWriter(const QString &f) {
    static const QStringList inProcess = {QStringLiteral("kernel+initrd"),
                                          QStringLiteral("tar-kernel-initrd"),
                                          QStringLiteral("tar"),
                                          QStringLiteral("docker"),
                                          QStringLiteral("iso-bios"),
                                          QStringLiteral("iso-efi"),
                                          QStringLiteral("iso-efi-initrd"),
                                          QStringLiteral("kernel+squashfs"),
                                          QStringLiteral("kernel+iso")};
    return inProcess.contains(f) || DiskImageWriter::handles(f) || RawGzipWriter::handles(f);
}

QStringList availableOutputFormats() {
    QStringList out;
    for (const QString &format : knownOutputFormats())
        if (hasWriter(format))
            out.append(format);
    return out;
}

QStringList unbuiltOutputFormats() {
    QStringList out;
    for (const QString &format : knownOutputFormats())
        if (!hasWriter(format))
            out.append(format);
    return out;
}

QStringList knownOutputFormats() {
    return {QStringLiteral("aws"),
            QStringLiteral("docker"),
            QStringLiteral("dynamic-vhd"),
            QStringLiteral("gcp"),
            QStringLiteral("iso-bios"),
            QStringLiteral("iso-efi"),
            QStringLiteral("iso-efi-initrd"),
            QStringLiteral("kernel+erofs"),
            QStringLiteral("kernel+initrd"),
            QStringLiteral("kernel+iso"),
            QStringLiteral("kernel+squashfs"),
            QStringLiteral("qcow2-bios"),
            QStringLiteral("qcow2-efi"),
            QStringLiteral("raw-bios"),
            QStringLiteral("raw-bios-gz"), // lkc's own: raw-bios gzip'd for cloud uploads
            QStringLiteral("raw-efi"),
            QStringLiteral("raw-efi-gz"),
            QStringLiteral("rpi3"),
            QStringLiteral("tar"),
            QStringLiteral("tar-kernel-initrd"),
            QStringLiteral("vhd"),
            QStringLiteral("vmdk")};
}

} // namespace Lkc
