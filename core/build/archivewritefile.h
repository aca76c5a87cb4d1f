// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "image/sha256hasher.h"
#include "util/atomicfile.h"
#include "util/result.h"

struct archive;
struct archive_entry;

namespace Lkc {

// A PAX tar written with libarchive into an AtomicFile: the file appears under
// its name only on commit(); destroyed uncommitted, nothing is left behind.
// Ends with two zero blocks and no record padding, like Go's archive/tar.
class ArchiveWriteFile {
public:
    ArchiveWriteFile();
    ~ArchiveWriteFile();
    ArchiveWriteFile(const ArchiveWriteFile &) = delete;
    ArchiveWriteFile &operator=(const ArchiveWriteFile &) = delete;

    Status open(const QString &path);
    Status writeHeader(archive_entry *entry);
    Status writeData(const char *data, size_t size);
    Status commit();
    qint64 bytesWritten() const { return m_written; }
    // SHA-256 of the bytes written, hashed on the way (no second read).
    QString sha256Hex() const { return m_hasher.finish().hex(); }

private:
    static long writeCallback(archive *, void *self, const void *buffer, size_t length);

    AtomicFile m_file;
    archive *m_archive = nullptr;
    qint64 m_written = 0;
    Sha256Hasher m_hasher;
};

} // namespace Lkc
