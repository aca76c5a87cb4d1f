// SPDX-License-Identifier: Apache-2.0
#include "blobwriter.h"

#include "util/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <sys/file.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>

namespace Lkc {

BlobWriter::BlobWriter(const QString &storeRoot, const Digest &expected, qint64 expectedSize)
    : m_root(storeRoot)
    , m_expected(expected)
    , m_expectedSize(expectedSize) {}

BlobWriter::~BlobWriter() {
    if (!m_done)
        discard();
}

// Holds an flock() on the temp file for as long as the writer lives, so `lkc cache clean`
// can tell a live download from one whose process died (only the latter is removed).
static bool lockAndCheck(QFile &file) {
    if (::flock(file.handle(), LOCK_EX | LOCK_NB) != 0)
        return false;
    // Clean may have unlinked the name between open and flock: then it is not ours.
    struct stat byFd, byName;
    return ::fstat(file.handle(), &byFd) == 0 &&
           ::stat(QFile::encodeName(file.fileName()).constData(), &byName) == 0 &&
           byFd.st_ino == byName.st_ino && byFd.st_dev == byName.st_dev;
}

Status BlobWriter::open() {
    const QString ingest = m_root + QStringLiteral("/ingest");
    if (!QDir().mkpath(ingest))
        return Error(QStringLiteral("cannot create the store's ingest directory: check "
                                    "permissions"),
                     ingest);
    // A blob of known digest goes to <hex>.partial, so a pull killed half-way leaves bytes
    // the next one resumes from (re-hashed here, so the digest still covers the whole
    // file). When another live writer holds that name, a private name is used instead.
    if (m_expected.isValid()) {
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_file.setFileName(ingest + QLatin1Char('/') + m_expected.hex() +
                               QStringLiteral(".partial"));
            if (!m_file.open(QIODevice::ReadWrite))
                break;
            if (!lockAndCheck(m_file)) {
                m_file.close();
                continue;
            }
            // Whatever is there stays untouched until adoptPartial() or the first write.
            m_stale = m_file.size();
            return {};
        }
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString name =
            (m_expected.isValid() ? m_expected.shortHex() : QStringLiteral("new")) +
            QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128);
        m_file.setFileName(ingest + QLatin1Char('/') + name);
        if (!m_file.open(QIODevice::ReadWrite | QIODevice::Truncate))
            return AtomicFiles::deviceError(QStringLiteral("cannot create"), m_file);
        if (lockAndCheck(m_file))
            return {};
        m_file.close();
    }
    return Error(QStringLiteral("cannot lock a temporary blob (is `lkc cache clean` looping?)"),
                 m_file.fileName());
}

Status BlobWriter::dropStale() {
    if (m_stale == 0)
        return {};
    m_stale = 0;
    if (!m_file.resize(0) || !m_file.seek(0))
        return AtomicFiles::deviceError(QStringLiteral("cannot truncate"), m_file);
    return {};
}

Status BlobWriter::adoptPartial() {
    const qint64 have = m_stale;
    if (have == 0 || m_written > 0 || (m_expectedSize >= 0 && have > m_expectedSize))
        return dropStale();
    m_stale = 0;
    if (!m_file.seek(0))
        return AtomicFiles::deviceError(QStringLiteral("cannot read"), m_file);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = m_file.read(buffer.data(), buffer.size());
        if (n < 0)
            return AtomicFiles::deviceError(QStringLiteral("cannot read"), m_file);
        if (n == 0)
            break;
        m_hasher.addData(buffer.constData(), n);
        m_written += n;
    }
    m_resumedFrom = m_written;
    return {};
}

Status BlobWriter::write(const char *data, qint64 size) {
    if (Status s = dropStale(); !s)
        return s;
    if (m_expectedSize >= 0 && m_written + size > m_expectedSize)
        return Error(QStringLiteral("blob is larger than its descriptor says (%1 bytes): the "
                                    "source is corrupt")
                         .arg(m_expectedSize),
                     m_expected.toString());
    if (m_file.write(data, size) != size)
        return AtomicFiles::deviceError(QStringLiteral("cannot write"), m_file);
    m_hasher.addData(data, size);
    m_written += size;
    return {};
}

Result<Digest> BlobWriter::commit() {
    if (Status s = dropStale(); !s) {
        discard();
        return s.error();
    }
    if (!m_file.flush()) {
        // Worded before discard() removes the file and clears its error.
        const Error error = AtomicFiles::deviceError(QStringLiteral("cannot write"), m_file);
        discard();
        return error;
    }
    // Still open (and flock()ed) until renamed: clean must not take it for a dead download.
    const Digest actual = m_hasher.finish();
    if (m_expectedSize >= 0 && m_written != m_expectedSize) {
        discard();
        return Error(QStringLiteral("blob is %1 bytes, its descriptor says %2: the download was "
                                    "cut short or the source is corrupt")
                         .arg(m_written)
                         .arg(m_expectedSize),
                     m_expected.toString());
    }
    if (m_expected.isValid() && actual != m_expected) {
        discard();
        return Error(QStringLiteral("content does not match its digest (got %1): the source "
                                    "is corrupt or was changed; nothing was stored")
                         .arg(actual.toString()),
                     m_expected.toString());
    }
    const QString dir = m_root + QStringLiteral("/blobs/sha256");
    QDir().mkpath(dir);
    const QString target = dir + QLatin1Char('/') + actual.hex();
    // rename(2) replaces atomically: a concurrent writer of the same blob wrote the same bytes.
    if (std::rename(QFile::encodeName(m_file.fileName()).constData(),
                    QFile::encodeName(target).constData()) != 0) {
        const Error error = AtomicFiles::systemError(
            QStringLiteral("cannot move the verified blob into place as"), target, errno);
        discard();
        return error;
    }
    m_file.close();
    m_done = true;
    return actual;
}

Status BlobWriter::restart() {
    // Truncated in place: the file stays open and locked.
    if (!m_file.resize(0) || !m_file.seek(0))
        return AtomicFiles::deviceError(QStringLiteral("cannot truncate"), m_file);
    m_hasher.reset();
    m_written = 0;
    m_resumedFrom = 0;
    m_stale = 0;
    return {};
}

void BlobWriter::keepPartial() {
    // Only a <hex>.partial is ever found again; a private temp name would just be litter.
    if (m_written == 0 || !m_file.fileName().endsWith(QLatin1String(".partial"))) {
        discard();
        return;
    }
    m_file.flush();
    m_file.close();
    m_done = true;
}

void BlobWriter::discard() {
    // Removed while still locked, so no other writer resumes from bytes being thrown away.
    if (!m_file.fileName().isEmpty())
        QFile::remove(m_file.fileName());
    m_file.close();
    m_done = true;
}

} // namespace Lkc
