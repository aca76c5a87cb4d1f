// SPDX-License-Identifier: Apache-2.0
#include "gzipmemberwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#ifdef LKC_HAVE_LIBDEFLATE
#include <libdeflate.h>
#else
#include <zlib.h>
#endif

namespace Lkc {

GzipMemberWriter::GzipMemberWriter(QIODevice *out, int level, QString cacheDir, qsizetype chunkSize)
    : m_out(out)
    , m_level(level)
    , m_cacheDir(std::move(cacheDir))
    , m_chunkSize(chunkSize) {
    m_pending.reserve(m_chunkSize);
}

QByteArray GzipMemberWriter::compressMember(const QByteArray &data, int level) {
#ifdef LKC_HAVE_LIBDEFLATE
    libdeflate_compressor *c = libdeflate_alloc_compressor(level);
    QByteArray out(qsizetype(libdeflate_gzip_compress_bound(c, size_t(data.size()))),
                   Qt::Uninitialized);
    const size_t n = libdeflate_gzip_compress(c, data.constData(), size_t(data.size()), out.data(),
                                              size_t(out.size()));
    libdeflate_free_compressor(c);
    out.truncate(qsizetype(n));
    return out;
#else
    z_stream zs{};
    deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.truncate(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
#endif
}

Status GzipMemberWriter::write(const char *data, qsizetype size) {
    m_bytesIn += size;
    while (size > 0) {
        const qsizetype take = qMin(size, m_chunkSize - m_pending.size());
        m_pending.append(data, take);
        data += take;
        size -= take;
        if (m_pending.size() >= m_chunkSize)
            if (Status s = flushChunk(); !s)
                return s;
    }
    return {};
}

Status GzipMemberWriter::cut() {
    return m_pending.isEmpty() ? Status() : flushChunk();
}

Status GzipMemberWriter::flushChunk() {
    QByteArray member;
    QString cachePath;
    if (!m_cacheDir.isEmpty()) {
        const QByteArray key =
            QCryptographicHash::hash(m_pending, QCryptographicHash::Sha256).toHex();
        cachePath = m_cacheDir + QLatin1Char('/') + QString::fromLatin1(key) +
                    QStringLiteral("-%1.gz").arg(m_level);
        QFile cached(cachePath);
        if (cached.open(QIODevice::ReadOnly)) {
            member = cached.readAll();
            ++m_cacheHits;
        }
    }
    if (member.isEmpty()) {
        member = compressMember(m_pending, m_level);
        if (!cachePath.isEmpty()) {
            QDir().mkpath(m_cacheDir);
            QSaveFile save(cachePath);
            // The cache is an optimisation: failing to fill it is not an error.
            if (save.open(QIODevice::WriteOnly) && save.write(member) == member.size())
                save.commit();
        }
    }
    m_pending.clear();
    ++m_members;
    if (m_out->write(member) != member.size())
        return Error(QStringLiteral("cannot write compressed data: %1").arg(m_out->errorString()));
    return {};
}

} // namespace Lkc
