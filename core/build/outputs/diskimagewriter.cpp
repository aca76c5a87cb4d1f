// SPDX-License-Identifier: Apache-2.0
#include "diskimagewriter.h"

#include "imagetools.h"
#include "isobioswriter.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace Lkc {

static constexpr qint64 kMiB = 1024 * 1024;
static constexpr qint64 kPartitionStart = 2048; // sectors: 1 MiB alignment

bool DiskImageWriter::handles(const QString &f) {
    static const QStringList formats = {
        QStringLiteral("raw-bios"),    QStringLiteral("raw-efi"),   QStringLiteral("aws"),
        QStringLiteral("qcow2-bios"),  QStringLiteral("qcow2-efi"), QStringLiteral("vhd"),
        QStringLiteral("dynamic-vhd"), QStringLiteral("vmdk"),      QStringLiteral("gcp")};
    return formats.contains(f);
}

bool DiskImageWriter::isEfi() const {
    return m_format == QLatin1String("raw-efi") || m_format == QLatin1String("qcow2-efi");
}

QStringList DiskImageWriter::outputNames(const QString &base, const OutputInputs &) const {
    static const QHash<QString, QString> suffix = {
        {QStringLiteral("raw-bios"), QStringLiteral("-bios.img")},
        {QStringLiteral("raw-efi"), QStringLiteral("-efi.img")},
        {QStringLiteral("aws"), QStringLiteral(".raw")},
        {QStringLiteral("qcow2-bios"), QStringLiteral(".qcow2")},
        {QStringLiteral("qcow2-efi"), QStringLiteral("-efi.qcow2")},
        {QStringLiteral("vhd"), QStringLiteral(".vhd")},
        {QStringLiteral("dynamic-vhd"), QStringLiteral(".vhd")},
        {QStringLiteral("vmdk"), QStringLiteral(".vmdk")},
        {QStringLiteral("gcp"), QStringLiteral(".img.tar.gz")}};
    return {base + suffix.value(m_format)};
}

Status DiskImageWriter::checkTools() const {
    QList<ToolLocator::Need> needs = {{QStringLiteral("mkfs.fat"), QStringLiteral("dosfstools")},
                                      {QStringLiteral("mcopy"), QStringLiteral("mtools")},
                                      {QStringLiteral("mmd"), QStringLiteral("mtools")}};
    if (isEfi()) {
        needs << ToolLocator::Need{QStringLiteral("grub-mkimage"), QStringLiteral("grub-common")};
        if (!QFileInfo::exists(QStringLiteral("/usr/lib/grub/x86_64-efi/linux.mod")))
            return Error(QStringLiteral("GRUB's x86_64-efi modules are missing: install the "
                                        "Debian package grub-efi-amd64-bin"),
                         QStringLiteral("/usr/lib/grub/x86_64-efi"));
    } else {
        needs << ToolLocator::Need{QStringLiteral("syslinux"), QStringLiteral("syslinux")};
        if (Result<QString> mbr =
                ToolLocator::file({QStringLiteral("/usr/lib/syslinux/mbr/mbr.bin")},
                                  QStringLiteral("syslinux-common"));
            !mbr)
            return mbr.error();
    }
    if (m_format != QLatin1String("raw-bios") && m_format != QLatin1String("raw-efi") &&
        m_format != QLatin1String("aws") && m_format != QLatin1String("gcp"))
        needs << ToolLocator::Need{QStringLiteral("qemu-img"), QStringLiteral("qemu-utils")};
    return ToolLocator::check(needs);
}

static Status createSparse(const QString &path, qint64 bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || !f.resize(bytes))
        return Error(QStringLiteral("cannot create the disk image: ") + f.errorString(), path);
    return {};
}

static quint32 be32(const QByteArray &id, int at) {
    return (quint32(uchar(id[at])) << 24) | (quint32(uchar(id[at + 1])) << 16) |
           (quint32(uchar(id[at + 2])) << 8) | quint32(uchar(id[at + 3]));
}

// FAT size for `payload` bytes: payload + 2 MiB for FAT tables and boot
// files, in whole MiB.
static qint64 fatKiBFor(qint64 payload) {
    return ((payload + 2 * kMiB + kMiB - 1) / kMiB) * 1024;
}

