// SPDX-License-Identifier: Apache-2.0
#include "initrdwriter.h"

#include "archivepath.h"

#include <QDir>
#include <QFileInfo>

#include <archive_entry.h>

namespace Lkc {

namespace {
// Members are cut at the first entry boundary past this many bytes.
constexpr qsizetype kMemberSize = 1 << 20;
// cpio type bits (the high nibble of st_mode).
constexpr quint32 kTypeFifo = 0010000, kTypeChar = 0020000, kTypeDir = 0040000,
                  kTypeBlock = 0060000, kTypeReg = 0100000, kTypeSymlink = 0120000;
} // namespace

InitrdWriter::InitrdWriter(QString path, QString cacheDir, int level)
    : m_path(std::move(path))
    , m_cacheDir(std::move(cacheDir))
    , m_level(level) {}

Status InitrdWriter::open() {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    // Unbuffered: a full disk fails the write that hit it (QSaveFile::commit() would
    // ignore a failed flush of its buffer).
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error(QStringLiteral("cannot write: %1").arg(m_file.errorString()), m_path);
    m_gzip = std::make_unique<GzipMemberWriter>(&m_file, m_level, m_cacheDir);
    return {};
}

Status InitrdWriter::beginSection(const QString &) {
    return m_gzip->cut();
}

Status InitrdWriter::put(const char *data, qsizetype size) {
    m_offset += size;
    return m_gzip->write(data, size);
}

Status InitrdWriter::pad(int multiple) {
    static const char zeros[512] = {};
    const qint64 rest = m_offset % multiple;
    return rest ? put(zeros, multiple - rest) : Status();
}

Status InitrdWriter::emitHeader(const QByteArray &name, quint32 mode, quint32 uid, quint32 gid,
                                quint32 nlink, quint32 mtime, quint64 size, quint32 rdevMajor,
                                quint32 rdevMinor) {
    const quint32 fields[] = {m_nextInode++,
                              mode,
                              uid,
                              gid,
                              nlink,
                              mtime,
                              quint32(size),
                              3,
                              1,
                              rdevMajor,
                              rdevMinor,
                              quint32(name.size() + 1),
                              0};
    QByteArray header("070701");
    header.reserve(110 + name.size() + 4);
    for (quint32 f : fields)
        header += QByteArray::number(f, 16).rightJustified(8, '0');
    header += name;
    header += '\0';
    if (Status s = put(header.constData(), header.size()); !s)
        return s;
    return pad(4);
}

Status InitrdWriter::entryDone() {
    // The kernel's unpacker needs every gzip member to end between cpio entries.
    return m_gzip->cutIfAtLeast(kMemberSize);
}

Status InitrdWriter::writeHeader(archive_entry *entry) {
    const QByteArray name(archive_entry_pathname(entry));
    m_copyingData = false;
    m_dataLeft = 0;
    // boot/ is taken out of the initrd: the kernel, cmdline and ucode travel
    // beside it (the bare "boot" directory stays, as in LinuxKit).
    if (name.startsWith("boot/"))
        return {};
    const quint32 perm = quint32(archive_entry_perm(entry)) & 07777;
    const quint32 uid = quint32(archive_entry_uid(entry));
    const quint32 gid = quint32(archive_entry_gid(entry));
    const quint32 mtime = quint32(archive_entry_mtime(entry));
    if (const char *hard = archive_entry_hardlink(entry)) {
        // newc hard links would need the data repeated; LinuxKit writes a
        // relative symlink instead (which breaks argv[0]-dispatching binaries).
        const QByteArray target =
            relativeLinkTarget(cleanArchivePath(name).value_or(name),
                               cleanArchivePath(QByteArray(hard)).value_or(QByteArray(hard)));
        if (Status s = emitHeader(name, perm | kTypeSymlink, uid, gid, 1, mtime,
                                  quint64(target.size()), 0, 0);
            !s)
            return s;
        if (Status s = put(target.constData(), target.size()); !s)
            return s;
        if (Status s = pad(4); !s)
            return s;
        return entryDone();
    }
    quint32 type = 0;
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
        type = kTypeReg;
        break;
    case AE_IFDIR:
        type = kTypeDir;
        break;
    case AE_IFLNK:
        type = kTypeSymlink;
        break;
    case AE_IFCHR:
        type = kTypeChar;
        break;
    case AE_IFBLK:
        type = kTypeBlock;
        break;
    case AE_IFIFO:
        type = kTypeFifo;
        break;
    default:
        return Error(QStringLiteral("cannot convert tar file: %1 has a type cpio cannot hold")
                         .arg(QString::fromUtf8(name)));
    }
    const quint32 nlink = type == kTypeDir ? 2 : 1;
    const quint32 rdevMajor =
        type == kTypeChar || type == kTypeBlock ? archive_entry_rdevmajor(entry) : 0;
    const quint32 rdevMinor =
        type == kTypeChar || type == kTypeBlock ? archive_entry_rdevminor(entry) : 0;
    if (type == kTypeSymlink) {
        const QByteArray target(archive_entry_symlink(entry));
        if (Status s =
                emitHeader(name, perm | type, uid, gid, nlink, mtime, quint64(target.size()), 0, 0);
            !s)
            return s;
        if (Status s = put(target.constData(), target.size()); !s)
            return s;
        if (Status s = pad(4); !s)
            return s;
        return entryDone();
    }
    const quint64 size = type == kTypeReg ? quint64(archive_entry_size(entry)) : 0;
    if (size > 0xffffffffULL)
        return Error(QStringLiteral("%1 is larger than 4 GiB, the limit of a cpio newc member")
                         .arg(QString::fromUtf8(name)));
    if (Status s =
            emitHeader(name, perm | type, uid, gid, nlink, mtime, size, rdevMajor, rdevMinor);
        !s)
        return s;
    m_copyingData = size > 0;
    m_dataLeft = size;
    return size > 0 ? Status() : entryDone();
}

Status InitrdWriter::writeData(const char *data, size_t size) {
    if (!m_copyingData)
        return {};
    const size_t take = size_t(qMin<quint64>(size, m_dataLeft));
    if (Status s = put(data, qsizetype(take)); !s)
        return s;
    m_dataLeft -= take;
    if (m_dataLeft == 0) {
        m_copyingData = false;
        if (Status s = pad(4); !s)
            return s;
        return entryDone();
    }
    return {};
}

Status InitrdWriter::finish() {
    if (Status s = emitHeader(QByteArrayLiteral("TRAILER!!!"), 0, 0, 0, 1, 0, 0, 0, 0); !s)
        return s;
    if (Status s = pad(512); !s)
        return s;
    if (Status s = m_gzip->finish(); !s)
        return s;
    if (!m_file.commit())
        return Error(QStringLiteral("cannot write: %1").arg(m_file.errorString()), m_path);
    return {};
}

} // namespace Lkc
