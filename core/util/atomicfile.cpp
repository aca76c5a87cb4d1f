// SPDX-License-Identifier: Apache-2.0
#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace Lkc {

namespace {

QByteArray encoded(const QString &path) {
    return QFile::encodeName(path);
}

// The free bytes of the file system holding `path` (or its folder), or -1.
qint64 freeBytes(const QString &path) {
    struct statvfs st;
    QString probe = path;
    for (int i = 0; i < 64 && !probe.isEmpty(); ++i) {
        if (::statvfs(encoded(probe).constData(), &st) == 0)
            return qint64(st.f_bavail) * qint64(st.f_frsize);
        const QString up = QFileInfo(probe).absolutePath();
        if (up == probe)
            break;
        probe = up;
    }
    return -1;
}

int syncFd(int fd) {
    int r;
    do
        r = ::fsync(fd);
    while (r != 0 && errno == EINTR);
    // Some file systems (and /dev/null-like targets) cannot sync: nothing to lose there.
    return r != 0 && (errno == EINVAL || errno == EROFS) ? 0 : r;
}

} // namespace

namespace AtomicFiles {

QString formatBytes(qint64 bytes) {
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = double(bytes);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(bytes)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

Error systemError(const QString &actionIn, const QString &path, int err, qint64 needed) {
    const QString action = actionIn + QLatin1Char(' ') + path;
    if (err == ENOSPC || err == EDQUOT) {
        QString msg = err == ENOSPC ? QStringLiteral("%1: no space left on device").arg(action)
                                    : QStringLiteral("%1: disk quota exceeded (no space left "
                                                     "for this user)")
                                          .arg(action);
        QStringList figures;
        if (needed > 0)
            figures << QStringLiteral("%1 more needed").arg(formatBytes(needed));
        if (const qint64 free = freeBytes(path); free >= 0)
            figures << QStringLiteral("%1 free").arg(formatBytes(free));
        if (!figures.isEmpty())
            msg += QStringLiteral(" (") + figures.join(QStringLiteral(", ")) + QLatin1Char(')');
        return Error(msg + QStringLiteral("; free some space and try again"));
    }
    QString reason = QString::fromLocal8Bit(::strerror(err));
    if (!reason.isEmpty())
        reason[0] = reason[0].toLower();
    return Error(QStringLiteral("%1: %2").arg(action, reason));
}

Error deviceError(const QString &action, const QIODevice &device) {
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    const QString path = file ? file->fileName() : QString();
    const QString text = device.errorString();
    // Qt spells errno with strerror(); a buffered flush may lose it ("Unknown
    // error"), but then an empty file system tells the same story.
    const bool full = text == QString::fromLocal8Bit(::strerror(ENOSPC)) ||
                      (!path.isEmpty() && freeBytes(path) == 0);
    if (full)
        return systemError(action, path, ENOSPC);
    if (path.isEmpty())
        return Error(QStringLiteral("%1: %2").arg(action, text));
    return Error(QStringLiteral("%1 %2: %3").arg(action, path, text));
}

Status sync(const QString &path) {
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return systemError(QStringLiteral("cannot open (to sync it)"), path, errno);
    const int r = syncFd(fd);
    const int err = errno;
    ::close(fd);
    if (r != 0)
        return systemError(QStringLiteral("cannot sync to disk"), path, err);
    return {};
}

Status renameDurably(const QString &from, const QString &to) {
    if (Status s = sync(from); !s)
        return s;
    if (::rename(encoded(from).constData(), encoded(to).constData()) != 0)
        return systemError(QStringLiteral("cannot rename %1 to").arg(from), to, errno);
    return sync(QFileInfo(to).absolutePath());
}

Status write(const QString &path, const QByteArray &data) {
    AtomicFile file(path);
    if (Status s = file.create(); !s)
        return s;
    if (Status s = file.write(data); !s)
        return s;
    return file.commit();
}

} // namespace AtomicFiles

AtomicFile::AtomicFile(QString path, QObject *parent)
    : QIODevice(parent)
    , m_path(std::move(path)) {}

AtomicFile::~AtomicFile() {
    discard();
}

void AtomicFile::fail(Error error) {
    if (m_status)
        m_status = std::move(error);
    setErrorString(m_status.error().toString());
}

Status AtomicFile::create() {
    discard();
    m_status = Status();
    m_written = 0;
    const QFileInfo info(m_path);
    m_target = info.absoluteFilePath();
    // Writing through a symlink replaces what it points at, not the link.
    if (info.isSymLink()) {
        const QString resolved = info.canonicalFilePath();
        m_target = resolved.isEmpty() ? info.symLinkTarget() : resolved;
    }
    struct stat old;
    const bool exists = ::stat(encoded(m_target).constData(), &old) == 0;
    const mode_t mode = exists ? (old.st_mode & 07777) : 0644;
    const QFileInfo target(m_target);
    for (int attempt = 0; attempt < 100; ++attempt) {
        m_temp = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                 QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate(), 8, 16,
                                               QLatin1Char('0'));
        m_fd = ::open(encoded(m_temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (m_fd >= 0 || errno != EEXIST)
            break;
    }
    if (m_fd < 0) {
        const int err = errno;
        m_temp.clear();
        fail(AtomicFiles::systemError(QStringLiteral("cannot create a temporary file to replace"),
                                      m_path, err));
        return m_status;
    }
    // The umask applied at open(); an existing file keeps exactly its mode.
    if (exists)
        (void)::fchmod(m_fd, mode);
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

Status AtomicFile::write(const char *data, qint64 size) {
    if (!m_status)
        return m_status;
    if (m_fd < 0) {
        fail(Error(QStringLiteral("internal error: write before create()"), m_path));
        return m_status;
    }
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(m_fd, data + done, size_t(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // write() returning 0 for a regular file means the same as ENOSPC.
            const int err = n < 0 ? errno : ENOSPC;
            fail(
                AtomicFiles::systemError(QStringLiteral("cannot write"), m_path, err, size - done));
            return m_status;
        }
        done += n;
        m_written += n;
    }
    return {};
}

qint64 AtomicFile::writeData(const char *data, qint64 size) {
    return write(data, size) ? size : -1;
}

Status AtomicFile::commit() {
    if (m_fd < 0 && m_status)
        fail(Error(QStringLiteral("internal error: commit before create()"), m_path));
    if (!m_status) {
        discard();
        return m_status;
    }
    // Data and size on disk before the rename: otherwise a crash could leave the
    // new name pointing at an empty or short file.
    if (syncFd(m_fd) != 0)
        fail(AtomicFiles::systemError(QStringLiteral("cannot sync to disk"), m_path, errno));
    else if (::close(std::exchange(m_fd, -1)) != 0)
        fail(AtomicFiles::systemError(QStringLiteral("cannot close"), m_path, errno));
    else if (::rename(encoded(m_temp).constData(), encoded(m_target).constData()) != 0)
        fail(AtomicFiles::systemError(QStringLiteral("cannot replace the file"), m_path, errno));
    if (!m_status) {
        discard();
        return m_status;
    }
    m_temp.clear();
    QIODevice::close();
    // The rename itself is durable only once the folder is synced.
    if (Status s = AtomicFiles::sync(QFileInfo(m_target).absolutePath()); !s)
        fail(s.error());
    return m_status;
}

void AtomicFile::discard() {
    if (m_fd >= 0)
        ::close(std::exchange(m_fd, -1));
    if (!m_temp.isEmpty())
        ::unlink(encoded(std::exchange(m_temp, QString())).constData());
    if (isOpen())
        QIODevice::close();
}

} // namespace Lkc
