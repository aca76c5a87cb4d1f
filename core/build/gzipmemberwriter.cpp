// SPDX-License-Identifier: Apache-2.0
#include "gzipmemberwriter.h"

#include "util/atomicfile.h"

#include <QThread>
#include <QThreadPool>

#ifdef LKC_HAVE_LIBDEFLATE
#include <libdeflate.h>
#endif
#include <zlib.h>

namespace Lkc {

struct GzipMemberWriter::Stream {
    z_stream zs{};
    QByteArray out = QByteArray(1 << 18, Qt::Uninitialized);
};

GzipMemberWriter::GzipMemberWriter(QIODevice *out, int level, qsizetype bufferLimit, int workers)
    : m_out(out)
    , m_level(level)
    , m_bufferLimit(bufferLimit)
    , m_workers(workers > 0 ? workers : threadCount()) {
    if (m_workers > 1) {
        m_pool = std::make_unique<QThreadPool>();
        m_pool->setMaxThreadCount(m_workers);
    }
}

int GzipMemberWriter::threadCount() {
    bool ok = false;
    const int forced = qEnvironmentVariableIntValue("LKC_BUILD_THREADS", &ok);
    if (ok && forced >= 1)
        return forced;
    return qMax(1, QThread::idealThreadCount());
}

QByteArray GzipMemberWriter::compressorId() {
#ifdef LKC_HAVE_LIBDEFLATE
    return QByteArrayLiteral("libdeflate-" LIBDEFLATE_VERSION_STRING "+zlib-") + zlibVersion();
#else
    return QByteArrayLiteral("zlib-") + zlibVersion();
#endif
}

GzipMemberWriter::~GzipMemberWriter() {
    if (m_stream)
        deflateEnd(&m_stream->zs);
    if (m_pool)
        m_pool->waitForDone(); // jobs own their data; nothing is written after this
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

Status GzipMemberWriter::put(const QByteArray &bytes) {
    if (m_out->write(bytes) != bytes.size())
        return AtomicFiles::deviceError(QStringLiteral("cannot write compressed data to"), *m_out);
    return m_tee ? m_tee(bytes.constData(), bytes.size()) : Status();
}

Status GzipMemberWriter::collect(qsizetype keep, bool wait) {
    while (!m_inFlight.empty()) {
        std::future<QByteArray> &front = m_inFlight.front();
        const bool mustWait = wait && qsizetype(m_inFlight.size()) > keep;
        if (!mustWait && front.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
            return {};
        const QByteArray member = front.get();
        m_inFlight.pop_front();
        if (Status s = put(member); !s)
            return s;
    }
    return {};
}

Status GzipMemberWriter::flush() {
    if (Status s = cut(); !s)
        return s;
    return collect(0, true);
}

Status GzipMemberWriter::startStreaming() {
    // Members before this one go out first; this one is written as it is made.
    if (Status s = collect(0, true); !s)
        return s;
    m_stream = std::make_unique<Stream>();
    // gzip wrapper (15 + 16): header with mtime 0, like the one-shot members.
    if (deflateInit2(&m_stream->zs, m_level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Error(QStringLiteral("cannot start zlib"));
    const QByteArray buffered = m_pending;
    m_pending.clear();
    m_pending.squeeze();
    return streamData(buffered.constData(), buffered.size(), false);
}

Status GzipMemberWriter::streamData(const char *data, qsizetype size, bool finish) {
    z_stream &zs = m_stream->zs;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    zs.avail_in = uInt(size);
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef *>(m_stream->out.data());
        zs.avail_out = uInt(m_stream->out.size());
        const int r = deflate(&zs, finish ? Z_FINISH : Z_NO_FLUSH);
        const qsizetype produced = m_stream->out.size() - qsizetype(zs.avail_out);
        if (produced > 0)
            if (Status s = put(m_stream->out.left(produced)); !s)
                return s;
        if (finish ? r == Z_STREAM_END : (zs.avail_in == 0 && zs.avail_out != 0))
            return {};
        if (r != Z_OK && r != Z_BUF_ERROR)
            return Error(QStringLiteral("zlib failed (%1)").arg(r));
    }
}

Status GzipMemberWriter::write(const char *data, qsizetype size) {
    m_bytesIn += size;
    m_memberBytes += size;
    if (m_stream)
        return streamData(data, size, false);
    m_pending.append(data, size);
    if (m_pending.size() > m_bufferLimit)
        return startStreaming();
    return {};
}

Status GzipMemberWriter::cut() {
    if (m_memberBytes == 0)
        return {};
    m_memberBytes = 0;
    ++m_members;
    if (m_stream) {
        Status s = streamData(nullptr, 0, true);
        deflateEnd(&m_stream->zs);
        m_stream.reset();
        return s;
    }
    if (!m_pool) {
        const QByteArray member = compressMember(m_pending, m_level);
        m_pending.clear();
        return put(member);
    }
    // Bounded: at most two members per worker are held at once.
    auto promise = std::make_shared<std::promise<QByteArray>>();
    m_inFlight.push_back(promise->get_future());
    m_pool->start([promise, data = std::exchange(m_pending, QByteArray()), level = m_level]() {
        promise->set_value(compressMember(data, level));
    });
    return collect(qsizetype(2 * m_workers), true);
}

} // namespace Lkc
