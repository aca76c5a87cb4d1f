// SPDX-License-Identifier: Apache-2.0
#include "isoimage.h"

#include "imagetools.h"
#include "util/atomicfile.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <memory>

namespace Lkc {

namespace {

struct ArchiveWriter {
    archive *a = archive_write_new();
    QString target;
    ~ArchiveWriter() { archive_write_free(a); }
    // libarchive's own text for a failed write(2) is "Write error" or nothing:
    // its errno says which file system trouble it was.
    QString error() const {
        const int err = archive_errno(a);
        if (err == ENOSPC || err == EDQUOT || err == EIO || err == EFBIG)
            return AtomicFiles::systemError(QStringLiteral("cannot write the ISO"), target, err)
                .toString();
        return QString::fromLocal8Bit(archive_error_string(a));
    }
};

Status openIso(ArchiveWriter &w, const QString &target, const QString &volumeId, bool isolinux) {
    w.target = target;
    archive_write_set_format_iso9660(w.a);
    const QByteArray vol = volumeId.toLatin1();
    struct Opt {
        const char *key;
        const char *value;
    };
    QList<Opt> opts = {{"volume-id", vol.constData()},
                       {"rockridge", "1"},
                       {"joliet", "1"},
                       {"limit-depth", nullptr},
                       {"pad", "1"}};
    if (isolinux) {
        opts += {{"boot", "isolinux/isolinux.bin"},
                 {"boot-catalog", "isolinux/boot.cat"},
                 {"boot-type", "no-emulation"},
                 {"boot-load-size", "4"},
                 {"boot-info-table", "1"}};
    }
    for (const Opt &o : opts)
        if (archive_write_set_option(w.a, "iso9660", o.key, o.value) < ARCHIVE_WARN)
            return Error(QStringLiteral("libarchive iso9660 option %1: %2")
                             .arg(QString::fromLatin1(o.key), w.error()),
                         target);
    archive_write_set_bytes_in_last_block(w.a, 1);
    if (archive_write_open_filename(w.a, QFile::encodeName(target).constData()) != ARCHIVE_OK)
        return Error(w.error(), target);
    return {};
}

void setCommon(archive_entry *e, qint64 mtime) {
    archive_entry_set_mtime(e, time_t(mtime), 0);
    archive_entry_set_atime(e, time_t(mtime), 0);
    archive_entry_set_ctime(e, time_t(mtime), 0);
}

} // namespace

Status IsoImage::write(const QString &target, const QString &volumeId, const QList<File> &files,
                       bool isolinux, const JobControl &control) {
    ArchiveWriter w;
    if (Status s = openIso(w, target, volumeId, isolinux); !s)
        return s;
    const qint64 mtime = ImageTools::sourceDateEpoch();
    // Directories written explicitly: implied ones get the current time.
    QStringList dirs;
    for (const File &f : files) {
        const QStringList parts = f.isoPath.split(QLatin1Char('/'));
        for (int i = 1; i < parts.size(); ++i) {
            const QString d = parts.mid(0, i).join(QLatin1Char('/'));
            if (!dirs.contains(d))
                dirs << d;
        }
    }
    for (const QString &d : dirs) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, d.toUtf8().constData());
        archive_entry_set_filetype(e, AE_IFDIR);
        archive_entry_set_perm(e, 0555);
        archive_entry_set_size(e, 0);
        setCommon(e, mtime);
        const int rc = archive_write_header(w.a, e);
        archive_entry_free(e);
        if (rc != ARCHIVE_OK)
            return Error(w.error(), d);
    }
    for (const File &f : files) {
        if (control.isCanceled())
            return Error(QStringLiteral("canceled"));
        std::unique_ptr<QFile> src;
        qint64 size = f.data.size();
        if (!f.sourcePath.isEmpty()) {
            src = std::make_unique<QFile>(f.sourcePath);
            if (!src->open(QIODevice::ReadOnly))
                return Error(src->errorString(), f.sourcePath);
            size = src->size();
        }
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, f.isoPath.toUtf8().constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0444);
        archive_entry_set_size(e, size);
        setCommon(e, mtime);
        const int rc = archive_write_header(w.a, e);
        archive_entry_free(e);
        if (rc != ARCHIVE_OK)
            return Error(w.error(), f.isoPath);
        if (src) {
            while (!src->atEnd()) {
                const QByteArray chunk = src->read(1 << 20);
                if (archive_write_data(w.a, chunk.constData(), size_t(chunk.size())) < 0)
                    return Error(w.error(), f.isoPath);
                if (control.isCanceled())
                    return Error(QStringLiteral("canceled"));
            }
        } else if (archive_write_data(w.a, f.data.constData(), size_t(f.data.size())) < 0) {
            return Error(w.error(), f.isoPath);
        }
    }
    if (archive_write_close(w.a) != ARCHIVE_OK)
        return Error(QStringLiteral("cannot finish the ISO: ") + w.error(), target);
    return fixDates(target);
}