Status DiskImageWriter::buildRawBios(const OutputInputs &in, const QString &target,
                                     qint64 minSizeMiB, const JobControl &control) {
    Result<QString> initrd = ImageTools::bootInitrd(in, control);
    if (!initrd)
        return initrd.error();
    const qint64 fatKiB = fatKiBFor(QFileInfo(in.kernel).size() + QFileInfo(*initrd).size());
    const qint64 diskMiB = qMax(minSizeMiB, 1 + fatKiB / 1024 + 1);
    // mkfs.fat sizes the FAT from the file it is given: make the file end
    // where the partition ends, and grow it to the disk size at the end.
    if (Status s = createSparse(target, kPartitionStart * 512 + fatKiB * 1024); !s)
        return s;
    const QByteArray id = ImageTools::contentId(in);
    if (Status s = ImageTools::makeFat(target, kPartitionStart, fatKiB, QStringLiteral("LINUXKIT"),
                                       be32(id, 4), control);
        !s)
        return s;
    Result<quint8> type = ImageTools::fatPartitionType(target, kPartitionStart);
    if (!type)
        return type.error();
    QFile mbrFile(QStringLiteral("/usr/lib/syslinux/mbr/mbr.bin"));
    if (!mbrFile.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot read syslinux's MBR: install syslinux-common"),
                     mbrFile.fileName());
    if (Status s = ImageTools::writeMbr(target, mbrFile.read(440), be32(id, 0),
                                        quint32(kPartitionStart), quint32(fatKiB * 2), *type, true);
        !s)
        return s;
    const QString cfg = QDir(in.scratchDir).filePath(QStringLiteral("syslinux.cfg"));
    {
        QFile f(cfg);
        const QByteArray text =
            IsoBiosWriter::syslinuxConfig(QStringLiteral("/kernel"), QStringLiteral("/initrd.img"),
                                          in.cmdline)
                .toUtf8();
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
            return Error(f.errorString(), cfg);
    }
    control.log(QStringLiteral("Copying kernel and initrd into the boot partition (mtools)"));
    for (const auto &[src, dst] : {std::pair{cfg, QStringLiteral("syslinux.cfg")},
                                   std::pair{in.kernel, QStringLiteral("kernel")},
                                   std::pair{*initrd, QStringLiteral("initrd.img")}})
        if (Status s = ImageTools::fatCopy(target, kPartitionStart, src, dst, control); !s)
            return s;
    if (Status s =
            ImageTools::runTool(QStringLiteral("syslinux"), QStringLiteral("syslinux"),
                                {QStringLiteral("--offset"), QString::number(kPartitionStart * 512),
                                 QStringLiteral("--install"), target},
                                control);
        !s)
        return s;
    QFile grow(target);
    if (!grow.resize(diskMiB * kMiB))
        return Error(QStringLiteral("cannot grow the disk image: ") + grow.errorString(), target);
    return {};
}

Status DiskImageWriter::buildRawEfi(const OutputInputs &in, const QString &target,
                                    qint64 minSizeMiB, const JobControl &control) {
    Result<QString> initrd = ImageTools::bootInitrd(in, control);
    if (!initrd)
        return initrd.error();
    Result<QString> efi =
        ImageTools::makeGrubEfi(in.scratchDir,
                                ImageTools::grubConfig(in.cmdline, QStringLiteral("/kernel"),
                                                       QStringLiteral("/initrd.img")),
                                control);
    if (!efi)
        return efi.error();
    const qint64 fatKiB =
        fatKiBFor(QFileInfo(in.kernel).size() + QFileInfo(*initrd).size() + QFileInfo(*efi).size());
    // 1 MiB before the ESP, and at least 1 MiB after it for the backup GPT.
    const qint64 diskMiB = qMax(minSizeMiB, 1 + fatKiB / 1024 + 1);
    const qint64 totalSectors = diskMiB * kMiB / 512;
    if (Status s = createSparse(target, kPartitionStart * 512 + fatKiB * 1024); !s)
        return s;
    const QByteArray id = ImageTools::contentId(in);
    if (Status s = ImageTools::makeFat(target, kPartitionStart, fatKiB, QStringLiteral("ESP"),
                                       be32(id, 4), control);
        !s)
        return s;
    control.log(QStringLiteral("Copying GRUB, kernel and initrd into the ESP (mtools)"));
    for (const auto &[src, dst] : {std::pair{*efi, QStringLiteral("EFI/BOOT/BOOTX64.EFI")},
                                   std::pair{in.kernel, QStringLiteral("kernel")},
                                   std::pair{*initrd, QStringLiteral("initrd.img")}})
        if (Status s = ImageTools::fatCopy(target, kPartitionStart, src, dst, control); !s)
            return s;
    QFile grow(target);
    if (!grow.resize(diskMiB * kMiB))
        return Error(QStringLiteral("cannot grow the disk image: ") + grow.errorString(), target);
    // The GPT goes last: its backup copy lives at the very end of the disk.
    return ImageTools::writeGpt(
        target, totalSectors, kPartitionStart, kPartitionStart + fatKiB * 2 - 1,
        ImageTools::guidFrom(id, "disk"), ImageTools::guidFrom(id, "esp"),
        QStringLiteral("C12A7328-F81F-11D2-BA4B-00A0C93EC93B"), QStringLiteral("EFI System"), 0);
}

