// SPDX-License-Identifier: Apache-2.0
#include "imagetarcopier.h"

#include "archivepath.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace Lkc {

namespace {

constexpr size_t kBlock = 256 * 1024;
const QByteArray kResolvTarget = QByteArrayLiteral("/run/resolvconf/resolv.conf");

struct ReadDeleter {
    void operator()(archive *a) const { archive_read_free(a); }
};
using ReadPtr = std::unique_ptr<archive, ReadDeleter>;

Result<ReadPtr> openTar(const QString &path) {
    ReadPtr in(archive_read_new());
    archive_read_support_filter_all(in.get());
    archive_read_support_format_tar(in.get());
    if (archive_read_open_filename(in.get(), QFile::encodeName(path).constData(), kBlock) !=
        ARCHIVE_OK)
        return Error(QStringLiteral("cannot read: %1")
                         .arg(QString::fromUtf8(archive_error_string(in.get()))),
                     path);
    return in;
}

// Streams the current member's data to the stream (and optionally a capture).
Status copyData(archive *in, RootfsStream &out, const QString &where,
                QByteArray *capture = nullptr) {
    static thread_local QByteArray buffer(kBlock, Qt::Uninitialized);
    for (;;) {
        const la_ssize_t n = archive_read_data(in, buffer.data(), kBlock);
        if (n < 0)
            return Error(QStringLiteral("cannot read member data: %1")
                             .arg(QString::fromUtf8(archive_error_string(in))),
                         where);
        if (n == 0)
            return {};
        if (capture)
            capture->append(buffer.constData(), n);
        if (Status s = out.addData(buffer.constData(), size_t(n)); !s)
            return s;
        if (out.control().isCanceled())
            return Error(QStringLiteral("canceled"));
    }
}

Status nextHeader(archive *in, archive_entry **entry, bool *eof, const QString &where) {
    const int r = archive_read_next_header(in, entry);
    *eof = r == ARCHIVE_EOF;
    if (r < ARCHIVE_WARN)
        return Error(
            QStringLiteral("corrupt tar: %1").arg(QString::fromUtf8(archive_error_string(in))),
            where);
    return {};
}

// Reads the modules tar straight out of the outer archive's data stream.
struct NestedSource {
    archive *outer;
    QByteArray buffer = QByteArray(kBlock, Qt::Uninitialized);
};
la_ssize_t nestedRead(archive *, void *data, const void **block) {
    auto *src = static_cast<NestedSource *>(data);
    const la_ssize_t n = archive_read_data(src->outer, src->buffer.data(), kBlock);
    *block = src->buffer.constData();
    return n;
}

} // namespace

QByteArray ImageTarCopier::hostsContents() {
    return QByteArrayLiteral("127.0.0.1       localhost\n"
                             "::1     localhost ip6-localhost ip6-loopback\n"
                             "fe00::0 ip6-localnet\n"
                             "ff00::0 ip6-mcastprefix\n"
                             "ff02::1 ip6-allnodes\n"
                             "ff02::2 ip6-allrouters\n");
}

