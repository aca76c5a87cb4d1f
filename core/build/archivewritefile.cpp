// SPDX-License-Identifier: Apache-2.0
#include "archivewritefile.h"

#include "util/atomicfile.h"

#include <QDir>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

namespace Lkc {

ArchiveWriteFile::ArchiveWriteFile()
    : m_archive(archive_write_new()) {}

ArchiveWriteFile::~ArchiveWriteFile() {
    // Without commit() the QSaveFile's temp file is removed by its destructor.
    archive_write_free(m_archive);
}

long ArchiveWriteFile::writeCallback(archive *, void *self, const void *buffer, size_t length) {
    auto *me = static_cast<ArchiveWriteFile *>(self);
    const qint64 n = me->m_file.write(static_cast<const char *>(buffer), qint64(length));
    if (n > 0)
        me->m_written += n;
    return long(n);
}

Status ArchiveWriteFile::open(const QString &path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    // Unbuffered: Qt 6.4's QSaveFile::commit() ignores a failed flush of its buffer
    // (a full disk), so every write must reach write(2) and be checked here.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error(QStringLiteral("cannot write: %1").arg(m_file.errorString()), path);
    archive_write_set_format_pax_restricted(m_archive);
    archive_write_add_filter_none(m_archive);
    archive_write_set_bytes_per_block(m_archive, 10240);
    archive_write_set_bytes_in_last_block(m_archive, 1);
    if (archive_write_open(m_archive, this, nullptr, &ArchiveWriteFile::writeCallback, nullptr) !=
        ARCHIVE_OK)
        return Error(QString::fromUtf8(archive_error_string(m_archive)), path);
    return {};
}

Status ArchiveWriteFile::writeHeader(archive_entry *entry) {
    if (archive_write_header(m_archive, entry) < ARCHIVE_WARN)
        return Error(QStringLiteral("cannot write tar member %1: %2")
                         .arg(QString::fromUtf8(archive_entry_pathname(entry)),
                              QString::fromUtf8(archive_error_string(m_archive))),
                     m_file.fileName());
    return {};
}

Status ArchiveWriteFile::writeData(const char *data, size_t size) {
    while (size > 0) {
        const la_ssize_t n = archive_write_data(m_archive, data, size);
        if (n <= 0 && m_file.error() != QFileDevice::NoError)
            return AtomicFiles::deviceError(QStringLiteral("cannot write"), m_file);
        if (n <= 0)
            return Error(QStringLiteral("write failed: %1")
                             .arg(QString::fromUtf8(archive_error_string(m_archive))),
                         m_file.fileName());
        data += n;
        size -= size_t(n);
    }
    return {};
}

Status ArchiveWriteFile::commit() {
    if (archive_write_close(m_archive) != ARCHIVE_OK && m_file.error() != QFileDevice::NoError)
        return AtomicFiles::deviceError(QStringLiteral("cannot write"), m_file);
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return Error(QString::fromUtf8(archive_error_string(m_archive)), m_file.fileName());
    if (!m_file.commit())
        return Error(QStringLiteral("cannot write: %1").arg(m_file.errorString()),
                     m_file.fileName());
    return {};
}

} // namespace Lkc
