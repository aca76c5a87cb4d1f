// SPDX-License-Identifier: Apache-2.0
#include "deploy/diskwriter.h"

#include "deploy/filehash.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace Lkc {

static constexpr qint64 kChunk = 4 << 20; // dd bs=4M, as the target line uses

static QString errnoText() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

DiskWriter::DiskWriter(DiskWriteOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_control([this](const QString &line) { emit logLine(line); },
                [this](qint64 done, qint64 total) { emit progress(done, total); }) {
    qRegisterMetaType<Lkc::DiskWriteResult>();
    qRegisterMetaType<Lkc::Error>();
    qRegisterMetaType<Lkc::DiskWriter::Phase>();
}

DiskWriter::~DiskWriter() {
    requestCancel();
    wait();
}

Result<BlockDevice> DiskWriter::check(const QString &device, qint64 imageSize) {
    Result<BlockDevice> d = BlockDevices::find(device);
    if (!d)
        return d.error();
    const QString why = BlockDevices::refusal(*d, imageSize);
    if (!why.isEmpty())
        return Error(why, device);
    return d;
}

Result<BlockDevice> DiskWriter::checkAndConfirm() {
    const QFileInfo image(m_options.image);
    if (!image.isFile())
        return Error(QStringLiteral("image not found"), m_options.image);
    Result<BlockDevice> d = check(m_options.device, image.size());
    if (!d)
        return d;
    if (d->size > m_options.confirmAboveBytes && !m_options.confirmed) {
        const QString question =
            QStringLiteral("%1 is larger than %2, unusual for a USB stick. Erase it and write %3?")
                .arg(d->describe(), humanSize(m_options.confirmAboveBytes), image.fileName());
        if (!m_confirm)
            return Error(QStringLiteral("%1 is larger than %2: confirm that it is the right disk "
                                        "(lkc write --yes)")
                             .arg(d->path, humanSize(m_options.confirmAboveBytes)),
                         m_options.device);
        if (!m_confirm(*d, question))
            return Error(QStringLiteral("not confirmed: nothing was written"), d->path);
    }
    return d;
}

void DiskWriter::start() {
    if (m_running.exchange(true))
        return;
    emit phaseChanged(Phase::Checking);
    Result<BlockDevice> d = checkAndConfirm();
    if (!d) {
        m_running.store(false);
        const Error e = d.error();
        QTimer::singleShot(0, this, [this, e] { emit failed(e); });
        return;
    }
    const BlockDevice device = *d;
    m_thread = QThread::create([this, device] {
        Result<DiskWriteResult> result = write(device);
        m_running.store(false);
        if (result)
            emit finished(*result);
        else
            emit failed(result.error());
    });
    m_thread->start();
}

bool DiskWriter::wait(int ms) {
    if (!m_thread)
        return true;
    const bool done = ms < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(ms));
    if (done) {
        delete m_thread;
        m_thread = nullptr;
    }
    return done;
}

Result<DiskWriteResult> DiskWriter::run() {
    m_running.store(true);
    emit phaseChanged(Phase::Checking);
    Result<BlockDevice> d = checkAndConfirm();
    Result<DiskWriteResult> result = d ? write(*d) : Result<DiskWriteResult>(d.error());
    m_running.store(false);
    if (result)
        emit finished(*result);
    else
        emit failed(result.error());
    return result;
}

Result<DiskWriteResult> DiskWriter::write(const BlockDevice &device) {
    DiskWriteResult r;
    r.device = device;
    QFile image(m_options.image);
    if (!image.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error(QStringLiteral("cannot read the image: ") + image.errorString(),
                     m_options.image);
    const qint64 total = image.size();
    // O_EXCL on a block device: the kernel refuses it while anything has the
    // disk mounted or claimed, closing the gap since lsblk looked.
    const QByteArray path = QFile::encodeName(device.path);
    const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC | O_EXCL);
    if (fd < 0)
        return Error(QStringLiteral("cannot open for writing: ") + errnoText(), device.path);
    auto closeFd = qScopeGuard([fd] { ::close(fd); });

    emit phaseChanged(Phase::Writing);
    m_control.log(QStringLiteral("Writing %1 (%2) to %3")
                      .arg(m_options.image, humanSize(total), device.describe()));
    QElapsedTimer clock;
    clock.start();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(int(kChunk), Qt::Uninitialized);
    qint64 done = 0;
    while (done < total) {
        if (m_control.isCanceled())
            return Error(QStringLiteral("canceled after %1 of %2: the disk holds a partial image")
                             .arg(humanSize(done), humanSize(total)),
                         device.path);
        const qint64 n = image.read(buffer.data(), qMin(kChunk, total - done));
        if (n <= 0)
            return Error(QStringLiteral("image read failed: ") + image.errorString(),
                         m_options.image);
        hash.addData(QByteArrayView(buffer.constData(), n));
        for (qint64 off = 0; off < n;) {
            const ssize_t w = ::write(fd, buffer.constData() + off, size_t(n - off));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return Error(QStringLiteral("write failed at byte %1: %2")
                                 .arg(done + off)
                                 .arg(w < 0 ? errnoText() : QStringLiteral("no space")),
                             device.path);
            off += w;
        }
        done += n;
        m_control.progress(done, total);
    }
    emit phaseChanged(Phase::Syncing);
    if (::fsync(fd) != 0)
        return Error(QStringLiteral("fsync failed: ") + errnoText(), device.path);
    // The read-back must come from the disk, not from the page cache.
    ::ioctl(fd, BLKFLSBUF, 0);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    closeFd.dismiss();
    ::close(fd);
    r.bytes = total;
    r.imageSha256 = QString::fromLatin1(hash.result().toHex());
    r.writeSeconds = clock.elapsed() / 1000.0;
    m_control.log(QStringLiteral("Wrote %1 in %2 s, SHA-256 %3")
                      .arg(humanSize(total))
                      .arg(r.writeSeconds, 0, 'f', 1)
                      .arg(r.imageSha256));
    if (!m_options.verify)
        return r;

    if (m_beforeVerify)
        m_beforeVerify(device.path);
    emit phaseChanged(Phase::Verifying);
    clock.restart();
    Result<QByteArray> back = FileHash::sha256Hex(device.path, total, &m_control);
    if (!back)
        return Error(QStringLiteral("read-back failed: ") + back.error().message, device.path);
    r.readBackSha256 = QString::fromLatin1(*back);
    r.verifySeconds = clock.elapsed() / 1000.0;
    if (r.readBackSha256 != r.imageSha256)
        return Error(QStringLiteral("verification failed: the disk reads back SHA-256 %1, the "
                                    "image is %2; the disk or its adapter is faulty")
                         .arg(r.readBackSha256, r.imageSha256),
                     device.path);
    r.verified = true;
    m_control.log(QStringLiteral("Verified: the first %1 of %2 read back with the image's "
                                 "SHA-256 (%3 s)")
                      .arg(humanSize(total), device.path)
                      .arg(r.verifySeconds, 0, 'f', 1));
    return r;
}

} // namespace Lkc
