// SPDX-License-Identifier: Apache-2.0
#include "ociarchiveexporter.h"

#include "mediatypes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>

namespace Lkc {

namespace {

struct TarOut {
    struct archive *a = nullptr;
    Error error;

    bool header(const QByteArray &path, int type, qint64 size) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, path.constData());
        archive_entry_set_filetype(e, static_cast<unsigned>(type));
        archive_entry_set_perm(e, type == AE_IFDIR ? 0755 : 0644);
        archive_entry_set_size(e, size);
        archive_entry_set_mtime(e, 0, 0);
        const int rc = archive_write_header(a, e);
        archive_entry_free(e);
        if (rc != ARCHIVE_OK)
            error = Error(QString::fromLocal8Bit(archive_error_string(a)), QString::fromUtf8(path));
        return rc == ARCHIVE_OK;
    }
    bool data(const QByteArray &path, const QByteArray &bytes) {
        if (!header(path, AE_IFREG, bytes.size()))
            return false;
        return archive_write_data(a, bytes.constData(), static_cast<size_t>(bytes.size())) >= 0;
    }
};

} // namespace

Status OciArchiveExporter::write(const ContentStore &store, const QString &name,
                                 const QString &tarPath, const JobControl &job) {
    auto root = store.findEntry(name);
    if (!root)
        return root.error();
    auto all = store.reachable(*root);
    if (!all)
        return all.error();
    QList<Descriptor> blobs;
    QSet<Digest> seen;
    qint64 total = 0;
    for (const Descriptor &d : *all) {
        if (seen.contains(d.digest))
            continue;
        if (!store.hasBlob(d.digest, d.size))
            return Error(
                QStringLiteral("blob %1 is missing: pull the image again").arg(d.digest.toString()),
                name);
        seen.insert(d.digest);
        blobs << d;
        total += d.size;
    }
    std::sort(blobs.begin(), blobs.end(),
              [](const Descriptor &a, const Descriptor &b) { return a.digest < b.digest; });

    Descriptor entry = *root;
    entry.annotations.clear();
    entry.annotations.insert(QString(Descriptor::RefNameAnnotation), name);
    entry.annotations.insert(QStringLiteral("io.containerd.image.name"), name);
    QJsonObject index;
    index.insert(QLatin1String("schemaVersion"), 2);
    index.insert(QLatin1String("mediaType"), QString(MediaType::OciIndex));
    index.insert(QLatin1String("manifests"), QJsonArray{entry.toJson()});

    const QString tmp = tarPath + QStringLiteral(".part");
    TarOut out;
    out.a = archive_write_new();
    archive_write_set_format_pax_restricted(out.a);
    if (archive_write_open_filename(out.a, QFile::encodeName(tmp).constData()) != ARCHIVE_OK) {
        const QString msg = QString::fromLocal8Bit(archive_error_string(out.a));
        archive_write_free(out.a);
        return Error(QStringLiteral("cannot write: %1").arg(msg), tarPath);
    }
    bool ok = out.data("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}") &&
              out.data("index.json", QJsonDocument(index).toJson(QJsonDocument::Compact)) &&
              out.header("blobs/", AE_IFDIR, 0) && out.header("blobs/sha256/", AE_IFDIR, 0);
    qint64 done = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const Descriptor &d : blobs) {
        if (!ok)
            break;
        if (job.isCanceled()) {
            out.error = Error(QStringLiteral("canceled"), tarPath);
            ok = false;
            break;
        }
        QFile f(store.blobPath(d.digest));
        if (!f.open(QIODevice::ReadOnly)) {
            out.error = Error(QStringLiteral("cannot read blob"), f.fileName());
            ok = false;
            break;
        }
        ok = out.header("blobs/sha256/" + d.digest.hex().toLatin1(), AE_IFREG, f.size());
        while (ok) {
            const qint64 n = f.read(buffer.data(), buffer.size());
            if (n <= 0)
                break;
            if (archive_write_data(out.a, buffer.constData(), static_cast<size_t>(n)) < 0) {
                out.error = Error(QString::fromLocal8Bit(archive_error_string(out.a)), tarPath);
                ok = false;
            }
            done += n;
            job.progress(done, total);
        }
    }
    const bool closed = archive_write_close(out.a) == ARCHIVE_OK;
    archive_write_free(out.a);
    if (!ok || !closed) {
        QFile::remove(tmp);
        return out.error.message.isEmpty()
                   ? Error(QStringLiteral("cannot write the archive"), tarPath)
                   : out.error;
    }
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(tarPath).constData()) !=
        0) {
        QFile::remove(tmp);
        return Error(QStringLiteral("cannot move the archive into place"), tarPath);
    }
    return {};
}

} // namespace Lkc
