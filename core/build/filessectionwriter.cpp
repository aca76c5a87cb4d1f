// SPDX-License-Identifier: Apache-2.0
#include "filessectionwriter.h"

#include "archivepath.h"
#include "config/octalmode.h"
#include "runtimespec.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <archive_entry.h>

namespace Lkc {

namespace {
QString expandHome(const QString &path) {
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}
} // namespace

Status FilesSectionWriter::write(const QList<FileEntry> &files, const QHash<QString, qint64> &ids,
                                 const MetadataProvider &metadata, const LogSink &log,
                                 RootfsStream &out, const QString &baseDir) {
    QSet<QByteArray> created;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const FileEntry &f = files[i];
        const QString where =
            f.pos.yamlPath.isEmpty() ? QStringLiteral("files[%1]").arg(i) : f.pos.yamlPath;
        const QString located =
            f.pos.isValid() ? f.pos.toString() + QStringLiteral(" (") + where + QLatin1Char(')')
                            : where;
        if (!f.path || f.path->isEmpty())
            return Error(QStringLiteral("did not specify path for file"), located);
        log(QStringLiteral("  ") + *f.path);
        const std::optional<QByteArray> cleaned = cleanArchivePath(f.path->toUtf8());
        if (!cleaned || *cleaned == ".")
            return Error(
                QStringLiteral("file path %1 does not name a place inside the image").arg(*f.path),
                located);
        const QByteArray path = *cleaned;
        const bool directory = f.directory.value_or(false);
        if (directory && f.contents)
            return Error(QStringLiteral("directory with contents not allowed"), located);
        int kinds = int(f.contents.has_value()) + int(!f.source.value_or(QString()).isEmpty()) +
                    int(!f.metadata.value_or(QString()).isEmpty());
        if (kinds > 1)
            return Error(
                QStringLiteral(
                    "specified more than one of contents, source and metadata for file: %1")
                    .arg(*f.path),
                located);
        qint64 mode = directory ? 0700 : 0600;
        if (f.mode) {
            const std::optional<qint64> parsed = parseOctalMode(*f.mode);
            if (!parsed)
                return Error(
                    QStringLiteral("cannot parse file mode as octal value: %1").arg(*f.mode),
                    located);
            mode = *parsed;
        }
        Result<qint64> uid = RuntimeSpec::resolveId(f.uid.value_or(IntOrName()), ids);
        if (!uid)
            return Error(uid.error().message, where + QStringLiteral(".uid"));
        Result<qint64> gid = RuntimeSpec::resolveId(f.gid.value_or(IntOrName()), ids);
        if (!gid)
            return Error(gid.error().message, where + QStringLiteral(".gid"));

        // Host files are checked before any member is written for this entry.
        QFile source;
        if (const QString src = f.source.value_or(QString()); !src.isEmpty()) {
            const QString expanded = expandHome(src);
            source.setFileName(baseDir.isEmpty() || QDir::isAbsolutePath(expanded)
                                   ? expanded
                                   : QDir(baseDir).filePath(expanded));
            if (!source.open(QIODevice::ReadOnly)) {
                if (f.optional.value_or(false))
                    continue;
                return Error(QStringLiteral("cannot read source file %1: %2")
                                 .arg(source.fileName(), source.errorString()),
                             located);
            }
        }

        int dirMode = int(mode);
        for (int shift : {6, 3, 0})
            if ((mode >> shift) & 7)
                dirMode |= 1 << shift;
        QByteArray parent;
        const QList<QByteArray> parts = path.split('/');
        for (qsizetype p = 0; p + 1 < parts.size(); ++p) {
            parent = parent.isEmpty() ? parts[p] : parent + '/' + parts[p];
            if (created.contains(parent))
                continue;
            if (Status s = out.addDirectory(parent, dirMode & 07777, *uid, *gid); !s)
                return s;
            created.insert(parent);
        }
        created.insert(path);

        if (directory) {
            if (Status s = out.addDirectory(path, int(mode) & 07777, *uid, *gid); !s)
                return s;
        } else if (!f.symlink.value_or(QString()).isEmpty()) {
            if (Status s = out.addSymlink(path, f.symlink->toUtf8(), int(mode) & 07777, *uid, *gid);
                !s)
                return s;
        } else if (source.isOpen()) {
            archive_entry *e = archive_entry_new();
            archive_entry_set_pathname(e, path.constData());
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, mode_t(mode & 07777));
            archive_entry_set_uid(e, *uid);
            archive_entry_set_gid(e, *gid);
            archive_entry_set_mtime(e, RootfsStream::kGeneratedMtime, 0);
            archive_entry_set_size(e, source.size());
            Status s = out.addHeader(e);
            archive_entry_free(e);
            if (!s)
                return s;
            QByteArray buffer(256 * 1024, Qt::Uninitialized);
            qint64 left = source.size();
            while (left > 0) {
                const qint64 n = source.read(buffer.data(), qMin<qint64>(left, buffer.size()));
                if (n <= 0)
                    return Error(QStringLiteral("cannot read %1: %2")
                                     .arg(source.fileName(), source.errorString()),
                                 located);
                if (Status w = out.addData(buffer.constData(), size_t(n)); !w)
                    return w;
                left -= n;
            }
        } else {
            QByteArray contents;
            if (const QString m = f.metadata.value_or(QString()); !m.isEmpty()) {
                if (m != QLatin1String("yaml") && m != QLatin1String("json"))
                    return Error(
                        QStringLiteral("unsupported metadata format %1 (use yaml or json)").arg(m),
                        located);
                contents = metadata(m);
            } else if (f.contents) {
                contents = f.contents->toUtf8();
            } else {
                return Error(QStringLiteral("contents of file (%1) not specified").arg(*f.path),
                             located);
            }
            if (Status s = out.addFile(path, int(mode) & 07777, contents, *uid, *gid); !s)
                return s;
        }
    }
    return {};
}

} // namespace Lkc
