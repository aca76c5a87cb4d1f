// SPDX-License-Identifier: Apache-2.0
#include "blobwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <cstdio>

namespace Lkc {

BlobWriter::BlobWriter(const QString &storeRoot, const Digest &expected, qint64 expectedSize)
    : m_root(storeRoot)
    , m_expected(expected)
    , m_expectedSize(expectedSize) {}

BlobWriter::~BlobWriter() {
    if (!m_done)
        discard();
}

Status BlobWriter::open() {
    const QString ingest = m_root + QStringLiteral("/ingest");
    if (!QDir().mkpath(ingest))
        return Error(QStringLiteral("cannot create the store's ingest directory: check "
                                    "permissions"),
                     ingest);
    const QString name = (m_expected.isValid() ? m_expected.shortHex() : QStringLiteral("new")) +
                         QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128);
    m_file.setFileName(ingest + QLatin1Char('/') + name);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(QStringLiteral("cannot write a temporary blob: %1").arg(m_file.errorString()),
                     m_file.fileName());
    return {};
}

Status BlobWriter::write(const char *data, qint64 size) {
    if (m_expectedSize >= 0 && m_written + size > m_expectedSize)
        return Error(QStringLiteral("blob is larger than its descriptor says (%1 bytes): the "
                                    "source is corrupt")
                         .arg(m_expectedSize),
                     m_expected.toString());
    if (m_file.write(data, size) != size)
        return Error(
            QStringLiteral("cannot write blob data: %1 (disk full?)").arg(m_file.errorString()),
            m_file.fileName());
    m_hasher.addData(data, size);
    m_written += size;
    return {};
}

Result<Digest> BlobWriter::commit() {
    if (!m_file.flush()) {
        discard();
        return Error(
            QStringLiteral("cannot write blob data: %1 (disk full?)").arg(m_file.errorString()),
            m_file.fileName());
    }
    m_file.close();
    const Digest actual = m_hasher.finish();
    if (m_expectedSize >= 0 && m_written != m_expectedSize) {
        discard();
        return Error(QStringLiteral("blob is %1 bytes, its descriptor says %2: the download was "
                                    "cut short or the source is corrupt")
                         .arg(m_written)
                         .arg(m_expectedSize),
                     m_expected.toString());
    }
    if (m_expected.isValid() && actual != m_expected) {
        discard();
        return Error(QStringLiteral("content does not match its digest (got %1): the source "
                                    "is corrupt or was changed; nothing was stored")
                         .arg(actual.toString()),
                     m_expected.toString());
    }
    const QString dir = m_root + QStringLiteral("/blobs/sha256");
    QDir().mkpath(dir);
    const QString target = dir + QLatin1Char('/') + actual.hex();
    // rename(2) replaces atomically: a concurrent writer of the same blob wrote the same bytes.
    if (std::rename(QFile::encodeName(m_file.fileName()).constData(),
                    QFile::encodeName(target).constData()) != 0) {
        discard();
        return Error(QStringLiteral("cannot move the verified blob into place"), target);
    }
    m_done = true;
    return actual;
}

Status BlobWriter::restart() {
    m_file.close();
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(
            QStringLiteral("cannot rewrite a temporary blob: %1").arg(m_file.errorString()),
            m_file.fileName());
    m_hasher.reset();
    m_written = 0;
    return {};
}

void BlobWriter::discard() {
    m_file.close();
    if (!m_file.fileName().isEmpty())
        QFile::remove(m_file.fileName());
    m_done = true;
}

} // namespace Lkc
