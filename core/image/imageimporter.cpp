// SPDX-License-Identifier: Apache-2.0
#include "imageimporter.h"

#include "archivemembers.h"
#include "imageref.h"
#include "inflightmarker.h"
#include "mediatypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lkc {

static const QString kContainerdName = QStringLiteral("io.containerd.image.name");

// A layout from elsewhere may hold links to host files: read only regular files that
// really lie inside it (checked before reading, so no host byte is hashed or shown).
static Status checkSourceBlob(const ContentStore &source, const Descriptor &blob) {
    const QFileInfo info(source.blobPath(blob.digest));
    if (info.isSymLink() || (info.exists() && !info.isFile()))
        return Error(QStringLiteral("blob in the source layout %1 is %2, not a regular file: "
                                    "refusing it")
                         .arg(source.path(), info.isSymLink() ? QStringLiteral("a symlink")
                                                              : QStringLiteral("a special file")),
                     blob.digest.toString());
    const QString canonicalRoot = QFileInfo(source.path()).canonicalFilePath();
    if (info.exists() && !info.canonicalFilePath().startsWith(canonicalRoot + QLatin1Char('/')))
        return Error(QStringLiteral("blob lies outside the source layout %1 (its blobs folder "
                                    "is a link): refusing it")
                         .arg(source.path()),
                     blob.digest.toString());
    return {};
}

Status ImageImporter::copyBlob(const ContentStore &source, const ContentStore &target,
                               const Descriptor &blob, const JobControl &job) {
    if (target.hasBlob(blob.digest, blob.size))
        return {};
    if (Status s = checkSourceBlob(source, blob); !s)
        return s;
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
        // Says nothing of what the bytes hash to: the source's name for them is what counts.
        return Error(QStringLiteral("the source's copy of this blob is damaged (%1 bytes, content "
                                    "or size does not match its digest): nothing was stored")
                         .arg((*writer)->bytesWritten()),
                     blob.digest.toString());
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
    auto marker = InFlightMarker::create(target, QStringLiteral("import"));
    if (!marker)
        return marker.error();
    QStringList stored;
    for (const Descriptor &root : *entries) {
        const QString name = overrideName.isEmpty() ? nameFor(root) : overrideName;
        if (name.isEmpty())
            return Error(QStringLiteral("image %1 (named \"%2\") has no full image name: give "
                                        "one with --ref")
                             .arg(root.digest.toString(), root.refName()),
                         source.path());
        job.log(QStringLiteral("Importing %1").arg(name));
        if (Status s = checkSourceBlob(source, root); !s)
            return s.error();
        auto all = source.reachable(root);
        if (!all)
            return all.error();
        // All checked before any is copied: a refused layout leaves the store as it was.
        QList<Digest> digests;
        for (const Descriptor &d : *all) {
            if (Status s = checkSourceBlob(source, d); !s)
                return s.error();
            digests << d.digest;
        }
        if (Status s = (*marker)->add(digests); !s)
            return s.error();
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

// `docker save` (before Docker 25): manifest.json [{Config, RepoTags, Layers}] with
// uncompressed layer tars; converted to Docker schema 2 manifests.
static Result<QStringList> importDockerSave(const QString &dir, const ArchiveMembers &members,
                                            const ContentStore &target, const QString &nameOverride,
                                            const JobControl &job) {
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
    // Only names of regular members are read: never a path joined onto the scratch dir.
    auto storeFile = [&](const QString &rel, const QString &mediaType,
                         const QString &usedFor) -> Result<Descriptor> {
        auto path = members.regularFile(rel, usedFor);
        if (!path)
            return path.error();
        QFile f(*path);
        if (!f.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("cannot read %1: %2").arg(rel, f.errorString()), *path);
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
    // Every name is checked before the first blob is stored: a refused archive leaves the
    // store as it was.
    for (const QJsonValue &v : images) {
        const QJsonObject image = v.toObject();
        auto config = members.regularFile(image.value(QLatin1String("Config")).toString(),
                                          QStringLiteral("Config"));
        if (!config)
            return config.error();
        const QJsonArray layerPaths = image.value(QLatin1String("Layers")).toArray();
        for (const QJsonValue &l : layerPaths)
            if (auto layer = members.regularFile(l.toString(), QStringLiteral("a layer")); !layer)
                return layer.error();
    }
    QStringList stored;
    for (const QJsonValue &v : images) {
        const QJsonObject image = v.toObject();
        auto config = storeFile(image.value(QLatin1String("Config")).toString(),
                                QString(MediaType::DockerConfig), QStringLiteral("Config"));
        if (!config)
            return config.error();
        QJsonArray layers;
        const QJsonArray layerPaths = image.value(QLatin1String("Layers")).toArray();
        for (const QJsonValue &l : layerPaths) {
            auto layer = storeFile(l.toString(), QString(), QStringLiteral("a layer"));
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
    // The marker keeps `lkc cache clean` off the scratch folder (named after it) and off
    // the blobs this import stores before it names them.
    auto marker = InFlightMarker::create(target, QStringLiteral("import"));
    if (!marker)
        return marker.error();
    const QString tmp = target.path() + QStringLiteral("/ingest/") + (*marker)->name();
    if (!QDir().mkpath(tmp))
        return Error(QStringLiteral("cannot create a temporary directory"), tmp);
    struct Cleanup {
        QString dir;
        ~Cleanup() { QDir(dir).removeRecursively(); }
    } cleanup{tmp};
    auto members = ArchiveMembers::extract(tarPath, tmp, job);
    if (!members)
        return members.error();
    if (QFileInfo::exists(tmp + QStringLiteral("/oci-layout")) &&
        QFileInfo::exists(tmp + QStringLiteral("/index.json"))) {
        auto layout = ContentStore::openLayout(tmp);
        if (!layout)
            return layout.error();
        return importLayout(*layout, target, nameOverride, job);
    }
    return importDockerSave(tmp, *members, target, nameOverride, job);
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