Status IsoImage::writeFromTar(const QString &target, const QString &volumeId,
                              const QString &tarPath, const JobControl &control) {
    archive *in = archive_read_new();
    archive_read_support_format_tar(in);
    archive_read_support_filter_all(in);
    std::unique_ptr<archive, decltype(&archive_read_free)> guard(in, archive_read_free);
    if (archive_read_open_filename(in, QFile::encodeName(tarPath).constData(), 1 << 16) !=
        ARCHIVE_OK)
        return Error(QString::fromLocal8Bit(archive_error_string(in)), tarPath);
    ArchiveWriter w;
    if (Status s = openIso(w, target, volumeId, false); !s)
        return s;
    archive_entry *e = nullptr;
    char buf[65536];
    while (archive_read_next_header(in, &e) == ARCHIVE_OK) {
        if (control.isCanceled())
            return Error(QStringLiteral("canceled"));
        const QString name = QString::fromUtf8(archive_entry_pathname(e));
        QString clean = name;
        while (clean.startsWith(QLatin1String("./")))
            clean.remove(0, 2);
        if (clean == QLatin1String("boot") || clean.startsWith(QLatin1String("boot/")))
            continue;
        // Hard links become copies: libarchive's ISO writer needs the data.
        archive_entry_set_hardlink(e, nullptr);
        if (archive_write_header(w.a, e) != ARCHIVE_OK)
            return Error(w.error(), name);
        for (;;) {
            const la_ssize_t n = archive_read_data(in, buf, sizeof(buf));
            if (n < 0)
                return Error(QString::fromLocal8Bit(archive_error_string(in)), name);
            if (n == 0)
                break;
            if (archive_write_data(w.a, buf, size_t(n)) < 0)
                return Error(w.error(), name);
        }
    }
    if (archive_write_close(w.a) != ARCHIVE_OK)
        return Error(QStringLiteral("cannot finish the ISO: ") + w.error(), target);
    return fixDates(target);
}

