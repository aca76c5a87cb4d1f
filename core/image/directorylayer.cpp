// SPDX-License-Identifier: Apache-2.0
#include "directorylayer.h"

#include "mediatypes.h"
#include "sha256hasher.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <map>

namespace Lkc {

namespace {

// tar bytes -> diff-id hash -> gzip -> BlobWriter (which hashes the compressed bytes).
struct GzipSink {
    BlobWriter *writer = nullptr;
    Sha256Hasher diffHasher;
    z_stream zs{};
    QByteArray out = QByteArray(1 << 17, Qt::Uninitialized);
    Status status;

    bool init() {
        // windowBits 31 = gzip wrapper; zlib writes mtime 0 and no name: reproducible.
        return deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) ==
               Z_OK;
    }
    ~GzipSink() { deflateEnd(&zs); }

    bool feed(const char *data, size_t size, int flush) {
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        zs.avail_in = static_cast<uInt>(size);
        int rc = Z_OK;
        do {
            zs.next_out = reinterpret_cast<Bytef *>(out.data());
            zs.avail_out = static_cast<uInt>(out.size());
            rc = deflate(&zs, flush);
            const qint64 produced = out.size() - static_cast<qint64>(zs.avail_out);
            if (produced > 0) {
                status = writer->write(out.constData(), produced);
                if (!status)
                    return false;
            }
        } while (zs.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
        return true;
    }

    static la_ssize_t onWrite(struct archive *, void *self, const void *buffer, size_t length) {
        auto *sink = static_cast<GzipSink *>(self);
        sink->diffHasher.addData(static_cast<const char *>(buffer), static_cast<qint64>(length));
        if (!sink->feed(static_cast<const char *>(buffer), length, Z_NO_FLUSH))
            return -1;
        return static_cast<la_ssize_t>(length);
    }
};

struct Walker {
    struct archive *archive = nullptr;
    qint64 epoch = 0;
    const JobControl *job = nullptr;
    std::map<std::pair<dev_t, ino_t>, QByteArray> firstLinks;
    int entries = 0;
    Error error;

    bool fail(const QString &message, const QString &where) {
        error = Error(message, where);
        return false;
    }

    bool addEntry(const QByteArray &absPath, const QByteArray &tarPath) {
        struct stat st;
        if (::lstat(absPath.constData(), &st) != 0)
            return fail(
                QStringLiteral("cannot stat: %1").arg(QString::fromLocal8Bit(strerror(errno))),
                QFile::decodeName(absPath));
        if (S_ISSOCK(st.st_mode))
            return true; // sockets cannot live in a tar
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, tarPath.constData());
        archive_entry_set_uid(e, 0);
        archive_entry_set_gid(e, 0);
        archive_entry_set_mtime(e, static_cast<time_t>(epoch), 0);
        archive_entry_set_perm(e, st.st_mode & 07777);
        bool copyData = false;
        if (S_ISREG(st.st_mode) && st.st_nlink > 1) {
            const auto key = std::make_pair(st.st_dev, st.st_ino);
            auto it = firstLinks.find(key);
            if (it != firstLinks.end()) {
                archive_entry_set_filetype(e, AE_IFREG);
                archive_entry_set_hardlink(e, it->second.constData());
                archive_entry_set_size(e, 0);
            } else {
                firstLinks.emplace(key, tarPath);
            }
        }
        if (archive_entry_hardlink(e)) {
            // already set up above
        } else if (S_ISREG(st.st_mode)) {
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_size(e, st.st_size);
            copyData = true;
        } else if (S_ISDIR(st.st_mode)) {
            archive_entry_set_filetype(e, AE_IFDIR);
            archive_entry_set_size(e, 0);
        } else if (S_ISLNK(st.st_mode)) {
            QByteArray target(st.st_size + 1, '\0');
            const ssize_t n = ::readlink(absPath.constData(), target.data(), target.size());
            if (n < 0) {
                archive_entry_free(e);
                return fail(QStringLiteral("cannot read symlink"), QFile::decodeName(absPath));
            }
            target.truncate(n);
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_symlink(e, target.constData());
            archive_entry_set_size(e, 0);
        } else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
            archive_entry_set_filetype(e, S_ISCHR(st.st_mode) ? AE_IFCHR : AE_IFBLK);
            archive_entry_set_rdevmajor(e, major(st.st_rdev));
            archive_entry_set_rdevminor(e, minor(st.st_rdev));
            archive_entry_set_size(e, 0);
        } else if (S_ISFIFO(st.st_mode)) {
            archive_entry_set_filetype(e, AE_IFIFO);
            archive_entry_set_size(e, 0);
        }
        const int rc = archive_write_header(archive, e);
        archive_entry_free(e);
        if (rc != ARCHIVE_OK)
            return fail(QStringLiteral("cannot add to the layer: %1")
                            .arg(QString::fromLocal8Bit(archive_error_string(archive))),
                        QFile::decodeName(absPath));
        ++entries;
        if (copyData) {
            QFile f(QFile::decodeName(absPath));
            if (!f.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("cannot read: %1").arg(f.errorString()), f.fileName());
            QByteArray buffer(1 << 20, Qt::Uninitialized);
            qint64 left = st.st_size;
            while (left > 0) {
                const qint64 n = f.read(buffer.data(), std::min<qint64>(left, buffer.size()));
                if (n <= 0)
                    return fail(QStringLiteral("file shrank while being read"), f.fileName());
                if (archive_write_data(archive, buffer.constData(), static_cast<size_t>(n)) < 0)
                    return fail(QStringLiteral("cannot write layer data: %1")
                                    .arg(QString::fromLocal8Bit(archive_error_string(archive))),
                                f.fileName());
                left -= n;
            }
        }
        return true;
    }

