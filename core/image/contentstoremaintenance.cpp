// SPDX-License-Identifier: Apache-2.0
// ContentStore's on-demand checks and garbage collection (kept apart from lookups,
// which never hash layers).
#include "contentstore.h"
#include "inflightmarker.h"
#include "sha256hasher.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QSet>

namespace Lkc {

Result<ContentStore::VerifyReport> ContentStore::verify(const JobControl &job,
                                                        bool removeBad) const {
    VerifyReport report;
    const QDir blobDir(m_root + QStringLiteral("/blobs/sha256"));
    const QFileInfoList files = blobDir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    qint64 total = 0;
    for (const QFileInfo &fi : files)
        total += fi.size();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const QFileInfo &fi : files) {
        if (job.isCanceled())
            return Error(QStringLiteral("verification canceled"), m_root);
        const Digest expected = Digest::fromSha256Hex(fi.fileName());
        if (!expected.isValid()) {
            report.problems << QStringLiteral("%1: not a sha256 blob name").arg(fi.filePath());
            continue;
        }
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly)) {
            report.problems
                << QStringLiteral("%1: unreadable: %2").arg(expected.toString(), f.errorString());
            continue;
        }
        Sha256Hasher hasher;
        for (;;) {
            const qint64 n = f.read(buffer.data(), buffer.size());
            if (n <= 0)
                break;
            hasher.addData(buffer.constData(), n);
            report.bytesChecked += n;
            job.progress(report.bytesChecked, total);
        }
        ++report.blobsChecked;
        const Digest actual = hasher.finish();
        if (actual != expected) {
            report.problems << QStringLiteral("%1: content hashes to %2%3")
                                   .arg(expected.toString(), actual.toString(),
                                        removeBad ? QStringLiteral(" (removed)") : QString());
            if (removeBad && !m_readOnly && QFile::remove(fi.filePath()))
                ++report.removed;
        }
    }
    auto names = entries();
    if (!names)
        return names.error();
    for (const Descriptor &root : *names) {
        auto all = reachable(root);
        if (!all) {
            report.problems << QStringLiteral("%1: %2").arg(root.refName(), all.error().message);
            continue;
        }
        for (const Descriptor &d : *all)
            if (!hasBlob(d.digest, d.size))
                report.missing << QStringLiteral("%1: blob %2 missing or of wrong size")
                                      .arg(root.refName(), d.digest.toString());
    }
    return report;
}

// While any pull or import runs, blobs younger than this are kept even when nothing names
// them yet: a writer commits blobs before it names them (the in-flight markers cover the
// writers that list their digests; this covers the rest).
static constexpr qint64 kGraceSecs = 10 * 60;

Result<qint64> ContentStore::removeUnreferenced(CleanReport *report) const {
    if (m_readOnly)
        return Error(QStringLiteral("this OCI layout was opened read-only"), m_root);
    // Held throughout: writers add to their in-flight markers under the same lock.
    auto guard = lock();
    if (!guard)
        return guard.error();
    auto names = entries();
    if (!names)
        return names.error();
    QSet<QString> liveMarkers;
    QSet<QString> keep = InFlightMarker::liveDigests(m_root, &liveMarkers);
    for (const Descriptor &root : *names) {
        auto all = reachable(root);
        if (!all)
            continue; // a damaged image: keep what it has, verify reports it
        for (const Descriptor &d : *all)
            keep.insert(d.digest.hex());
        // Children of an index that were not reachable above stay too.
        keep.insert(root.digest.hex());
    }
    qint64 freed = 0;
    CleanReport local;
    CleanReport &r = report ? *report : local;

    // Temp files and folders of writers that are gone (no flock() held) go; live ones stay.
    const QDir ingest(m_root + QStringLiteral("/ingest"));
    const QFileInfoList temps =
        ingest.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    bool writersAlive = !liveMarkers.isEmpty();
    for (const QFileInfo &fi : temps) {
        if (fi.isDir()) {
            if (liveMarkers.contains(fi.fileName())) {
                writersAlive = true;
                continue;
            }
            qint64 size = 0;
            QDirIterator it(fi.filePath(), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                size += it.fileInfo().size();
            }
            if (QDir(fi.filePath()).removeRecursively()) {
                freed += size;
                ++r.staleTempsRemoved;
            }
            continue;
        }
        if (fi.fileName().endsWith(QLatin1String(".inflight")))
            continue; // liveDigests removed the dead ones
        if (InFlightMarker::isHeld(fi.filePath())) {
            writersAlive = true;
            continue;
        }
        const qint64 size = fi.size();
        if (QFile::remove(fi.filePath())) {
            freed += size;
            ++r.staleTempsRemoved;
        }
    }

    const QDir blobDir(m_root + QStringLiteral("/blobs/sha256"));
    const QFileInfoList files = blobDir.entryInfoList(QDir::Files | QDir::Hidden);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo &fi : files) {
        if (keep.contains(fi.fileName()))
            continue;
        if (writersAlive && fi.lastModified().secsTo(now) < kGraceSecs) {
            ++r.youngBlobsKept;
            continue;
        }
        freed += fi.size();
        QFile::remove(fi.filePath());
    }
    return freed;
}

} // namespace Lkc
