// SPDX-License-Identifier: Apache-2.0
// Shared by the archive fuzz targets: turns fuzz input into tar files, so mutations
// explore member names, types, links and contents instead of tar checksums.
//
// Input: "RAW\n" then bytes used as the archive itself (to reach libarchive's readers
// and decompressors), or members separated by a line "%%":
//     f NAME            a regular file; the lines after the header are its content
//     d NAME            a directory
//     l NAME -> TARGET  a symbolic link       h NAME -> TARGET  a hard link
//     c NAME / p NAME   a character device / a FIFO
//     =                 (flattener) the next members go into the next layer up
// A first line "gz" or "zst" compresses the archives written.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

#include <cstdlib>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace LkcFuzz {

struct Member {
    char type = 'f';
    QByteArray name, target, content;
};

struct TarInput {
    bool raw = false;
    QByteArray rawBytes;
    QByteArray filter; // "", "gz" or "zst"
    QList<QList<Member>> layers{{}};
};

inline TarInput parseTarInput(const QByteArray &data) {
    TarInput in;
    if (data.startsWith("RAW\n")) {
        in.raw = true;
        in.rawBytes = data.mid(4);
        return in;
    }
    QByteArray rest = data;
    if (rest.startsWith("gz\n") || rest.startsWith("zst\n")) {
        in.filter = rest.left(rest.indexOf('\n'));
        rest = rest.mid(in.filter.size() + 1);
    }
    QByteArray pending;
    QList<QByteArray> chunks;
    // Records are split on a line holding just "%%"; a lone '%' stays content.
    const QList<QByteArray> lines = rest.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i] == "%%") {
            chunks.append(pending);
            pending.clear();
            continue;
        }
        pending += lines[i];
        if (i + 1 < lines.size())
            pending += '\n';
    }
    chunks.append(pending);
    for (const QByteArray &chunk : chunks) {
        const qsizetype eol = chunk.indexOf('\n');
        const QByteArray header = chunk.left(eol);
        if (header == "=") {
            in.layers.append(QList<Member>{});
            continue;
        }
        if (header.size() < 3 || header[1] != ' ')
            continue;
        Member m;
        m.type = header[0];
        QByteArray spec = header.mid(2);
        if (const qsizetype arrow = spec.indexOf(" -> "); arrow >= 0) {
            m.target = spec.mid(arrow + 4);
            spec.truncate(arrow);
        }
        m.name = spec;
        m.content = eol < 0 ? QByteArray() : chunk.mid(eol + 1);
        in.layers.last().append(m);
    }
    return in;
}

// Writes one archive of members; false when libarchive refuses (not a finding).
inline bool writeTar(const QString &path, const QList<Member> &members, const QByteArray &filter) {
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (filter == "gz")
        archive_write_add_filter_gzip(a);
    else if (filter == "zst")
        archive_write_add_filter_zstd(a);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK) {
        archive_write_free(a);
        return false;
    }
    for (const Member &m : members) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.name.constData());
        archive_entry_set_mtime(e, 0, 0);
        switch (m.type) {
        case 'd':
            archive_entry_set_filetype(e, AE_IFDIR);
            archive_entry_set_perm(e, 0755);
            break;
        case 'l':
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_symlink(e, m.target.constData());
            archive_entry_set_perm(e, 0777);
            break;
        case 'h':
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_hardlink(e, m.target.constData());
            archive_entry_set_perm(e, 0644);
            break;
        case 'c':
            archive_entry_set_filetype(e, AE_IFCHR);
            archive_entry_set_rdev(e, makedev(1, 3));
            archive_entry_set_perm(e, 0666);
            break;
        case 'p':
            archive_entry_set_filetype(e, AE_IFIFO);
            archive_entry_set_perm(e, 0644);
            break;
        default:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_entry_set_size(e, m.content.size());
            break;
        }
        const bool data = m.type == 'f' || (m.type != 'd' && m.type != 'l' && m.type != 'h' &&
                                            m.type != 'c' && m.type != 'p');
        if (archive_write_header(a, e) == ARCHIVE_OK && data && !m.content.isEmpty())
            archive_write_data(a, m.content.constData(), size_t(m.content.size()));
        archive_entry_free(e);
    }
    const bool ok = archive_write_close(a) == ARCHIVE_OK;
    archive_write_free(a);
    return ok;
}

inline bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A scratch folder of this process, under $TMPDIR (created once).
inline QString scratchRoot(const char *name) {
    static QString root;
    if (root.isEmpty()) {
        QDir().mkpath(QDir::tempPath());
        QByteArray tmpl = QDir::tempPath().toLocal8Bit() + "/lkc-fuzz-" + name + "-XXXXXX";
        if (!mkdtemp(tmpl.data()))
            std::abort();
        root = QString::fromLocal8Bit(tmpl);
    }
    return root;
}

} // namespace LkcFuzz
