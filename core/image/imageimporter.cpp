// SPDX-License-Identifier: Apache-2.0
#include "imageimporter.h"

#include "imageref.h"
#include "mediatypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>

namespace Lkc {

static const QString kContainerdName = QStringLiteral("io.containerd.image.name");

Status ImageImporter::copyBlob(const ContentStore &source, const ContentStore &target,
                               const Descriptor &blob, const JobControl &job) {
    if (target.hasBlob(blob.digest, blob.size))
        return {};
    QFile in(source.blobPath(blob.digest));
    if (!in.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("blob is missing from the source layout %1").arg(source.path()),
                     blob.digest.toString());
    auto writer = target.createBlobWriter(blob.digest, blob.size);
    if (!writer)
        return writer.error();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (job.isCanceled())
            return Error(QStringLiteral("canceled"), blob.digest.toString());
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error(QStringLiteral("cannot read: %1").arg(in.errorString()), in.fileName());
        if (n == 0)
            break;
        if (Status s = (*writer)->write(buffer.constData(), n); !s)
            return s;
    }
    auto committed = (*writer)->commit();
    if (!committed)
        return committed.error();
    return {};
}

static QString nameFor(const Descriptor &d) {
    QString name = d.annotations.value(kContainerdName);
    if (name.isEmpty()) {
        name = d.refName();
        // A bare tag ("latest", as skopeo and umoci write) does not name an image.
        if (!name.contains(QLatin1Char('/')))
            return {};
    }
    auto ref = ImageRef::parse(name);
    return ref ? ref->expanded() : QString();
}

Result<QStringList> ImageImporter::importLayout(const ContentStore &source,
                                                const ContentStore &target,
                                                const QString &nameOverride,
                                                const JobControl &job) {
    auto entries = source.entries();
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return Error(QStringLiteral("the layout names no image (index.json is empty)"),
                     source.path());
    QString overrideName;
    if (!nameOverride.isEmpty()) {
        if (entries->size() != 1)
            return Error(QStringLiteral("--ref names one image, but the layout holds %1")
                             .arg(entries->size()),
                         source.path());
        auto ref = ImageRef::parse(nameOverride);
        if (!ref)
            return ref.error();
        overrideName = ref->expanded();
    }
    QStringList stored;
    for (const Descriptor &root : *entries) {
        const QString name = overrideName.isEmpty() ? nameFor(root) : overrideName;
        if (name.isEmpty())
            return Error(QStringLiteral("image %1 (named \"%2\") has no full image name: give "
                                        "one with --ref")
                             .arg(root.digest.toString(), root.refName()),
                         source.path());
        job.log(QStringLiteral("Importing %1").arg(name));
        if (Status s = copyBlob(source, target, root, job); !s)
            return s.error();
        auto all = source.reachable(root);
        if (!all)
            return all.error();
        for (const Descriptor &d : *all)
            if (Status s = copyBlob(source, target, d, job); !s)
                return s.error();
        Descriptor entry = root;
        entry.annotations.clear();
        if (Status s = target.setEntry(name, entry); !s)
            return s.error();
        stored << name;
    }
    return stored;
}

// Extracts a tar into dir, refusing absolute paths, ".." and symlink escapes.
static Status extractTar(const QString &tarPath, const QString &dir, const JobControl &job) {
    struct archive *in = archive_read_new();
    archive_read_support_format_tar(in);
    archive_read_support_filter_all(in);
    struct archive *out = archive_write_disk_new();
    // Entry names are checked below (they get an absolute prefix, so libarchive's
    // no-absolute-paths check cannot be used); symlink and ".." escapes are refused.
    archive_write_disk_set_options(out, ARCHIVE_EXTRACT_SECURE_SYMLINKS |
                                            ARCHIVE_EXTRACT_SECURE_NODOTDOT);
    Status status;
    if (archive_read_open_filename(in, QFile::encodeName(tarPath).constData(), 1 << 16) !=
        ARCHIVE_OK) {
        status = Error(QStringLiteral("cannot open archive: %1")
                           .arg(QString::fromLocal8Bit(archive_error_string(in))),
                       tarPath);
    }
    const QByteArray base = QFile::encodeName(dir) + '/';
    archive_entry *entry = nullptr;
    while (status && archive_read_next_header(in, &entry) == ARCHIVE_OK) {
        if (job.isCanceled()) {
            status = Error(QStringLiteral("canceled"), tarPath);
            break;
        }
        const QByteArray name = archive_entry_pathname(entry);
        if (name.startsWith('/') || name == ".." || name.startsWith("../") ||
            name.contains("/../")) {
            status = Error(QStringLiteral("archive entry escapes the archive: %1")
                               .arg(QString::fromUtf8(name)),
                           tarPath);
            break;
        }
        archive_entry_set_pathname(entry, (base + name).constData());
        if (const char *hard = archive_entry_hardlink(entry))
            archive_entry_set_hardlink(entry, (base + hard).constData());
        if (archive_write_header(out, entry) != ARCHIVE_OK) {
            status = Error(QStringLiteral("unsafe or unreadable entry %1: %2")
                               .arg(QString::fromUtf8(name),
                                    QString::fromLocal8Bit(archive_error_string(out))),
                           tarPath);
            break;
        }
        const void *buf = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        int rc;
        while ((rc = archive_read_data_block(in, &buf, &size, &offset)) == ARCHIVE_OK)
            archive_write_data_block(out, buf, size, offset);
        if (rc != ARCHIVE_EOF) {
            status = Error(QStringLiteral("archive is truncated or corrupt: %1")
                               .arg(QString::fromLocal8Bit(archive_error_string(in))),
                           tarPath);
            break;
        }
        archive_write_finish_entry(out);
    }
    archive_write_free(out);
    archive_read_free(in);
    return status;
}