// Rewrites every recording date in a directory tree: the directory records'
// own dates and the Rock Ridge TF time stamps (short form) after the names.
static void fixTreeDates(QFile &f, quint32 rootLba, quint32 rootSize, const QByteArray &rec) {
    QList<QPair<quint32, quint32>> queue = {{rootLba, rootSize}};
    QSet<quint32> seen;
    while (!queue.isEmpty()) {
        const auto [lba, size] = queue.takeFirst();
        if (seen.contains(lba) || size > 64 * 1024 * 1024)
            continue;
        seen.insert(lba);
        if (!f.seek(qint64(lba) * 2048))
            continue;
        QByteArray dir = f.read(size);
        for (qsizetype pos = 0; pos < dir.size();) {
            const int len = uchar(dir[pos]);
            if (len == 0) { // records do not cross sectors: go to the next one
                pos = (pos / 2048 + 1) * 2048;
                continue;
            }
            if (len < 34 || pos + len > dir.size())
                break;
            dir.replace(pos + 18, 7, rec);
            const int nameLen = uchar(dir[pos + 32]);
            const bool isDir = uchar(dir[pos + 25]) & 2;
            const bool dotOrDotDot = nameLen == 1 && uchar(dir[pos + 33]) <= 1;
            qsizetype su = pos + 33 + nameLen + ((nameLen % 2) == 0 ? 1 : 0);
            while (su + 4 <= pos + len) {
                const int suLen = uchar(dir[su + 2]);
                if (suLen < 4 || su + suLen > pos + len)
                    break;
                if (dir[su] == 'T' && dir[su + 1] == 'F' && !(uchar(dir[su + 4]) & 0x80)) {
                    qsizetype at = su + 5;
                    for (int bit = 0; bit < 7; ++bit)
                        if ((uchar(dir[su + 4]) >> bit) & 1) {
                            if (at + 7 <= su + suLen)
                                dir.replace(at, 7, rec);
                            at += 7;
                        }
                }
                su += suLen;
            }
            if (isDir && !dotOrDotDot) {
                const auto le32 = [&](qsizetype o) {
                    return quint32(uchar(dir[o])) | (quint32(uchar(dir[o + 1])) << 8) |
                           (quint32(uchar(dir[o + 2])) << 16) | (quint32(uchar(dir[o + 3])) << 24);
                };
                queue.append({le32(pos + 2), le32(pos + 10)});
            }
            pos += len;
        }
        f.seek(qint64(lba) * 2048);
        f.write(dir);
    }
}

Status IsoImage::fixDates(const QString &target) {
    QFile f(target);
    if (!f.open(QIODevice::ReadWrite))
        return Error(f.errorString(), target);
    const QDateTime t = QDateTime::fromSecsSinceEpoch(ImageTools::sourceDateEpoch(), Qt::UTC);
    const QByteArray dec =
        t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + QByteArray("00") + char(0);
    QByteArray rec(7, 0); // directory-record date: years since 1900, month … , GMT offset
    rec[0] = char(t.date().year() - 1900);
    rec[1] = char(t.date().month());
    rec[2] = char(t.date().day());
    rec[3] = char(t.time().hour());
    rec[4] = char(t.time().minute());
    rec[5] = char(t.time().second());
    // libarchive also leaves an "INFO <ctime date> libarchive …" note in a
    // sector after the descriptors; its date becomes ours (same width).
    const QLocale c = QLocale::c();
    const QByteArray ctimeDate =
        (c.toString(t, QStringLiteral("ddd MMM ")) +
         QString::number(t.date().day()).rightJustified(2, QLatin1Char(' ')) +
         c.toString(t, QStringLiteral(" hh:mm:ss yyyy")))
            .toLatin1();
    for (qint64 sector = 17; sector < 64; ++sector) {
        if (!f.seek(sector * 2048))
            break;
        const QByteArray head = f.read(5 + ctimeDate.size());
        if (head.startsWith("INFO ") && head.size() == 5 + ctimeDate.size()) {
            f.seek(sector * 2048 + 5);
            f.write(ctimeDate);
            break;
        }
    }
    for (qint64 sector = 16; sector < 64; ++sector) {
        if (!f.seek(sector * 2048))
            break;
        QByteArray vd = f.read(2048);
        if (vd.size() < 2048 || vd.mid(1, 5) != "CD001")
            break;
        const uchar type = uchar(vd[0]);
        if (type == 255)
            break;
        if (type == 1 || type == 2) {
            vd.replace(813, 17, dec);
            vd.replace(830, 17, dec);
            vd.replace(847, 17, QByteArray(16, '0') + char(0)); // expiration: none
            vd.replace(864, 17, dec);                           // effective
            vd.replace(156 + 18, 7, rec);                       // the root directory record
            f.seek(sector * 2048);
            f.write(vd);
            const auto le32 = [&](int o) {
                return quint32(uchar(vd[o])) | (quint32(uchar(vd[o + 1])) << 8) |
                       (quint32(uchar(vd[o + 2])) << 16) | (quint32(uchar(vd[o + 3])) << 24);
            };
            fixTreeDates(f, le32(156 + 2), le32(156 + 10), rec);
        }
    }
    return {};
}

} // namespace Lkc
