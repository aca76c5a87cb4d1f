// SPDX-License-Identifier: Apache-2.0
#include "run/dataiso.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

namespace Lkc {

Status DataIso::write(const QString &path, const QByteArray &config) {
    archive *a = archive_write_new();
    archive_write_set_format_iso9660(a);
    archive_write_set_option(a, "iso9660", "volume-id", "CIDATA");
    archive_write_set_option(a, "iso9660", "rockridge", "1");
    archive_write_set_option(a, "iso9660", "joliet", "1");
    archive_write_set_bytes_in_last_block(a, 1);
    const QByteArray tmp = (path + QStringLiteral(".tmp")).toLocal8Bit();
    if (archive_write_open_filename(a, tmp.constData()) != ARCHIVE_OK) {
        Error e(QString::fromLocal8Bit(archive_error_string(a)), path);
        archive_write_free(a);
        return e;
    }
    archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, "config");
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, config.size());
    archive_entry_set_mtime(e, 0, 0);
    bool ok = archive_write_header(a, e) == ARCHIVE_OK &&
              archive_write_data(a, config.constData(), size_t(config.size())) == config.size();
    archive_entry_free(e);
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    const QString err = QString::fromLocal8Bit(archive_error_string(a));
    archive_write_free(a);
    if (!ok)
        return Error(QStringLiteral("cannot write the data ISO: ") + err, path);
    QFile::remove(path);
    if (!QFile::rename(QString::fromLocal8Bit(tmp), path))
        return Error(QStringLiteral("cannot rename the data ISO into place"), path);
    return {};
}

} // namespace Lkc
