// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "digest.h"
#include "sha256hasher.h"
#include "util/result.h"

#include <QFile>

namespace Lkc {

// Streams one blob into a store: bytes go to a temp file under <store>/ingest while
// they are hashed; commit() checks the digest (and size) and only then renames the
// file to blobs/sha256/<hex>. A writer that is not committed leaves nothing visible.
class BlobWriter {
public:
    BlobWriter(const QString &storeRoot, const Digest &expected, qint64 expectedSize);
    ~BlobWriter();
    BlobWriter(const BlobWriter &) = delete;
    BlobWriter &operator=(const BlobWriter &) = delete;

    Status open();
    Status write(const char *data, qint64 size);
    Status write(const QByteArray &data) { return write(data.constData(), data.size()); }
    qint64 bytesWritten() const { return m_written; }
    // Keeps the bytes a killed writer of this blob left in ingest/<hex>.partial, re-hashed
    // so the digest still covers the whole file; call right after open(). Without it
    // the first write or commit starts from an empty file.
    Status adoptPartial();
    qint64 resumedFrom() const { return m_resumedFrom; }
    Digest expectedDigest() const { return m_expected; }
    // Verifies and publishes the blob; returns its digest.
    Result<Digest> commit();
    // Throws the partial bytes away and starts over (a resume the server refused).
    Status restart();
    void discard();
    // Leaves what was written for the next writer of this blob to resume from.
    void keepPartial();

private:
    Status dropStale();

    QString m_root;
    Digest m_expected;
    qint64 m_expectedSize;
    QFile m_file;
    Sha256Hasher m_hasher;
    qint64 m_written = 0;
    qint64 m_resumedFrom = 0;
    qint64 m_stale = 0; // bytes of an earlier writer, not (yet) adopted
    bool m_done = false;
};

} // namespace Lkc
