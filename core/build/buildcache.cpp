// SPDX-License-Identifier: Apache-2.0
#include "buildcache.h"

#include "cacheentry.h"
#include "image/sha256hasher.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>

namespace Lkc {

namespace {
// Temp files younger than this may belong to a build still running.
constexpr qint64 kLeftoverAgeMs = 3600 * 1000;

bool isFlattenedName(const QString &name) {
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}-v2-[0-9a-f]{64}\\.tar$"));
    return re.match(name).hasMatch();
}
bool isSectionName(const QString &name) {
    static const QRegularExpression re(QStringLiteral("^[a-z]+-[0-9a-f]{64}\\.entry$"));
    return re.match(name).hasMatch();
}
} // namespace

BuildCache::BuildCache(QString dir)
    : m_dir(std::move(dir)) {}

QString BuildCache::sectionPath(const QString &kind, const QByteArray &key) const {
    return m_dir + QStringLiteral("/sections/") + kind + QLatin1Char('-') +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex()) +
           QStringLiteral(".entry");
}

void BuildCache::touch(const QString &path) {
    // utimensat with UTIME_NOW: cheap, and a failure only makes eviction less exact.
    ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), nullptr, 0);
}

qint64 BuildCache::parseSize(const QString &text) {
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kKmMgGtT]?)(?:i?[bB])?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    double v = m.captured(1).toDouble();
    switch (m.captured(2).toLower().isEmpty() ? u' ' : m.captured(2).toLower().at(0).unicode()) {
    case u't':
        v *= 1024.0;
        [[fallthrough]];
    case u'g':
        v *= 1024.0;
        [[fallthrough]];
    case u'm':
        v *= 1024.0;
        [[fallthrough]];
    case u'k':
        v *= 1024.0;
        break;
    default:
        break;
    }
    return qint64(v);
}

qint64 BuildCache::defaultMaxBytes() {
    const qint64 env = parseSize(qEnvironmentVariable("LKC_BUILD_CACHE_MAX"));
    // 10 GiB: a few dozen images' flattened trees and their initrd sections.
    return env >= 0 ? env : qint64(10) << 30;
}

QList<BuildCache::File> BuildCache::files() const {
    QList<File> out;
    QDirIterator it(m_dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QString flattened = QDir::cleanPath(m_dir + QStringLiteral("/flattened"));
    const QString sections = QDir::cleanPath(m_dir + QStringLiteral("/sections"));
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        File f;
        f.path = fi.filePath();
        f.size = fi.size();
        f.used = fi.lastModified().toMSecsSinceEpoch();
        const QString parent = QDir::cleanPath(fi.absolutePath());
        f.flattened = parent == flattened && isFlattenedName(fi.fileName());
        f.leftover = !f.flattened && !(parent == sections && isSectionName(fi.fileName()));
        out.append(f);
    }
    return out;
}

BuildCache::Usage BuildCache::usage() const {
    Usage u;
    for (const File &f : files()) {
        if (f.leftover) {
            u.leftoverBytes += f.size;
        } else if (f.flattened) {
            ++u.flattened;
            u.flattenedBytes += f.size;
        } else {
            ++u.sections;
            u.sectionBytes += f.size;
        }
    }
    return u;
}

qint64 BuildCache::trim(qint64 maxBytes, const QSet<QString> &keep) const {
    QList<File> all = files();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 total = 0;
    qint64 freed = 0;
    QList<File> candidates;
    for (const File &f : all) {
        if (f.leftover && now - f.used > kLeftoverAgeMs) {
            if (QFile::remove(f.path))
                freed += f.size;
            continue;
        }
        total += f.size;
        if (!f.leftover && !keep.contains(f.path))
            candidates.append(f);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const File &a, const File &b) { return a.used < b.used; });
    for (const File &f : candidates) {
        if (total <= maxBytes)
            break;
        // Unlinking an entry another build has open is safe: it keeps reading its copy.
        if (QFile::remove(f.path)) {
            total -= f.size;
            freed += f.size;
        }
    }
    return freed;
}

qint64 BuildCache::clear() const {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 freed = 0;
    for (const File &f : files()) {
        // A young temp file is a build writing right now: leave it to that build.
        if (f.leftover && now - f.used <= kLeftoverAgeMs && f.path.contains(QLatin1String(".tmp-")))
            continue;
        if (QFile::remove(f.path))
            freed += f.size;
    }
    return freed;
}

Result<BuildCache::VerifyReport> BuildCache::verify(const JobControl &job, bool fix) const {
    VerifyReport report;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const File &f : files()) {
        if (job.isCanceled())
            return Error(QStringLiteral("verification canceled"), m_dir);
        if (f.leftover)
            continue; // never read by a build; trimmed once stale
        ++report.entriesChecked;
        QString problem;
        if (f.flattened) {
            // The name ends with the tar's own SHA-256.
            const QString name = QFileInfo(f.path).fileName();
            const QString expected = name.mid(68, 64);
            QFile in(f.path);
            if (!in.open(QIODevice::ReadOnly)) {
                problem = QStringLiteral("unreadable: %1").arg(in.errorString());
            } else {
                Sha256Hasher hasher;
                for (;;) {
                    const qint64 n = in.read(buffer.data(), buffer.size());
                    if (n <= 0)
                        break;
                    hasher.addData(buffer.constData(), n);
                    report.bytesChecked += n;
                }
                if (hasher.finish().hex() != expected)
                    problem = QStringLiteral("damaged flattened image (content does not match "
                                             "its checksum)");
            }
        } else if (Status s = CacheEntryReader::verifyFile(f.path, &report.bytesChecked); !s) {
            problem = QStringLiteral("damaged build cache entry (%1)").arg(s.error().message);
        }
        if (problem.isEmpty())
            continue;
        if (fix && QFile::remove(f.path)) {
            ++report.removed;
            problem += QStringLiteral(" (removed; the next build makes it again)");
        }
        report.problems.append(f.path + QStringLiteral(": ") + problem);
    }
    return report;
}

} // namespace Lkc
