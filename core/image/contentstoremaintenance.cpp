// SPDX-License-Identifier: Apache-2.0
// ContentStore's on-demand checks and garbage collection (kept apart from lookups,
// which never hash layers).
#include "contentstore.h"
#include "sha256hasher.h"

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

Result<qint64> ContentStore::removeUnreferenced() const {
    if (m_readOnly)
        return Error(QStringLiteral("this OCI layout was opened read-only"), m_root);
    auto guard = lock();
    if (!guard)
        return guard.error();
    auto names = entries();
    if (!names)
        return names.error();
    QSet<QString> keep;
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
    const QDir blobDir(m_root + QStringLiteral("/blobs/sha256"));
    const QFileInfoList files = blobDir.entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : files) {
        if (keep.contains(fi.fileName()))
            continue;
        freed += fi.size();
        QFile::remove(fi.filePath());
    }
    // Temp files of downloads that died; live ones are younger than an hour.
    const QDir ingest(m_root + QStringLiteral("/ingest"));
    const QFileInfoList temps = ingest.entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : temps) {
        if (fi.lastModified().secsTo(QDateTime::currentDateTime()) > 3600) {
            freed += fi.size();
            QFile::remove(fi.filePath());
        }
    }
    return freed;
}

} // namespace Lkc
