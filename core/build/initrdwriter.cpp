// SPDX-License-Identifier: Apache-2.0
#include "initrdwriter.h"

#include "archivepath.h"
#include "buildcache.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QThreadPool>

#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <future>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

namespace Lkc {

namespace {
// Members are cut at the first entry boundary past this many bytes.
constexpr qsizetype kMemberSize = 1 << 20;
// Written-back in steps of this many bytes (startWriteback).
constexpr qint64 kWritebackStep = 8 << 20;
// cpio type bits (the high nibble of st_mode).
constexpr quint32 kTypeFifo = 0010000, kTypeChar = 0020000, kTypeDir = 0040000,
                  kTypeBlock = 0060000, kTypeReg = 0100000, kTypeSymlink = 0120000;
} // namespace

// Bumped whenever the bytes written for the same members change.
constexpr char kFormat[] = "lkc-initrd-chunk-1";

InitrdWriter::InitrdWriter(QString path, const BuildCache *cache, int level)
    : m_path(std::move(path))
    , m_cache(cache)
    , m_level(level) {}

Status InitrdWriter::open() {
    // A plain file: it is a temp output in the build's staging folder, renamed
    // into place (or deleted) by the build; a replay may cut it back (resize).
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return fileError(QStringLiteral("create"));
    m_gzip = std::make_unique<GzipMemberWriter>(&m_file, m_level);
    return {};
}

QString InitrdWriter::entryPath(const QByteArray &key) const {
    // The chunk's bytes depend on its members, the inode counter where it
    // starts, the compressor and its level, and this writer's format.
    return m_cache->sectionPath(QStringLiteral("initrd"),
                                key + '\n' + kFormat + '\n' + QByteArray::number(m_nextInode) +
                                    '\n' + GzipMemberWriter::compressorId() + '\n' +
                                    QByteArray::number(m_level));
}

RootfsSink::Replay InitrdWriter::replayChunk(const QByteArray &key, QString *note) {
    // Everything before the chunk is in the file first: the replay appends to it.
    if (!m_cache || !m_gzip->flush())
        return Replay::Missing;
    const QString path = entryPath(key);
    CacheEntryReader reader;
    if (!reader.open(path))
        return Replay::Missing;
    const qint64 start = m_file.pos();
    const auto damaged = [&]() {
        // Cut the output back: no byte that failed the check stays in it.
        m_file.seek(start);
        m_file.resize(start);
        QFile::remove(path);
        *note = QStringLiteral("Build cache entry %1 is damaged: making that section again "
                               "from the image")
                    .arg(path);
        return Replay::Damaged;
    };
    // Two buffers: one is hashed on a pool thread while the other is read and
    // written here, so checking the entry costs little more than copying it.
    static thread_local QByteArray buffers[2] = {QByteArray(1 << 20, Qt::Uninitialized),
                                                 QByteArray(1 << 20, Qt::Uninitialized)};
    std::future<void> hashing;
    const auto hashed = [&hashing]() {
        if (hashing.valid())
            hashing.get();
    };
    qint64 copied = 0;
    for (int turn = 0;; turn ^= 1) {
        QByteArray &buffer = buffers[turn];
        const qint64 n = reader.readUnhashed(buffer.data(), buffer.size());
        hashed();
        if (n < 0)
            return damaged();
        if (n == 0)
            break;
        auto done = std::make_shared<std::promise<void>>();
        hashing = done->get_future();
        QThreadPool::globalInstance()->start([&reader, done, data = buffer.constData(), n]() {
            reader.hash(data, n);
            done->set_value();
        });
        if (m_file.write(buffer.constData(), n) != n) {
            hashed();
            m_file.seek(start);
            m_file.resize(start);
            return Replay::Missing; // a full disk fails again, with its message, when produced
        }
        copied += n;
        startWriteback();
    }
    if (!reader.finish())
        return damaged();
    // Trusted only now that the checksum matched.
    const QList<QByteArray> meta = reader.meta().split(' ');
    if (meta.size() != 2)
        return damaged();
    m_undoPos = start;
    m_undoOffset = m_offset;
    m_undoInode = m_nextInode;
    m_offset += meta[0].toLongLong();
    m_nextInode += meta[1].toUInt();
    m_replayedBytes += copied;
    BuildCache::touch(path);
    return Replay::Done;
}

Status InitrdWriter::undoReplay() {
    if (m_undoPos < 0)
        return {};
    m_replayedBytes -= m_file.pos() - m_undoPos;
    if (!m_file.seek(m_undoPos) || !m_file.resize(m_undoPos))
        return fileError(QStringLiteral("write"));
    m_offset = m_undoOffset;
    m_nextInode = m_undoInode;
    m_undoPos = -1;
    return {};
}

Status InitrdWriter::beginChunk(const QByteArray &key) {
    m_undoPos = -1;
    // A chunk is its own run of gzip members, cached or not; the members before it
    // are written before the tee starts recording.
    if (Status s = m_gzip->flush(); !s)
        return s;
    m_record.reset();
    m_gzip->setTee({});
    if (!m_cache)
        return {};
    m_record = std::make_unique<CacheEntryWriter>();
    if (!m_record->open(entryPath(key))) {
        m_record.reset(); // the cache is an optimisation: no entry, no error
        return {};
    }
    m_chunkOffset = m_offset;
    m_chunkInode = m_nextInode;
    m_gzip->setTee([this](const char *data, qint64 size) {
        if (m_record && !m_record->write(data, size))
            m_record.reset();
        return Status();
    });
    return {};
}

Status InitrdWriter::endChunk() {
    if (Status s = m_gzip->flush(); !s)
        return s;
    m_gzip->setTee({});
    if (m_record) {
        const QByteArray meta = QByteArray::number(m_offset - m_chunkOffset) + ' ' +
                                QByteArray::number(m_nextInode - m_chunkInode);
        (void)m_record->commit(meta);
        m_record.reset();
    }
    return {};
}

void InitrdWriter::startWriteback() {
    // The output is fsync'd when it is complete; asking the kernel to start writing
    // what is already there lets the disk work while the rest is made, so that
    // fsync (the longest part of a warm build on a busy disk) has little left to do.
    const qint64 pos = m_file.pos();
    m_writtenBack = qMin(m_writtenBack, pos); // a replay was cut back
    if (pos - m_writtenBack < kWritebackStep)
        return;
    (void)::sync_file_range(m_file.handle(), m_writtenBack, pos - m_writtenBack,
                            SYNC_FILE_RANGE_WRITE);
    m_writtenBack = pos;
}

Error InitrdWriter::fileError(const QString &action) const {
    // QFile reports strerror(); say "disk full" (with the space left) the way every other
    // output does.
    const int err =
        m_file.errorString() == QString::fromLocal8Bit(std::strerror(ENOSPC)) ? ENOSPC : EIO;
    if (err == ENOSPC)
        return AtomicFiles::systemError(action, m_path, err);
    return Error(QStringLiteral("cannot %1: %2").arg(action, m_file.errorString()), m_path);
}

Status InitrdWriter::checked(Status s) const {
    // A failed write names the file and says when the disk is full.
    if (!s && m_file.error() != QFileDevice::NoError)
        return fileError(QStringLiteral("write"));
    return s;
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
    if (Status s = m_gzip->cutIfAtLeast(kMemberSize); !s)
        return s;
    startWriteback();
    return {};
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
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0)
        return fileError(QStringLiteral("write"));
    m_file.close();
    return {};
}

} // namespace Lkc
