// SPDX-License-Identifier: Apache-2.0
#include "cacheentry.h"

#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <atomic>
#include <unistd.h>

namespace Lkc {

namespace {
// "LKCENT1\n" | u64 payload length | u64 metadata length | sha256(payload ‖ metadata) | 8 spare
const QByteArray kMagic = QByteArrayLiteral("LKCENT1\n");
std::atomic<int> g_tempCounter{0};
} // namespace

CacheEntryWriter::~CacheEntryWriter() {
    abandon();
}

void CacheEntryWriter::abandon() {
    if (m_file.isOpen()) {
        m_file.close();
        m_file.remove();
    }
}

Status CacheEntryWriter::open(const QString &path) {
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(
        QStringLiteral("%1.tmp-%2-%3").arg(path).arg(::getpid()).arg(g_tempCounter.fetch_add(1)));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(QStringLiteral("cannot write: %1").arg(m_file.errorString()),
                     m_file.fileName());
    const QByteArray header(CacheEntryReader::kHeaderSize, '\0');
    if (m_file.write(header) != header.size())
        return Error(QStringLiteral("cannot write: %1").arg(m_file.errorString()),
                     m_file.fileName());
    m_hasher.reset();
    m_payload = 0;
    m_failed = false;
    return {};
}

Status CacheEntryWriter::write(const char *data, qint64 size) {
    if (m_failed || !m_file.isOpen())
        return Error(QStringLiteral("cache entry not open"), m_path);
    if (m_file.write(data, size) != size) {
        m_failed = true;
        return Error(QStringLiteral("cannot write: %1").arg(m_file.errorString()),
                     m_file.fileName());
    }
    m_hasher.addData(data, size);
    m_payload += size;
    return {};
}

Status CacheEntryWriter::commit(const QByteArray &meta) {
    if (m_failed || !m_file.isOpen())
        return Error(QStringLiteral("cache entry not written"), m_path);
    m_hasher.addData(meta.constData(), meta.size());
    QByteArray header = kMagic;
    header.resize(CacheEntryReader::kHeaderSize, '\0');
    qToBigEndian<quint64>(quint64(m_payload), header.data() + 8);
    qToBigEndian<quint64>(quint64(meta.size()), header.data() + 16);
    const QByteArray digest = QByteArray::fromHex(m_hasher.finish().hex().toLatin1());
    memcpy(header.data() + 24, digest.constData(), 32);
    const auto fail = [this]() {
        const Error e(QStringLiteral("cannot write: %1").arg(m_file.errorString()),
                      m_file.fileName());
        abandon();
        return e;
    };
    if (m_file.write(meta) != meta.size() || !m_file.seek(0) ||
        m_file.write(header) != header.size() || !m_file.flush())
        return fail();
    // Synced before the rename: after a crash the name holds all of it or nothing.
    if (::fsync(m_file.handle()) != 0)
        return fail();
    m_file.close();
    if (::rename(QFile::encodeName(m_file.fileName()).constData(),
                 QFile::encodeName(m_path).constData()) != 0) {
        m_file.remove();
        return Error(QStringLiteral("cannot rename the cache entry into place"), m_path);
    }
    return {};
}

bool CacheEntryReader::open(const QString &path) {
    m_file.setFileName(path);
    m_damaged = false;
    if (!m_file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = m_file.read(kHeaderSize);
    if (header.size() != kHeaderSize || !header.startsWith(kMagic)) {
        m_damaged = true;
        return true;
    }
    m_payloadSize = qint64(qFromBigEndian<quint64>(header.constData() + 8));
    const qint64 metaSize = qint64(qFromBigEndian<quint64>(header.constData() + 16));
    m_expected = header.mid(24, 32);
    if (m_payloadSize < 0 || metaSize < 0 || metaSize > (1 << 20) ||
        kHeaderSize + m_payloadSize + metaSize != m_file.size()) {
        m_damaged = true;
        return true;
    }
    if (!m_file.seek(kHeaderSize + m_payloadSize)) {
        m_damaged = true;
        return true;
    }
    m_meta = m_file.read(metaSize);
    if (m_meta.size() != metaSize || !m_file.seek(kHeaderSize)) {
        m_damaged = true;
        return true;
    }
    m_left = m_payloadSize;
    m_hasher.reset();
    return true;
}

qint64 CacheEntryReader::read(char *buffer, qint64 max) {
    const qint64 n = readUnhashed(buffer, max);
    if (n > 0)
        hash(buffer, n);
    return n;
}

qint64 CacheEntryReader::readUnhashed(char *buffer, qint64 max) {
    if (m_damaged)
        return -1;
    const qint64 n = m_file.read(buffer, qMin(max, m_left));
    if (n < 0 || (n == 0 && m_left > 0)) {
        m_damaged = true;
        return -1;
    }
    m_left -= n;
    return n;
}

void CacheEntryReader::hash(const char *data, qint64 size) {
    m_hasher.addData(data, size);
}

bool CacheEntryReader::finish() {
    if (m_damaged || m_left != 0)
        return false;
    m_hasher.addData(m_meta.constData(), m_meta.size());
    m_damaged = QByteArray::fromHex(m_hasher.finish().hex().toLatin1()) != m_expected;
    return !m_damaged;
}

Status CacheEntryReader::verifyFile(const QString &path, qint64 *bytes) {
    CacheEntryReader reader;
    if (!reader.open(path))
        return Error(QStringLiteral("unreadable"), path);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = reader.read(buffer.data(), buffer.size())) > 0)
        if (bytes)
            *bytes += n;
    if (n < 0 || !reader.finish())
        return Error(QStringLiteral("damaged (content does not match its checksum)"), path);
    return {};
}

} // namespace Lkc