Status ImageTarCopier::copyImage(const QString &flattenedTar, const Options &options,
                                 RootfsStream &out) {
    static const QSet<QByteArray> excluded = {".dockerenv", "Dockerfile", "dev/console",
                                              "dev/pts",    "dev/shm",    "etc/hostname"};
    Result<ReadPtr> opened = openTar(flattenedTar);
    if (!opened)
        return opened.error();
    archive *in = opened->get();
    const QByteArray &prefix = options.prefix;
    const qint64 total = QFileInfo(flattenedTar).size();
    bool hadMtab = false;
    archive_entry *entry = nullptr;
    for (;;) {
        bool eof = false;
        if (Status s = nextHeader(in, &entry, &eof, flattenedTar); !s)
            return s;
        if (eof)
            break;
        QByteArray name(archive_entry_pathname(entry));
        // libarchive writes directories as "dir/"; LinuxKit's names have no slash.
        while (name.endsWith('/'))
            name.chop(1);
        if (excluded.contains(name))
            continue;
        if (const char *hard = archive_entry_hardlink(entry)) {
            // A link to a name LinuxKit leaves out would dangle (tar refuses to extract it).
            if (excluded.contains(QByteArray(hard))) {
                out.control().log(QStringLiteral("warning: hard link /%1 dropped: its target /%2 "
                                                 "is left out of the image, as LinuxKit does")
                                      .arg(QString::fromUtf8(name), QString::fromUtf8(hard)));
                continue;
            }
            archive_entry_set_hardlink(entry, (prefix + QByteArray(hard)).constData());
        }
        archive_entry_set_pathname(entry, (prefix + name).constData());
        if (name == "etc/hosts" || (name == "etc/resolv.conf" && !options.resolvConfSymlink)) {
            // Same header, LinuxKit's own content.
            const QByteArray contents =
                name == "etc/hosts" ? hostsContents() : noResolvConfContents();
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_symlink(entry, nullptr);
            archive_entry_set_hardlink(entry, nullptr);
            archive_entry_set_size(entry, contents.size());
            archive_entry_set_mtime(entry, RootfsStream::kGeneratedMtime, 0);
            if (Status s = out.addHeader(entry); !s)
                return s;
            if (Status s = out.addData(contents.constData(), size_t(contents.size())); !s)
                return s;
            continue;
        }
        if (name == "etc/resolv.conf") {
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_hardlink(entry, nullptr);
            archive_entry_set_symlink(entry, kResolvTarget.constData());
            archive_entry_set_size(entry, 0);
            archive_entry_set_mtime(entry, RootfsStream::kGeneratedMtime, 0);
            if (Status s = out.addHeader(entry); !s)
                return s;
            continue;
        }
        if (name == "etc/mtab") {
            hadMtab = true;
            archive_entry_set_mtime(entry, RootfsStream::kGeneratedMtime, 0);
        }
        if (Status s = out.addHeader(entry); !s)
            return s;
        if (archive_entry_size(entry) > 0) {
            QByteArray *capture = options.apkDatabase && name == "lib/apk/db/installed"
                                      ? options.apkDatabase
                                      : nullptr;
            if (capture)
                capture->clear();
            if (Status s = copyData(in, out, flattenedTar, capture); !s)
                return s;
            // Byte progress of this image (warm builds flatten nothing, so report here too).
            out.control().progress(archive_filter_bytes(in, -1), total);
        }
    }

    // The touch set (§4.4); all but an image's own etc/mtab are appended again.
    for (const char *dir : {"dev", "dev/pts", "dev/shm", "etc"})
        if (Status s = out.addDirectory(prefix + dir); !s)
            return s;
    if (Status s = out.addFile(prefix + "etc/hosts", 0644, hostsContents()); !s)
        return s;
    if (!hadMtab)
        if (Status s = out.addSymlink(prefix + "etc/mtab", "/proc/mounts", 0755); !s)
            return s;
    if (options.resolvConfSymlink) {
        if (Status s = out.addSymlink(prefix + "etc/resolv.conf", kResolvTarget, 0644); !s)
            return s;
    } else if (Status s = out.addFile(prefix + "etc/resolv.conf", 0644, noResolvConfContents());
               !s) {
        return s;
    }
    for (const char *dir : {"proc", "sys"})
        if (Status s = out.addDirectory(prefix + dir); !s)
            return s;
    return {};
}