// gcp: disk.raw in an oldgnu tar, gzip'd (what GCE imports). GCE wants the
// raw size to be a whole number of GiB.
static Status writeGcpTarball(const QString &raw, const QString &target,
                              const JobControl &control) {
    archive *a = archive_write_new();
    std::unique_ptr<archive, decltype(&archive_write_free)> guard(a, archive_write_free);
    archive_write_set_format_gnutar(a);
    archive_write_add_filter_gzip(a);
    archive_write_set_filter_option(a, "gzip", "compression-level", "6");
    archive_write_set_filter_option(a, "gzip", "timestamp", nullptr);
    if (archive_write_open_filename(a, QFile::encodeName(target).constData()) != ARCHIVE_OK)
        return Error(QString::fromLocal8Bit(archive_error_string(a)), target);
    QFile in(raw);
    if (!in.open(QIODevice::ReadOnly))
        return Error(in.errorString(), raw);
    archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, "disk.raw");
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, in.size());
    archive_entry_set_mtime(e, time_t(ImageTools::sourceDateEpoch()), 0);
    const int rc = archive_write_header(a, e);
    archive_entry_free(e);
    if (rc != ARCHIVE_OK)
        return Error(QString::fromLocal8Bit(archive_error_string(a)), target);
    qint64 done = 0;
    while (!in.atEnd()) {
        if (control.isCanceled())
            return Error(QStringLiteral("canceled"));
        const QByteArray chunk = in.read(4 * kMiB);
        if (archive_write_data(a, chunk.constData(), size_t(chunk.size())) < 0)
            return Error(QString::fromLocal8Bit(archive_error_string(a)), target);
        done += chunk.size();
        control.progress(done, in.size());
    }
    if (archive_write_close(a) != ARCHIVE_OK)
        return Error(QString::fromLocal8Bit(archive_error_string(a)), target);
    return {};
}

Status DiskImageWriter::write(const OutputInputs &in, const QString &stagingDir,
                              const QString &base, const JobControl &control) {
    if (in.kernel.isEmpty())
        return Error(
            QStringLiteral("%1 needs a kernel: the config has no kernel section").arg(m_format));
    if (Status s = checkTools(); !s)
        return s;
    const QString target = QDir(stagingDir).filePath(outputNames(base, in).first());
    const bool direct = m_format == QLatin1String("raw-bios") ||
                        m_format == QLatin1String("raw-efi") || m_format == QLatin1String("aws");
    const QString raw = direct
                            ? target + QStringLiteral(".tmp")
                            : QDir(in.scratchDir).filePath(m_format + QStringLiteral("-disk.raw"));
    // --size applies to the formats LinuxKit sizes (qcow2, aws); GCE needs
    // whole GiB; the rest are as small as their content.
    qint64 minMiB = 0;
    if (m_format.startsWith(QLatin1String("qcow2")) || m_format == QLatin1String("aws"))
        minMiB = in.diskSizeMiB;
    control.log(QStringLiteral("Building %1 disk image")
                    .arg(isEfi() ? QStringLiteral("UEFI (GPT)") : QStringLiteral("BIOS (MBR)")));
    Status s =
        isEfi() ? buildRawEfi(in, raw, minMiB, control) : buildRawBios(in, raw, minMiB, control);
    if (s && m_format == QLatin1String("gcp")) {
        const qint64 size = QFileInfo(raw).size();
        const qint64 gib = 1024 * kMiB;
        QFile f(raw);
        if (!f.resize((size + gib - 1) / gib * gib))
            s = Error(QStringLiteral("cannot grow the disk to a whole GiB"), raw);
    }
    if (s && !direct) {
        const QString tmp = target + QStringLiteral(".tmp");
        QStringList args = {QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("raw")};
        if (m_format.startsWith(QLatin1String("qcow2")))
            args << QStringLiteral("-O") << QStringLiteral("qcow2");
        else if (m_format == QLatin1String("vhd"))
            args << QStringLiteral("-O") << QStringLiteral("vpc") << QStringLiteral("-o")
                 << QStringLiteral("subformat=fixed,force_size=on");
        else if (m_format == QLatin1String("dynamic-vhd"))
            args << QStringLiteral("-O") << QStringLiteral("vpc") << QStringLiteral("-o")
                 << QStringLiteral("subformat=dynamic,force_size=on");
        else if (m_format == QLatin1String("vmdk"))
            args << QStringLiteral("-O") << QStringLiteral("vmdk") << QStringLiteral("-o")
                 << QStringLiteral("adapter_type=lsilogic,subformat=streamOptimized,compat6=on");
        if (m_format == QLatin1String("gcp")) {
            control.log(QStringLiteral("Writing disk.raw into a gzip'd tar"));
            s = writeGcpTarball(raw, tmp, control);
        } else {
            control.log(QStringLiteral("Converting with qemu-img to %1").arg(m_format));
            s = ImageTools::runTool(QStringLiteral("qemu-img"), QStringLiteral("qemu-utils"),
                                    args << raw << tmp, control);
        }
        QFile::remove(raw);
        QFile::remove(target);
        if (s)
            s = AtomicFiles::renameDurably(tmp, target);
        if (!s)
            QFile::remove(tmp);
        return s;
    }
    if (!s) {
        QFile::remove(raw);
        return s;
    }
    QFile::remove(target);
    if (Status r = AtomicFiles::renameDurably(raw, target); !r)
        return r;
    return {};
}

} // namespace Lkc
