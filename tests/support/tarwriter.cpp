// SPDX-License-Identifier: Apache-2.0
#include "tarwriter.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

namespace Lkc::Test {

bool writeTar(const QString &path, const QList<TarMember> &members, const QByteArray &filter) {
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (filter == "gzip")
        archive_write_add_filter_gzip(a);
    else if (filter == "zstd")
        archive_write_add_filter_zstd(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (qsizetype i = 0; ok && i < members.size(); ++i) {
        const TarMember &m = members[i];
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.name.constData());
        archive_entry_set_perm(e, mode_t(m.mode));
        archive_entry_set_mtime(e, 1000, 0);
        switch (m.type) {
        case 'd':
            archive_entry_set_filetype(e, AE_IFDIR);
            break;
        case 'l':
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_symlink(e, m.data.constData());
            break;
        case 'h':
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_hardlink(e, m.data.constData());
            break;
        case 'c':
            archive_entry_set_filetype(e, AE_IFCHR);
            archive_entry_set_rdevmajor(e, 1);
            archive_entry_set_rdevminor(e, 3);
            break;
        case 'p':
            archive_entry_set_filetype(e, AE_IFIFO);
            break;
        default:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_size(e, m.data.size());
        }
        ok = archive_write_header(a, e) == ARCHIVE_OK;
        if (ok && m.type == 'f' && !m.data.isEmpty())
            ok = archive_write_data(a, m.data.constData(), size_t(m.data.size())) == m.data.size();
        archive_entry_free(e);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

} // namespace Lkc::Test
