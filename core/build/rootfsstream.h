// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rootfssink.h"
#include "util/jobcontrol.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace Lkc {

class BuildCache;

// The phase-1 root filesystem as one stream of members, fanned out to every
// sink (rootfs tar, initrd, boot files). Generated members (directories,
// config.json, boot/*, files) get LinuxKit's fixed mtime and root ownership.
class RootfsStream {
public:
    // 2017-04-18 16:30:00 UTC: LinuxKit's mtime for every generated member.
    static constexpr qint64 kGeneratedMtime = 1492533000;

    RootfsStream(QList<RootfsSink *> sinks, const JobControl &control);

    // Where chunks are recorded and replayed from; without one, chunks are always produced.
    void setCache(const BuildCache *cache, std::function<void(const QString &)> log);

    Status beginSection(const QString &key);
    Status addDirectory(const QByteArray &path, int mode = 0755, qint64 uid = 0, qint64 gid = 0);
    Status addFile(const QByteArray &path, int mode, const QByteArray &contents, qint64 uid = 0,
                   qint64 gid = 0, qint64 mtime = kGeneratedMtime);
    Status addSymlink(const QByteArray &path, const QByteArray &target, int mode, qint64 uid = 0,
                      qint64 gid = 0);
    // A member with its own header; its data follows through addData().
    Status addHeader(archive_entry *entry);
    Status addData(const char *data, size_t size);
    Status finish();

    // Chunks (see RootfsSink). replayChunk: true when every sink replayed the chunk
    // from the cache and `*side` holds what its producer reported (the caller then
    // skips producing it); false: produce it between beginChunk and endChunk, which
    // records it (with `side`) where the cache allows.
    Result<bool> replayChunk(const QByteArray &key, QByteArray *side);
    Status beginChunk(const QByteArray &key);
    Status endChunk(const QByteArray &side);

    qint64 bytesStreamed() const { return m_bytes; }
    int chunksReplayed() const { return m_replayed; }
    int chunksProduced() const { return m_produced; }
    int damagedEntries() const { return m_damaged; }
    const JobControl &control() const { return m_control; }

private:
    QList<RootfsSink *> m_sinks;
    const JobControl &m_control;
    const BuildCache *m_cache = nullptr;
    std::function<void(const QString &)> m_log;
    QByteArray m_chunkKey;
    qint64 m_bytes = 0;
    int m_replayed = 0;
    int m_produced = 0;
    int m_damaged = 0;
};

} // namespace Lkc
