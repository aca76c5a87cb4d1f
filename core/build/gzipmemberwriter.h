// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace Lkc {

// Writes a stream as a series of gzip members (valid gzip: `gzip -d` and the
// kernel's initramfs unpacker both read concatenated members). Members are cut
// every `chunkSize` bytes and wherever cut() is called, so unchanged parts of
// a stream compress to the same member; with a cache directory each member is
// kept by the SHA-256 of its input and reused instead of compressed again.
// Compression is libdeflate when available (else zlib), always deterministic.
class GzipMemberWriter {
public:
    explicit GzipMemberWriter(QIODevice *out, int level = 6, QString cacheDir = {},
                              qsizetype chunkSize = 1 << 20);

    Status write(const char *data, qsizetype size);
    Status cut();
    Status finish() { return cut(); }

    qint64 bytesIn() const { return m_bytesIn; }
    qint64 cacheHits() const { return m_cacheHits; }
    qint64 membersWritten() const { return m_members; }

    // One gzip member of `data` (header mtime 0), for tests and benchmarks.
    static QByteArray compressMember(const QByteArray &data, int level);

private:
    Status flushChunk();

    QIODevice *m_out;
    int m_level;
    QString m_cacheDir;
    qsizetype m_chunkSize;
    QByteArray m_pending;
    qint64 m_bytesIn = 0;
    qint64 m_cacheHits = 0;
    qint64 m_members = 0;
};

} // namespace Lkc
