// SPDX-License-Identifier: Apache-2.0
#include "rootfsstream.h"

#include "buildcache.h"
#include "cacheentry.h"

#include <archive_entry.h>

#include <memory>

namespace Lkc {

namespace {
struct EntryDeleter {
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};
using EntryPtr = std::unique_ptr<archive_entry, EntryDeleter>;

EntryPtr generatedEntry(const QByteArray &path, unsigned type, int mode, qint64 uid, qint64 gid,
                        qint64 mtime) {
    EntryPtr e(archive_entry_new());
    archive_entry_set_pathname(e.get(), path.constData());
    archive_entry_set_filetype(e.get(), type);
    archive_entry_set_perm(e.get(), mode_t(mode));
    archive_entry_set_uid(e.get(), uid);
    archive_entry_set_gid(e.get(), gid);
    archive_entry_set_mtime(e.get(), time_t(mtime), 0);
    archive_entry_set_size(e.get(), 0);
    return e;
}
} // namespace

RootfsStream::RootfsStream(QList<RootfsSink *> sinks, const JobControl &control)
    : m_sinks(std::move(sinks))
    , m_control(control) {}

void RootfsStream::setCache(const BuildCache *cache, std::function<void(const QString &)> log) {
    m_cache = cache;
    m_log = std::move(log);
}

Result<bool> RootfsStream::replayChunk(const QByteArray &key, QByteArray *side) {
    if (!m_cache)
        return false;
    for (RootfsSink *sink : m_sinks)
        if (!sink->canReplay())
            return false;
    // What the producer reported (an apk database) is an entry of its own.
    const QString sidePath = m_cache->sectionPath(QStringLiteral("side"), key);
    CacheEntryReader reader;
    if (!reader.open(sidePath))
        return false;
    QByteArray bytes(qsizetype(qMax<qint64>(reader.payloadSize(), 0)), Qt::Uninitialized);
    qint64 got = 0;
    while (!reader.isDamaged() && got < bytes.size()) {
        const qint64 n = reader.read(bytes.data() + got, bytes.size() - got);
        if (n <= 0)
            break;
        got += n;
    }
    if (!reader.finish()) {
        ++m_damaged;
        QFile::remove(sidePath);
        if (m_log)
            m_log(QStringLiteral("Build cache entry %1 is damaged: making it again from the image")
                      .arg(sidePath));
        return false;
    }
    QList<RootfsSink *> done;
    for (RootfsSink *sink : m_sinks) {
        QString note;
        const RootfsSink::Replay r = sink->replayChunk(key, &note);
        if (r == RootfsSink::Replay::Done) {
            done.append(sink);
            continue;
        }
        if (r == RootfsSink::Replay::Damaged) {
            ++m_damaged;
            if (m_log)
                m_log(note);
        }
        for (RootfsSink *d : done)
            if (Status s = d->undoReplay(); !s)
                return s.error();
        return false;
    }
    BuildCache::touch(sidePath);
    *side = bytes;
    ++m_replayed;
    return true;
}

Status RootfsStream::beginChunk(const QByteArray &key) {
    m_chunkKey = key;
    for (RootfsSink *sink : m_sinks)
        if (Status s = sink->beginChunk(key); !s)
            return s;
    return {};
}

Status RootfsStream::endChunk(const QByteArray &side) {
    for (RootfsSink *sink : m_sinks)
        if (Status s = sink->endChunk(); !s)
            return s;
    ++m_produced;
    if (m_cache) {
        // Written last: a replay needs it, so a chunk half-recorded is never replayed.
        CacheEntryWriter writer;
        if (writer.open(m_cache->sectionPath(QStringLiteral("side"), m_chunkKey)) &&
            writer.write(side.constData(), side.size()))
            (void)writer.commit({}); // the cache is an optimisation: a failure only costs speed
    }
    return {};
}

Status RootfsStream::beginSection(const QString &key) {
    for (RootfsSink *sink : m_sinks)
        if (Status s = sink->beginSection(key); !s)
            return s;
    return {};
}

Status RootfsStream::addHeader(archive_entry *entry) {
    if (m_control.isCanceled())
        return Error(QStringLiteral("canceled"));
    for (RootfsSink *sink : m_sinks)
        if (Status s = sink->writeHeader(entry); !s)
            return s;
    return {};
}

Status RootfsStream::addData(const char *data, size_t size) {
    m_bytes += qint64(size);
    for (RootfsSink *sink : m_sinks)
        if (Status s = sink->writeData(data, size); !s)
            return s;
    return {};
}

Status RootfsStream::addDirectory(const QByteArray &path, int mode, qint64 uid, qint64 gid) {
    EntryPtr e = generatedEntry(path, AE_IFDIR, mode, uid, gid, kGeneratedMtime);
    return addHeader(e.get());
}

Status RootfsStream::addFile(const QByteArray &path, int mode, const QByteArray &contents,
                             qint64 uid, qint64 gid, qint64 mtime) {
    EntryPtr e = generatedEntry(path, AE_IFREG, mode, uid, gid, mtime);
    archive_entry_set_size(e.get(), contents.size());
    if (Status s = addHeader(e.get()); !s)
        return s;
    return contents.isEmpty() ? Status() : addData(contents.constData(), size_t(contents.size()));
}

Status RootfsStream::addSymlink(const QByteArray &path, const QByteArray &target, int mode,
                                qint64 uid, qint64 gid) {
    EntryPtr e = generatedEntry(path, AE_IFLNK, mode, uid, gid, kGeneratedMtime);
    archive_entry_set_symlink(e.get(), target.constData());
    return addHeader(e.get());
}

Status RootfsStream::finish() {
    for (RootfsSink *sink : m_sinks)
        if (Status s = sink->finish(); !s)
            return s;
    return {};
}

} // namespace Lkc
