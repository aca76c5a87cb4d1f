// SPDX-License-Identifier: Apache-2.0
#include "archivemembers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <unistd.h>

#include <memory>

namespace Lkc {

QString ArchiveMembers::normalize(const QString &name) {
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')))
        return {};
    QStringList parts;
    for (const QString &part : name.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                return {};
            parts.removeLast();
            continue;
        }
        parts << part;
    }
    return parts.join(QLatin1Char('/'));
}

// Why `name` cannot be read, in words: used for names from the archive and from its
// manifest.json alike.
static QString escapeReason(const QString &name) {
    if (name.startsWith(QLatin1Char('/')))
        return QStringLiteral("is an absolute path");
    return QStringLiteral("climbs out of the archive with \"..\"");
}

namespace {
struct ArchiveReader {
    archive *a = archive_read_new();
    ~ArchiveReader() { archive_read_free(a); }
};
} // namespace

Result<ArchiveMembers> ArchiveMembers::extract(const QString &tarPath, const QString &dir,
                                               const JobControl &job) {
    ArchiveMembers members;
    members.m_dir = dir;
    members.m_tarPath = tarPath;
    auto refuse = [&tarPath](const QString &member, const QString &why) {
        return Error(QStringLiteral("archive member \"%1\" %2: refusing the archive (only "
                                    "regular files inside it are read)")
                         .arg(member, why),
                     tarPath);
    };
    ArchiveReader reader;
    archive_read_support_format_tar(reader.a);
    archive_read_support_filter_all(reader.a);
    if (archive_read_open_filename(reader.a, QFile::encodeName(tarPath).constData(), 1 << 16) !=
        ARCHIVE_OK)
        return Error(QStringLiteral("cannot open archive: %1")
                         .arg(QString::fromLocal8Bit(archive_error_string(reader.a))),
                     tarPath);
    // Links are resolved once every member is known: a link may come before its target.
    QHash<QString, QString> links; // member -> the member it names
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    archive_entry *entry = nullptr;
    int rc;
    while ((rc = archive_read_next_header(reader.a, &entry)) == ARCHIVE_OK) {
        if (job.isCanceled())
            return Error(QStringLiteral("canceled"), tarPath);
        const QString raw = QString::fromUtf8(archive_entry_pathname(entry));
        const QString name = normalize(raw);
        if (name.isEmpty()) {
            if (normalize(raw + QStringLiteral("/x")) == QLatin1String("x"))
                continue; // "." or "./": the archive's root
            return refuse(raw, escapeReason(raw));
        }
        // A later member of the same name replaces an earlier one, as tar extraction does.
        links.remove(name);
        if (members.m_files.remove(name))
            QFile::remove(dir + QLatin1Char('/') + name);

        const mode_t type = archive_entry_filetype(entry);
        if (const char *hard = archive_entry_hardlink(entry)) {
            const QString target = QString::fromUtf8(hard);
            const QString resolved = normalize(target);
            if (resolved.isEmpty())
                return refuse(raw, QStringLiteral("is a hard link to \"%1\", which %2")
                                       .arg(target, escapeReason(target)));
            links.insert(name, resolved);
            continue;
        }
        if (type == AE_IFLNK) {
            const QString target = QString::fromUtf8(archive_entry_symlink(entry));
            if (target.startsWith(QLatin1Char('/')))
                return refuse(
                    raw, QStringLiteral("is a symlink to the absolute path \"%1\"").arg(target));
            const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
            const QString base = slash < 0 ? QString() : name.left(slash + 1);
            const QString resolved = normalize(base + target);
            if (resolved.isEmpty())
                return refuse(
                    raw, QStringLiteral("is a symlink to \"%1\", outside the archive").arg(target));
            links.insert(name, resolved);
            continue;
        }
        if (type == AE_IFDIR) {
            if (!QDir().mkpath(dir + QLatin1Char('/') + name))
                return refuse(raw, QStringLiteral("cannot be created as a directory"));
            continue;
        }
        if (type != AE_IFREG)
            return refuse(raw, QStringLiteral("is a device, FIFO or socket"));
        const QString path = dir + QLatin1Char('/') + name;
        if (!QDir().mkpath(QFileInfo(path).path()))
            return refuse(raw, QStringLiteral("lies under a member that is not a directory"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error(QStringLiteral("cannot unpack \"%1\": %2").arg(raw, out.errorString()),
                         path);
        for (;;) {
            const la_ssize_t n = archive_read_data(reader.a, buffer.data(), buffer.size());
            if (n < 0)
                return Error(QStringLiteral("archive is truncated or corrupt at \"%1\": %2")
                                 .arg(raw, QString::fromLocal8Bit(archive_error_string(reader.a))),
                             tarPath);
            if (n == 0)
                break;
            if (out.write(buffer.constData(), n) != n)
                return Error(QStringLiteral("cannot unpack \"%1\": %2").arg(raw, out.errorString()),
                             path);
        }
        if (!out.flush())
            return Error(QStringLiteral("cannot unpack \"%1\": %2").arg(raw, out.errorString()),
                         path);
        members.m_files.insert(name, path);
    }
    if (rc != ARCHIVE_EOF)
        return Error(QStringLiteral("archive is truncated or corrupt: %1")
                         .arg(QString::fromLocal8Bit(archive_error_string(reader.a))),
                     tarPath);
    // A link becomes a second name of the regular member it leads to (through other links).
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        QString target = it.value();
        for (int hops = 0; hops < 32 && links.contains(target); ++hops)
            target = links.value(target);
        const QString file = members.m_files.value(target);
        if (file.isEmpty())
            return refuse(it.key(), QStringLiteral("links to \"%1\", which is not a regular "
                                                   "file in the archive")
                                        .arg(it.value()));
        const QString path = dir + QLatin1Char('/') + it.key();
        if (!QDir().mkpath(QFileInfo(path).path()))
            return refuse(it.key(), QStringLiteral("lies under a member that is not a directory"));
        if (::link(QFile::encodeName(file).constData(), QFile::encodeName(path).constData()) != 0 &&
            !QFile::copy(file, path))
            return Error(QStringLiteral("cannot unpack \"%1\"").arg(it.key()), path);
        members.m_files.insert(it.key(), path);
    }
    return members;
}

Result<QString> ArchiveMembers::regularFile(const QString &name, const QString &usedFor) const {
    const QString normalized = normalize(name);
    if (normalized.isEmpty())
        return Error(QStringLiteral("manifest.json names \"%1\" as %2, which %3: refusing the "
                                    "archive")
                         .arg(name, usedFor,
                              name.isEmpty() ? QStringLiteral("is empty") : escapeReason(name)),
                     m_tarPath);
    const QString file = m_files.value(normalized);
    if (file.isEmpty())
        return Error(QStringLiteral("manifest.json names \"%1\" as %2, but the archive has no "
                                    "regular file of that name")
                         .arg(name, usedFor),
                     m_tarPath);
    return file;
}

} // namespace Lkc
