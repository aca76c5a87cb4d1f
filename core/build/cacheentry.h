// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "image/sha256hasher.h"
#include "util/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Lkc {

// One file of the build cache: a fixed header (magic, lengths, SHA-256), the
// payload, then a small metadata block. The hash covers payload and metadata,
// so a reader that streams the payload out (into a build's temp output) knows
// at the end whether every byte it passed on was the byte written; see
// BuildCache for why that is enough to never serve a damaged entry.
class CacheEntryWriter {
public:
    CacheEntryWriter() = default;
    ~CacheEntryWriter(); // uncommitted: the temp file goes
    CacheEntryWriter(const CacheEntryWriter &) = delete;
    CacheEntryWriter &operator=(const CacheEntryWriter &) = delete;

    // Writes to "<path>.tmp-<pid>-<n>" until commit() renames it into place.
    Status open(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    Status write(const char *data, qint64 size);
    // Appends the metadata, fills in the header, syncs and renames.
    Status commit(const QByteArray &meta);
    void abandon();

private:
    QString m_path;
    QFile m_file;
    Sha256Hasher m_hasher;
    qint64 m_payload = 0;
    bool m_failed = false;
};

class CacheEntryReader {
public:
    static constexpr qint64 kHeaderSize = 64;

    // Opens and reads the header and metadata (not yet trusted: see finish()).
    // false when the file is missing; a malformed header counts as damage.
    bool open(const QString &path);
    bool isDamaged() const { return m_damaged; }
    const QByteArray &meta() const { return m_meta; }
    qint64 payloadSize() const { return m_payloadSize; }
    // Reads the next payload bytes (hashing them); 0 at the end, -1 on error.
    qint64 read(char *buffer, qint64 max);
    // The same in two steps, so the hashing can run on another thread while the
    // caller writes the bytes out: every byte read must be passed to hash(), in
    // order, before finish().
    qint64 readUnhashed(char *buffer, qint64 max);
    void hash(const char *data, qint64 size);
    // After the whole payload was read: true when payload and metadata match the hash.
    bool finish();
    QString path() const { return m_file.fileName(); }

    // Reads a whole entry and checks it (for `lkc cache verify`).
    static Status verifyFile(const QString &path, qint64 *bytes = nullptr);

private:
    QFile m_file;
    QByteArray m_meta;
    QByteArray m_expected;
    qint64 m_payloadSize = 0;
    qint64 m_left = 0;
    Sha256Hasher m_hasher;
    bool m_damaged = false;
};

} // namespace Lkc
