// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/jobcontrol.h"
#include "util/result.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Lkc {

// The build cache beside the image store (default <store>/lkc-build-cache):
//   flattened/<manifest>-v2-<sha256>.tar   one image's layers merged (FlattenedImageCache)
//   sections/<kind>-<key>.entry            a section's output bytes (CacheEntry format):
//                                          "initrd" gzip members, "boot" kernel files,
//                                          "side" what the assembler learnt while copying
// Every name is derived from what the bytes are made of (image digest, settings, writer
// version, the initrd's inode counter), so a name never has to be re-validated against
// its sources, only its bytes against their checksum.
//
// Why nothing damaged reaches an output, without re-hashing every blob on each build:
// - an entry is written under a temp name, fsync'd, then renamed, so a name holds a
//   complete entry or nothing (a crash leaves only temp names, which nothing reads);
// - a section entry is hashed while its bytes are copied into the build's temp output
//   (a copy the build makes anyway; the hashing runs on a pool thread beside the write,
//   over every byte, and the replay counts only once it has finished and matched); on a
//   mismatch the output is cut back to where the section began, the entry is deleted,
//   and the section is made again from the image, so the output never keeps a byte
//   that failed the check;
// - a flattened tar is re-hashed against the checksum in its name before it is read
//   (only on a section miss, when it is read anyway), and layer blobs are hashed against
//   their digests before they are flattened, so a result made from a damaged blob is
//   never cached;
// - a warm build reads no blob and no flattened tar at all: the section entries it
//   copies are checked in full on the way;
// - a layer blob that fails its digest is deleted from the store before the build
//   fetches it again (or fails saying how to), so it is never flattened.
// Entries are used least-recently first out when the cache passes its size limit.
class BuildCache {
public:
    explicit BuildCache(QString dir);

    QString dir() const { return m_dir; }
    // The entry file for a section of `kind` whose bytes depend on `key` exactly.
    QString sectionPath(const QString &kind, const QByteArray &key) const;
    // Marks an entry as just used (its mtime is the LRU clock).
    static void touch(const QString &path);

    // A size like "500M", "2G", "1048576"; -1 when it is not one.
    static qint64 parseSize(const QString &text);
    // $LKC_BUILD_CACHE_MAX, else 10 GiB.
    static qint64 defaultMaxBytes();

    struct Usage {
        int flattened = 0;
        qint64 flattenedBytes = 0;
        int sections = 0;
        qint64 sectionBytes = 0;
        qint64 leftoverBytes = 0; // temp files of killed builds, old formats
        qint64 total() const { return flattenedBytes + sectionBytes + leftoverBytes; }
    };
    Usage usage() const;

    // Deletes least recently used entries (and stale temp files) until the cache
    // holds at most `maxBytes`; `keep` (paths) stays. Returns the bytes freed.
    qint64 trim(qint64 maxBytes, const QSet<QString> &keep = {}) const;
    // Deletes everything but files being written right now. Returns the bytes freed.
    qint64 clear() const;

    struct VerifyReport {
        int entriesChecked = 0;
        qint64 bytesChecked = 0;
        QStringList problems;
        int removed = 0;
    };
    // Re-hashes every entry; `fix` deletes damaged ones (the next build makes them again
    // from the blobs).
    Result<VerifyReport> verify(const JobControl &job, bool fix) const;

private:
    struct File {
        QString path;
        qint64 size = 0;
        qint64 used = 0; // mtime, ms
        bool leftover = false;
        bool flattened = false;
    };
    QList<File> files() const;

    QString m_dir;
};

} // namespace Lkc
