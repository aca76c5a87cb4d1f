// SPDX-License-Identifier: Apache-2.0
#include "kernelrootfswriter.h"

#include "imagetools.h"
#include "isoimage.h"
#include "outputfiles.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#include <unistd.h>

namespace Lkc {

static bool isSquashfs(const QString &format) {
    return format == QLatin1String("kernel+squashfs");
}

QStringList KernelRootfsWriter::outputNames(const QString &base, const OutputInputs &in) const {
    QStringList names = {base + QStringLiteral("-kernel")};
    if (!in.cmdline.isEmpty())
        names << base + QStringLiteral("-cmdline");
    names << base +
                 (isSquashfs(m_format) ? QStringLiteral("-squashfs.img") : QStringLiteral(".iso"));
    return names;
}

Status KernelRootfsWriter::checkTools() const {
    if (isSquashfs(m_format))
        return ToolLocator::check(
            {{QStringLiteral("mksquashfs"), QStringLiteral("squashfs-tools")}});
    return {};
}

// Extracts the rootfs tar minus boot/ (what LinuxKit hands mksquashfs).
static Status extractRootfs(const QString &tar, const QString &dir, const JobControl &control) {
    archive *in = archive_read_new();
    std::unique_ptr<archive, decltype(&archive_read_free)> inGuard(in, archive_read_free);
    archive_read_support_format_tar(in);
    archive_read_support_filter_all(in);
    archive *out = archive_write_disk_new();
    std::unique_ptr<archive, decltype(&archive_write_free)> outGuard(out, archive_write_free);
    int flags = ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT |
                ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_UNLINK;
    if (::geteuid() == 0)
        flags |= ARCHIVE_EXTRACT_OWNER;
    archive_write_disk_set_options(out, flags);
    if (archive_read_open_filename(in, QFile::encodeName(tar).constData(), 1 << 16) != ARCHIVE_OK)
        return Error(QString::fromLocal8Bit(archive_error_string(in)), tar);
    archive_entry *e = nullptr;
    const QByteArray prefix = QFile::encodeName(dir) + '/';
    while (archive_read_next_header(in, &e) == ARCHIVE_OK) {
        if (control.isCanceled())
            return Error(QStringLiteral("canceled"));
        QByteArray name = archive_entry_pathname(e);
        while (name.startsWith("./"))
            name.remove(0, 2);
        if (name.isEmpty() || name == "boot" || name == "boot/" || name.startsWith("boot/"))
            continue;
        archive_entry_set_pathname(e, (prefix + name).constData());
        if (const char *link = archive_entry_hardlink(e)) {
            QByteArray l = link;
            while (l.startsWith("./"))
                l.remove(0, 2);
            archive_entry_set_hardlink(e, (prefix + l).constData());
        }
        // Device nodes need root; without it they are skipped, not fatal.
        if (archive_write_header(out, e) != ARCHIVE_OK) {
            const mode_t type = archive_entry_filetype(e);
            if (type == AE_IFCHR || type == AE_IFBLK)
                continue;
            return Error(QString::fromLocal8Bit(archive_error_string(out)),
                         QString::fromUtf8(name));
        }
        const void *buf = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        int r;
        while ((r = archive_read_data_block(in, &buf, &size, &offset)) == ARCHIVE_OK)
            if (archive_write_data_block(out, buf, size, offset) != ARCHIVE_OK)
                return Error(QString::fromLocal8Bit(archive_error_string(out)),
                             QString::fromUtf8(name));
        if (r != ARCHIVE_EOF)
            return Error(QString::fromLocal8Bit(archive_error_string(in)), tar);
        archive_write_finish_entry(out);
    }
    archive_write_close(out);
    return {};
}

Status KernelRootfsWriter::write(const OutputInputs &in, const QString &stagingDir,
                                 const QString &base, const JobControl &control) {
    if (in.kernel.isEmpty())
        return Error(
            QStringLiteral("%1 needs a kernel: the config has no kernel section").arg(m_format));
    if (Status s = checkTools(); !s)
        return s;
    const QDir dir(stagingDir);
    if (Status s =
            OutputFiles::place(in.kernel, dir.filePath(base + QStringLiteral("-kernel")), control);
        !s)
        return s;
    if (!in.cmdline.isEmpty())
        if (Status s = OutputFiles::writeBytes(dir.filePath(base + QStringLiteral("-cmdline")),
                                               in.cmdline.toUtf8());
            !s)
            return s;
    const QString target = dir.filePath(outputNames(base, in).last());
    const QString tmp = target + QStringLiteral(".tmp");
    QFile::remove(tmp);
    if (!isSquashfs(m_format)) {
        control.log(QStringLiteral("Writing the root file system as an ISO (libarchive)"));
        Status s = IsoImage::writeFromTar(tmp, QStringLiteral("LinuxKit"), in.rootfsTar, control);
        QFile::remove(target);
        if (s)
            s = AtomicFiles::renameDurably(tmp, target);
        if (!s)
            QFile::remove(tmp);
        return s;
    }
    const QString root = QDir(in.scratchDir).filePath(QStringLiteral("squashfs-root"));
    QDir(root).removeRecursively();
    QDir().mkpath(root);
    control.log(QStringLiteral("Extracting the root file system"));
    if (Status s = extractRootfs(in.rootfsTar, root, control); !s)
        return s;
    QStringList args = {root,
                        tmp,
                        QStringLiteral("-noappend"),
                        QStringLiteral("-no-progress"),
                        QStringLiteral("-comp"),
                        QStringLiteral("gzip"),
                        QStringLiteral("-b"),
                        QStringLiteral("131072")};
    // Timestamps: mksquashfs takes SOURCE_DATE_EPOCH from the environment
    // ImageTools::run sets (and refuses -mkfs-time/-all-time alongside it).
    if (::geteuid() != 0)
        args << QStringLiteral("-all-root"); // our uid means nothing in the image
    control.log(QStringLiteral("Making the squashfs (mksquashfs)"));
    Status s = ImageTools::runTool(QStringLiteral("mksquashfs"), QStringLiteral("squashfs-tools"),
                                   args, control);
    QDir(root).removeRecursively();
    QFile::remove(target);
    if (s)
        s = AtomicFiles::renameDurably(tmp, target);
    if (!s)
        QFile::remove(tmp);
    return s;
}

} // namespace Lkc