    // Pre-order walk, children sorted by their byte names, so the tar is the same on every run.
    bool walk(const QByteArray &absDir, const QByteArray &prefix) {
        if (job->isCanceled())
            return fail(QStringLiteral("canceled"), QFile::decodeName(absDir));
        QDir dir(QFile::decodeName(absDir));
        const QStringList names =
            dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        QList<QByteArray> sorted;
        for (const QString &n : names)
            sorted << QFile::encodeName(n);
        std::sort(sorted.begin(), sorted.end());
        for (const QByteArray &name : sorted) {
            const QByteArray abs = absDir + '/' + name;
            const QByteArray rel = prefix + name;
            if (!addEntry(abs, rel))
                return false;
            struct stat st;
            if (::lstat(abs.constData(), &st) == 0 && S_ISDIR(st.st_mode))
                if (!walk(abs, rel + '/'))
                    return false;
        }
        return true;
    }
};

} // namespace

Result<DirectoryLayer::Written> DirectoryLayer::write(const QString &directory,
                                                      const ContentStore &store, qint64 epoch,
                                                      const JobControl &job) {
    if (!QFileInfo(directory).isDir())
        return Error(QStringLiteral("not a directory"), directory);
    auto writer = store.createBlobWriter();
    if (!writer)
        return writer.error();
    GzipSink sink;
    sink.writer = writer->get();
    if (!sink.init())
        return Error(QStringLiteral("cannot start gzip compression"), directory);

    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_open(a, &sink, nullptr, &GzipSink::onWrite, nullptr);
    Walker walker;
    walker.archive = a;
    walker.epoch = epoch;
    walker.job = &job;
    const bool ok = walker.walk(QFile::encodeName(QDir(directory).absolutePath()), QByteArray());
    const int closeRc = archive_write_close(a);
    archive_write_free(a);
    if (!ok)
        return walker.error;
    if (closeRc != ARCHIVE_OK || !sink.status)
        return sink.status ? Error(QStringLiteral("cannot finish the layer tar"), directory)
                           : sink.status.error();
    if (!sink.feed(nullptr, 0, Z_FINISH))
        return sink.status.error();
    const qint64 size = (*writer)->bytesWritten();
    auto digest = (*writer)->commit();
    if (!digest)
        return digest.error();
    Written out;
    out.blob.mediaType = QString(MediaType::OciLayerGzip);
    out.blob.digest = *digest;
    out.blob.size = size;
    out.diffId = sink.diffHasher.finish();
    out.entries = walker.entries;
    return out;
}

} // namespace Lkc