Status ImageTarCopier::copyKernel(const QString &flattenedTar, const KernelOptions &options,
                                  RootfsStream &out) {
    Result<ReadPtr> opened = openTar(flattenedTar);
    if (!opened)
        return opened.error();
    archive *in = opened->get();
    const QByteArray binary = cleanArchivePath(options.binary).value_or(options.binary);
    const QByteArray modules =
        options.modulesTar.isEmpty()
            ? QByteArray()
            : cleanArchivePath(options.modulesTar).value_or(options.modulesTar);
    const QByteArray ucode = options.ucode.isEmpty()
                                 ? QByteArray()
                                 : cleanArchivePath(options.ucode).value_or(options.ucode);
    bool bootWritten = false, foundKernel = false, foundModules = false;
    archive_entry *entry = nullptr;
    for (;;) {
        bool eof = false;
        if (Status s = nextHeader(in, &entry, &eof, flattenedTar); !s)
            return s;
        if (eof)
            break;
        const QByteArray name(archive_entry_pathname(entry));
        const bool isKernel = name == binary, isUcode = !ucode.isEmpty() && name == ucode;
        if ((isKernel || isUcode) && !bootWritten) {
            if (Status s = out.addDirectory("boot"); !s)
                return s;
            bootWritten = true;
        }
        if (isUcode || isKernel) {
            if (isKernel) {
                foundKernel = true;
                if (Status s = out.addFile("boot/cmdline", 0644, options.cmdline); !s)
                    return s;
            }
            archive_entry_set_pathname(entry, isKernel ? "boot/kernel" : "boot/ucode.cpio");
            archive_entry_set_uid(entry, 0);
            archive_entry_set_gid(entry, 0);
            archive_entry_set_uname(entry, nullptr);
            archive_entry_set_gname(entry, nullptr);
            archive_entry_set_mtime(entry, RootfsStream::kGeneratedMtime, 0);
            if (Status s = out.addHeader(entry); !s)
                return s;
            if (Status s = copyData(in, out, flattenedTar); !s)
                return s;
            continue;
        }
        if (modules.isEmpty() || name != modules)
            continue;
        foundModules = true;
        // The modules tar is copied member by member, names as written ("./lib/…").
        NestedSource source{in};
        ReadPtr nested(archive_read_new());
        archive_read_support_filter_all(nested.get());
        archive_read_support_format_tar(nested.get());
        if (archive_read_open(nested.get(), &source, nullptr, &nestedRead, nullptr) != ARCHIVE_OK)
            return Error(QStringLiteral("cannot read the kernel modules tar: %1")
                             .arg(QString::fromUtf8(archive_error_string(nested.get()))),
                         QString::fromUtf8(modules));
        archive_entry *member = nullptr;
        const QString where = QString::fromUtf8(modules);
        for (;;) {
            bool end = false;
            if (Status s = nextHeader(nested.get(), &member, &end, where); !s)
                return s;
            if (end)
                break;
            const QByteArray memberName(archive_entry_pathname(member));
            if (memberName.startsWith('/') || !cleanArchivePath(memberName))
                return Error(QStringLiteral("member %1 would land outside the root")
                                 .arg(QString::fromUtf8(memberName)),
                             where);
            if (const char *hard = archive_entry_hardlink(member))
                if (!cleanArchivePath(QByteArray(hard)))
                    return Error(QStringLiteral("hard link %1 points outside the root")
                                     .arg(QString::fromUtf8(memberName)),
                                 where);
            archive_entry_sparse_clear(member);
            if (Status s = out.addHeader(member); !s)
                return s;
            if (archive_entry_filetype(member) == AE_IFREG && !archive_entry_hardlink(member) &&
                archive_entry_size(member) > 0)
                if (Status s = copyData(nested.get(), out, where); !s)
                    return s;
        }
    }
    if (!foundKernel)
        return Error(QStringLiteral("did not find kernel in kernel image (looked for %1)")
                         .arg(QString::fromUtf8(binary)));
    if (!modules.isEmpty() && !foundModules)
        return Error(QStringLiteral("did not find kernel tar in kernel image (looked for %1)")
                         .arg(QString::fromUtf8(modules)));
    return {};
}

} // namespace Lkc
