// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <deque>
#include <functional>
#include <future>
#include <memory>

class QThreadPool;

namespace Lkc {

// Writes a stream as a series of gzip members (valid gzip: `gzip -d` and the
// kernel's initramfs unpacker both read concatenated members). A member ends
// only where cut() is called: the kernel requires each member to end on a cpio
// entry boundary. Members up to `bufferLimit` are compressed in one go with
// libdeflate (zlib when it is missing). A member that outgrows the buffer (one
// huge file) is streamed through zlib instead, so memory stays bounded. Output
// is deterministic either way. A tee sees every compressed byte written (the
// initrd records cache entries through it).
//
// With more than one worker, buffered members are compressed on a thread pool
// while the caller goes on producing the next one, and written to `out` in
// order. Where members end is decided by the caller's cuts alone, and each
// member is compressed on its own, so the bytes do not depend on the number of
// workers or on timing. The device and the tee are only touched on the
// caller's thread.
class GzipMemberWriter {
public:
    // workers: 0 = threadCount(); 1 = compress on the caller's thread.
    explicit GzipMemberWriter(QIODevice *out, int level = 6, qsizetype bufferLimit = 8 << 20,
                              int workers = 0);
    ~GzipMemberWriter();

    // Compressing threads to use: $LKC_BUILD_THREADS when set (>= 1), else the
    // number of cores.
    static int threadCount();

    Status write(const char *data, qsizetype size);
    // Ends the current member (no-op when it is empty).
    Status cut();
    // Ends the current member if it holds at least `size` bytes.
    Status cutIfAtLeast(qsizetype size) { return m_memberBytes >= size ? cut() : Status(); }
    Status finish() { return flush(); }
    // Ends the current member and writes every member still being compressed: the
    // device (and the tee) have seen every byte once it returns.
    Status flush();

    qint64 bytesIn() const { return m_bytesIn; }
    using Tee = std::function<Status(const char *data, qint64 size)>;
    void setTee(Tee tee) { m_tee = std::move(tee); }
    // Which compressor makes the bytes (part of every cache key over them).
    static QByteArray compressorId();
    qint64 membersWritten() const { return m_members; }
    int workers() const { return m_workers; }

    // One gzip member of `data` (header mtime 0), for tests and benchmarks.
    static QByteArray compressMember(const QByteArray &data, int level);

private:
    struct Stream;
    Status startStreaming();
    Status streamData(const char *data, qsizetype size, bool finish);
    Status put(const QByteArray &bytes);
    // Writes finished members from the front of the queue; `wait`: until at most
    // `keep` are left.
    Status collect(qsizetype keep, bool wait);

    QIODevice *m_out;
    int m_level;
    Tee m_tee;
    qsizetype m_bufferLimit;
    QByteArray m_pending;
    std::unique_ptr<Stream> m_stream; // set while a member is streamed
    qint64 m_memberBytes = 0;
    qint64 m_bytesIn = 0;
    qint64 m_members = 0;
    int m_workers = 1;
    std::unique_ptr<QThreadPool> m_pool;            // when m_workers > 1
    std::deque<std::future<QByteArray>> m_inFlight; // in output order
};

} // namespace Lkc
