// SPDX-License-Identifier: Apache-2.0
#include "rawgzipwriter.h"

#include "diskimagewriter.h"

#include <QDir>
#include <QFile>

#include <zlib.h>

namespace Lkc {

bool RawGzipWriter::handles(const QString &format) {
    return format == QLatin1String("raw-bios-gz") || format == QLatin1String("raw-efi-gz");
}

QStringList RawGzipWriter::outputNames(const QString &base, const OutputInputs &) const {
    return {base + (isEfi() ? QStringLiteral("-efi.img.gz") : QStringLiteral("-bios.img.gz"))};
}

Status RawGzipWriter::checkTools() const {
    return DiskImageWriter(isEfi() ? QStringLiteral("raw-efi") : QStringLiteral("raw-bios"))
        .checkTools();
}

Status RawGzipWriter::gzipFile(const QString &source, const QString &target,
                               const JobControl &control) {
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot read the disk image: ") + in.errorString(), source);
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(QStringLiteral("cannot write: ") + out.errorString(), target);
    z_stream zs{};
    // windowBits 15 + 16: a gzip wrapper with zlib's default header (mtime 0,
    // no file name), so the output depends on the image bytes only.
    if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Error(QStringLiteral("zlib initialisation failed"), target);
    const qint64 total = in.size();
    qint64 done = 0;
    QByteArray inBuf(1 << 20, Qt::Uninitialized), outBuf(1 << 20, Qt::Uninitialized);
    Status status;
    bool finished = false;
    while (!finished) {
        if (control.isCanceled()) {
            status = Error(QStringLiteral("canceled"), target);
            break;
        }
        const qint64 n = in.read(inBuf.data(), inBuf.size());
        if (n < 0) {
            status = Error(QStringLiteral("read failed: ") + in.errorString(), source);
            break;
        }
        done += n;
        const int flush = n == 0 ? Z_FINISH : Z_NO_FLUSH;
        zs.next_in = reinterpret_cast<Bytef *>(inBuf.data());
        zs.avail_in = uInt(n);
        do {
            zs.next_out = reinterpret_cast<Bytef *>(outBuf.data());
            zs.avail_out = uInt(outBuf.size());
            const int rc = deflate(&zs, flush);
            if (rc == Z_STREAM_ERROR) {
                status = Error(QStringLiteral("zlib failed"), target);
                break;
            }
            const qint64 have = outBuf.size() - qint64(zs.avail_out);
            if (have > 0 && out.write(outBuf.constData(), have) != have) {
                status = Error(QStringLiteral("write failed: ") + out.errorString(), target);
                break;
            }
            finished = rc == Z_STREAM_END;
        } while (zs.avail_out == 0 && status);
        if (!status)
            break;
        control.progress(done, total);
    }
    deflateEnd(&zs);
    if (status && !out.flush())
        status = Error(QStringLiteral("write failed: ") + out.errorString(), target);
    return status;
}

Status RawGzipWriter::write(const OutputInputs &in, const QString &stagingDir, const QString &base,
                            const JobControl &control) {
    if (in.kernel.isEmpty())
        return Error(
            QStringLiteral("%1 needs a kernel: the config has no kernel section").arg(m_format));
    const QString raw = QDir(in.scratchDir).filePath(m_format + QStringLiteral("-disk.raw"));
    control.log(QStringLiteral("Building %1 disk image")
                    .arg(isEfi() ? QStringLiteral("UEFI (GPT)") : QStringLiteral("BIOS (MBR)")));
    Status s = isEfi() ? DiskImageWriter::buildRawEfi(in, raw, 0, control)
                       : DiskImageWriter::buildRawBios(in, raw, 0, control);
    if (s) {
        control.log(QStringLiteral("Compressing the disk image (gzip)"));
        s = gzipFile(raw, QDir(stagingDir).filePath(outputNames(base, in).first()), control);
    }
    QFile::remove(raw);
    return s;
}

} // namespace Lkc
