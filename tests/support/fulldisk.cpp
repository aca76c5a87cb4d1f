// SPDX-License-Identifier: Apache-2.0
#include "fulldisk.h"

#include "testenv.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace Lkc::Test {

FullDisk::FullDisk(const QString &name, qint64 sizeBytes)
    : m_path(scratchDir(name) + QStringLiteral("/disk"))
    , m_size(sizeBytes) {
    QDir().mkpath(m_path);
}

FullDisk::~FullDisk() {
    if (m_mounted)
        ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
}

bool FullDisk::mount(QString *error) {
    const QByteArray options = "size=" + QByteArray::number(m_size) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", 0, options.constData()) !=
        0) {
        if (error)
            *error = QStringLiteral("cannot mount a tmpfs at %1 (the full-disk tests run as "
                                    "root): %2")
                         .arg(m_path, QString::fromLocal8Bit(::strerror(errno)));
        return false;
    }
    m_mounted = true;
    return true;
}

bool FullDisk::fill(qint64 leaveBytes, QString *error) {
    const QByteArray name = QFile::encodeName(filePath(QStringLiteral(".filler")));
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(::strerror(errno));
        return false;
    }
    const QByteArray block(4096, 'F');
    for (;;) {
        const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
        if (n <= 0)
            break;
    }
    if (leaveBytes > 0) {
        const off_t size = ::lseek(fd, 0, SEEK_END);
        // Round up to whole pages: tmpfs frees space page by page.
        const off_t free = off_t((leaveBytes + 4095) / 4096 * 4096);
        if (::ftruncate(fd, size > free ? size - free : 0) != 0) {
            if (error)
                *error = QString::fromLocal8Bit(::strerror(errno));
            ::close(fd);
            return false;
        }
    }
    ::close(fd);
    return true;
}

void FullDisk::unfill() {
    QFile::remove(filePath(QStringLiteral(".filler")));
}

qint64 FullDisk::freeBytes() const {
    struct statvfs st;
    if (::statvfs(QFile::encodeName(m_path).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

} // namespace Lkc::Test
