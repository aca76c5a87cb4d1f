// SPDX-License-Identifier: Apache-2.0
#include "inflightmarker.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QUuid>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Lkc {

static const QString kSuffix = QStringLiteral(".inflight");

Result<std::unique_ptr<InFlightMarker>> InFlightMarker::create(const ContentStore &store,
                                                               const QString &kind) {
    const QString ingest = store.path() + QStringLiteral("/ingest");
    if (!QDir().mkpath(ingest))
        return Error(QStringLiteral("cannot create the store's ingest directory: check "
                                    "permissions"),
                     ingest);
    // Made under the store lock: clean (which holds it throughout) never sees the file
    // before its flock() is taken, so never takes a new marker for a dead one.
    auto guard = store.lock();
    if (!guard)
        return guard.error();
    // Markers of writers that were killed are swept here too, so a pull after a killed one
    // leaves no leftovers of it.
    liveDigests(store.path(), nullptr);
    std::unique_ptr<InFlightMarker> marker(new InFlightMarker);
    marker->m_store = store;
    marker->m_name = kind + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128);
    marker->m_path = ingest + QLatin1Char('/') + marker->m_name + kSuffix;
    marker->m_fd = ::open(QFile::encodeName(marker->m_path).constData(),
                          O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_APPEND, 0644);
    if (marker->m_fd < 0 || ::flock(marker->m_fd, LOCK_EX | LOCK_NB) != 0)
        return Error(QStringLiteral("cannot create an in-flight marker: %1")
                         .arg(QString::fromLocal8Bit(strerror(errno))),
                     marker->m_path);
    return marker;
}

InFlightMarker::~InFlightMarker() {
    if (m_fd >= 0) {
        ::unlink(QFile::encodeName(m_path).constData());
        ::close(m_fd);
    }
}

Status InFlightMarker::add(const QList<Digest> &digests) {
    QByteArray lines;
    for (const Digest &d : digests)
        if (d.isValid())
            lines += d.hex().toLatin1() + '\n';
    if (lines.isEmpty())
        return {};
    auto guard = m_store.lock();
    if (!guard)
        return guard.error();
    if (::write(m_fd, lines.constData(), size_t(lines.size())) != lines.size())
        return Error(QStringLiteral("cannot write an in-flight marker: %1")
                         .arg(QString::fromLocal8Bit(strerror(errno))),
                     m_path);
    return {};
}

bool InFlightMarker::isHeld(const QString &path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

QSet<QString> InFlightMarker::liveDigests(const QString &storeRoot, QSet<QString> *liveNames) {
    QSet<QString> digests;
    const QDir ingest(storeRoot + QStringLiteral("/ingest"));
    const QStringList markers =
        ingest.entryList({QLatin1Char('*') + kSuffix}, QDir::Files | QDir::Hidden);
    for (const QString &file : markers) {
        const QString path = ingest.filePath(file);
        if (!isHeld(path)) {
            QFile::remove(path);
            continue;
        }
        if (liveNames)
            liveNames->insert(file.chopped(kSuffix.size()));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines)
            if (!line.isEmpty())
                digests.insert(QString::fromLatin1(line));
    }
    return digests;
}

} // namespace Lkc
