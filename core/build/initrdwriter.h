// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cacheentry.h"
#include "gzipmemberwriter.h"
#include "rootfssink.h"

#include <QFile>

#include <memory>

namespace Lkc {

class BuildCache;

// The initrd of format §6.2: a gzip'd cpio "newc" of the root filesystem
// stream minus everything under boot/, in stream order. Inodes count from 721,
// the archive device is 3/1, directories have nlink 2, hard links become
// relative symlinks, and the cpio is zero-padded to 512 bytes. Each section and
// each chunk (an image copied under a prefix) is compressed as its own gzip
// members; with a build cache, a chunk's members are recorded and replayed by
// key, so a rebuild compresses and reads only what changed. Cuts are the same
// with or without a cache: the bytes do not depend on what was cached.
class InitrdWriter : public RootfsSink {
public:
    explicit InitrdWriter(QString path, const BuildCache *cache = nullptr, int level = 6);

    Status open();
    Status beginSection(const QString &key) override;
    Status writeHeader(archive_entry *entry) override;
    Status writeData(const char *data, size_t size) override;
    Status finish() override;

    bool canReplay() const override { return m_cache != nullptr; }
    Replay replayChunk(const QByteArray &key, QString *note) override;
    Status undoReplay() override;
    Status beginChunk(const QByteArray &key) override;
    Status endChunk() override;

    qint64 cpioBytes() const { return m_offset; }
    // Compressed bytes copied from the cache into the output.
    qint64 replayedBytes() const { return m_replayedBytes; }

private:
    Status emitHeader(const QByteArray &name, quint32 mode, quint32 uid, quint32 gid, quint32 nlink,
                      quint32 mtime, quint64 size, quint32 rdevMajor, quint32 rdevMinor);
    Status put(const char *data, qsizetype size);
    Status pad(int multiple);
    Status entryDone();
    void startWriteback();
    Status checked(Status s) const;
    Error fileError(const QString &action) const;
    QString entryPath(const QByteArray &key) const;

    QString m_path;
    const BuildCache *m_cache;
    int m_level;
    QFile m_file; // unbuffered: a failed write (disk full) fails at once
    std::unique_ptr<GzipMemberWriter> m_gzip;
    quint32 m_nextInode = 721;
    qint64 m_offset = 0;
    bool m_copyingData = false; // the current member's data goes into the cpio
    quint64 m_dataLeft = 0;
    // The chunk being recorded, and where it began.
    std::unique_ptr<CacheEntryWriter> m_record;
    qint64 m_chunkOffset = 0;
    quint32 m_chunkInode = 0;
    // Where the last replay began, to take it back.
    qint64 m_undoPos = -1;
    qint64 m_undoOffset = 0;
    quint32 m_undoInode = 0;
    qint64 m_replayedBytes = 0;
    qint64 m_writtenBack = 0; // output bytes handed to the kernel's writeback
};

} // namespace Lkc