// `docker save` (before Docker 25): manifest.json [{Config, RepoTags, Layers}] with
// uncompressed layer tars; converted to Docker schema 2 manifests.
static Result<QStringList> importDockerSave(const QString &dir, const ContentStore &target,
                                            const QString &nameOverride, const JobControl &job) {
    QFile mf(dir + QStringLiteral("/manifest.json"));
    if (!mf.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("neither an OCI archive (no oci-layout) nor a docker save "
                                    "archive (no manifest.json)"),
                     dir);
    const QJsonArray images = QJsonDocument::fromJson(mf.readAll()).array();
    if (images.isEmpty())
        return Error(QStringLiteral("manifest.json lists no image"), mf.fileName());
    if (!nameOverride.isEmpty() && images.size() != 1)
        return Error(
            QStringLiteral("--ref names one image, but the archive holds %1").arg(images.size()),
            mf.fileName());
    auto storeFile = [&](const QString &rel, const QString &mediaType) -> Result<Descriptor> {
        QFile f(dir + QLatin1Char('/') + rel);
        if (!f.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("the archive lacks %1").arg(rel), mf.fileName());
        auto writer = target.createBlobWriter();
        if (!writer)
            return writer.error();
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        QByteArray head;
        for (;;) {
            const qint64 n = f.read(buffer.data(), buffer.size());
            if (n <= 0)
                break;
            if (head.isEmpty())
                head = buffer.left(4);
            if (Status s = (*writer)->write(buffer.constData(), n); !s)
                return s.error();
        }
        Descriptor d;
        d.size = (*writer)->bytesWritten();
        auto digest = (*writer)->commit();
        if (!digest)
            return digest.error();
        d.digest = *digest;
        d.mediaType = mediaType;
        if (mediaType.isEmpty())
            d.mediaType = head.startsWith("\x1f\x8b") ? QString(MediaType::DockerLayerGzip)
                                                      : QString(MediaType::DockerLayer);
        return d;
    };
    QStringList stored;
    for (const QJsonValue &v : images) {
        const QJsonObject image = v.toObject();
        auto config = storeFile(image.value(QLatin1String("Config")).toString(),
                                QString(MediaType::DockerConfig));
        if (!config)
            return config.error();
        QJsonArray layers;
        const QJsonArray layerPaths = image.value(QLatin1String("Layers")).toArray();
        for (const QJsonValue &l : layerPaths) {
            auto layer = storeFile(l.toString(), QString());
            if (!layer)
                return layer.error();
            layers.append(layer->toJson());
        }
        QJsonObject manifest;
        manifest.insert(QLatin1String("schemaVersion"), 2);
        manifest.insert(QLatin1String("mediaType"), QString(MediaType::DockerManifest));
        manifest.insert(QLatin1String("config"), config->toJson());
        manifest.insert(QLatin1String("layers"), layers);
        auto m = target.writeBlob(QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                                  QString(MediaType::DockerManifest));
        if (!m)
            return m.error();
        QStringList names;
        if (!nameOverride.isEmpty()) {
            names << nameOverride;
        } else {
            const QJsonArray tags = image.value(QLatin1String("RepoTags")).toArray();
            for (const QJsonValue &t : tags)
                names << t.toString();
        }
        if (names.isEmpty())
            return Error(QStringLiteral("an image in the archive has no RepoTags: give a name "
                                        "with --ref"),
                         mf.fileName());
        for (const QString &n : names) {
            auto ref = ImageRef::parse(n);
            if (!ref)
                return ref.error();
            job.log(QStringLiteral("Importing %1").arg(ref->expanded()));
            if (Status s = target.setEntry(ref->expanded(), *m); !s)
                return s.error();
            stored << ref->expanded();
        }
    }
    return stored;
}

Result<QStringList> ImageImporter::importArchive(const QString &tarPath, const ContentStore &target,
                                                 const QString &nameOverride,
                                                 const JobControl &job) {
    const QString tmp = target.path() + QStringLiteral("/ingest/import-") +
                        QUuid::createUuid().toString(QUuid::Id128);
    if (!QDir().mkpath(tmp))
        return Error(QStringLiteral("cannot create a temporary directory"), tmp);
    struct Cleanup {
        QString dir;
        ~Cleanup() { QDir(dir).removeRecursively(); }
    } cleanup{tmp};
    if (Status s = extractTar(tarPath, tmp, job); !s)
        return s.error();
    if (QFileInfo::exists(tmp + QStringLiteral("/oci-layout")) &&
        QFileInfo::exists(tmp + QStringLiteral("/index.json"))) {
        auto layout = ContentStore::openLayout(tmp);
        if (!layout)
            return layout.error();
        return importLayout(*layout, target, nameOverride, job);
    }
    return importDockerSave(tmp, target, nameOverride, job);
}

Result<QStringList> ImageImporter::importPath(const QString &path, const ContentStore &target,
                                              const QString &nameOverride, const JobControl &job) {
    const QFileInfo info(path);
    if (info.isDir()) {
        auto layout = ContentStore::openLayout(path);
        if (!layout)
            return layout.error();
        return importLayout(*layout, target, nameOverride, job);
    }
    if (info.isFile())
        return importArchive(path, target, nameOverride, job);
    return Error(QStringLiteral("no such file or directory"), path);
}

} // namespace Lkc
