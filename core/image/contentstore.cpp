// SPDX-License-Identifier: Apache-2.0
#include "contentstore.h"

#include "imagemanifest.h"
#include "mediatypes.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>

namespace Lkc {

static QByteArray emptyIndexJson() {
    QJsonObject index;
    index.insert(QLatin1String("schemaVersion"), 2);
    index.insert(QLatin1String("mediaType"), QString(MediaType::OciIndex));
    index.insert(QLatin1String("manifests"), QJsonArray());
    return QJsonDocument(index).toJson(QJsonDocument::Compact);
}

QString ContentStore::defaultPath() {
    const QString env = QString::fromLocal8Bit(qgetenv("LINUXKIT_CACHE"));
    if (!env.isEmpty())
        return env;
    return QDir::homePath() + QStringLiteral("/.linuxkit/cache");
}

Result<ContentStore> ContentStore::open(const QString &path, Access access) {
    ContentStore store;
    store.m_root =
        QDir::cleanPath(QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath());
    store.m_readOnly = access == Access::ReadOnly;
    const QString layoutFile = store.m_root + QStringLiteral("/oci-layout");
    const QString indexFile = store.m_root + QStringLiteral("/index.json");
    if (store.m_readOnly) {
        if (!QFileInfo::exists(indexFile))
            return Error(QStringLiteral("not an OCI image layout (no index.json)"), store.m_root);
        return store;
    }
    if (QFileInfo::exists(indexFile) && QFileInfo::exists(layoutFile))
        return store;
    if (!QDir().mkpath(store.m_root + QStringLiteral("/blobs/sha256")))
        return Error(QStringLiteral("cannot create the image store: check the permissions or "
                                    "choose another with --cache"),
                     store.m_root);
    auto guard = store.lock();
    if (!guard)
        return guard.error();
    if (!QFileInfo::exists(layoutFile)) {
        if (Status s = AtomicFiles::write(layoutFile, "{\"imageLayoutVersion\":\"1.0.0\"}"); !s)
            return s.error();
    }
    if (!QFileInfo::exists(indexFile)) {
        if (Status s = AtomicFiles::write(indexFile, emptyIndexJson()); !s)
            return s.error();
    }
    return store;
}

// QLockFile says only "unknown error": write a probe beside the lock to learn errno.
static Error lockFileError(const QString &lockPath) {
    const QString probe = lockPath + QStringLiteral(".probe");
    const QByteArray name = QFile::encodeName(probe);
    int err = 0;
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        err = errno;
    } else {
        const QByteArray line = QByteArray::number(qint64(::getpid())) + "\nlkc\n\n";
        if (::write(fd, line.constData(), size_t(line.size())) != line.size() || ::fsync(fd) != 0)
            err = errno ? errno : ENOSPC;
        ::close(fd);
        ::unlink(name.constData());
    }
    if (err == 0)
        return Error(QStringLiteral("cannot create the image store's lock file; check the "
                                    "permissions and the free space"),
                     lockPath);
    return AtomicFiles::systemError(QStringLiteral("cannot create the image store's lock file"),
                                    lockPath, err);
}

Result<std::unique_ptr<QLockFile>> ContentStore::lock() const {
    // linuxkit flock()s the same .lock and leaves it behind empty. QLockFile would take an
    // empty file for a live lock for staleLockTime; an empty file nobody flock()s is idle.
    const QByteArray lockPath = QFile::encodeName(m_root + QStringLiteral("/.lock"));
    auto removeIdleLinuxkitLock = [&lockPath] {
        struct stat st;
        // Old and empty: a QLockFile being created is never both (it writes its pid at once).
        if (::stat(lockPath.constData(), &st) != 0 || st.st_size != 0 ||
            ::time(nullptr) - st.st_mtime < 2)
            return;
        const int fd = ::open(lockPath.constData(), O_RDWR | O_CLOEXEC);
        if (fd < 0)
            return;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            ::unlink(lockPath.constData());
        ::close(fd);
    };
    auto lock = std::make_unique<QLockFile>(m_root + QStringLiteral("/.lock"));
    // Index rewrites take milliseconds; a holder for a minute is gone or stuck.
    lock->setStaleLockTime(60 * 1000);
    bool locked = false;
    for (int i = 0; i < 600 && !locked; ++i) {
        removeIdleLinuxkitLock();
        locked = lock->tryLock(200);
        // Only "held by someone" is worth waiting for; a lock file that cannot be
        // written (full disk, permissions) never will be.
        if (!locked && lock->error() != QLockFile::LockFailedError)
            return lockFileError(m_root + QStringLiteral("/.lock"));
    }
    if (!locked)
        return Error(QStringLiteral("the image store is locked by another process (pid %1?); "
                                    "wait for it, or remove .lock if that process is gone")
                         .arg([&] {
                             qint64 pid = 0;
                             QString host, app;
                             lock->getLockInfo(&pid, &host, &app);
                             return pid;
                         }()),
                     m_root + QStringLiteral("/.lock"));
    return lock;
}

QString ContentStore::blobPath(const Digest &digest) const {
    return m_root + QStringLiteral("/blobs/sha256/") + digest.hex();
}

bool ContentStore::hasBlob(const Digest &digest, qint64 size) const {
    if (!digest.isValid())
        return false;
    const QFileInfo info(blobPath(digest));
    return info.isFile() && (size < 0 || info.size() == size);
}

Result<QByteArray> ContentStore::readBlob(const Digest &digest, qint64 maxSize) const {
    QFile f(blobPath(digest));
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("blob is missing from the image store %1: pull the image "
                                    "again")
                         .arg(m_root),
                     digest.toString());
    if (f.size() > maxSize)
        return Error(QStringLiteral("blob is unexpectedly large (%1 bytes) for a manifest or "
                                    "config")
                         .arg(f.size()),
                     digest.toString());
    const QByteArray data = f.readAll();
    if (Digest::ofData(data) != digest)
        return Error(QStringLiteral("blob content does not match its digest: the store is "
                                    "damaged; run `lkc cache verify --fix` and pull again"),
                     digest.toString());
    return data;
}

Result<Descriptor> ContentStore::writeBlob(const QByteArray &data, const QString &mediaType) const {
    Descriptor d;
    d.mediaType = mediaType;
    d.digest = Digest::ofData(data);
    d.size = data.size();
    if (hasBlob(d.digest, d.size))
        return d;
    auto writer = createBlobWriter(d.digest, d.size);
    if (!writer)
        return writer.error();
    if (Status s = (*writer)->write(data); !s)
        return s.error();
    auto committed = (*writer)->commit();
    if (!committed)
        return committed.error();
    return d;
}

Result<std::unique_ptr<BlobWriter>> ContentStore::createBlobWriter(const Digest &expected,
                                                                   qint64 expectedSize) const {
    if (m_readOnly)
        return Error(QStringLiteral("this OCI layout was opened read-only"), m_root);
    auto writer = std::make_unique<BlobWriter>(m_root, expected, expectedSize);
    if (Status s = writer->open(); !s)
        return s.error();
    return writer;
}

Result<QJsonObject> ContentStore::readIndexJson() const {
    const QString file = m_root + QStringLiteral("/index.json");
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot read the store's index: %1").arg(f.errorString()),
                     file);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isObject())
        return Error(QStringLiteral("index.json is not valid JSON (%1): repair or delete the "
                                    "store")
                         .arg(err.errorString()),
                     file);
    return doc.object();
}

Status ContentStore::writeIndexJson(const QJsonObject &index) const {
    const QString file = m_root + QStringLiteral("/index.json");
    // Every image name of the store lives in this one file: it is replaced only by a
    // complete, synced copy, so a full disk leaves the old index as it was.
    if (Status s = AtomicFiles::write(file, QJsonDocument(index).toJson(QJsonDocument::Compact));
        !s)
        return Error(
            QStringLiteral("the store's index was not changed: %1").arg(s.error().message));
    return {};
}

Result<QList<Descriptor>> ContentStore::entries() const {
    auto index = readIndexJson();
    if (!index)
        return index.error();
    QList<Descriptor> out;
    const QJsonArray manifests = index->value(QLatin1String("manifests")).toArray();
    const QString where = m_root + QStringLiteral("/index.json");
    for (const QJsonValue &v : manifests) {
        auto d = Descriptor::fromJson(v.toObject(), where);
        if (!d)
            return d.error();
        out << *d;
    }
    return out;
}

Result<Descriptor> ContentStore::findEntry(const QString &name) const {
    auto all = entries();
    if (!all)
        return all.error();
    for (const Descriptor &d : *all)
        if (d.refName() == name)
            return d;
    return Error(QStringLiteral("image is not in the store %1: pull it (`lkc pull %2`) or "
                                "import it (`lkc cache import`)")
                     .arg(m_root, name),
                 name);
}

Status ContentStore::setEntry(const QString &name, Descriptor descriptor) const {
    if (m_readOnly)
        return Error(QStringLiteral("this OCI layout was opened read-only"), m_root);
    auto guard = lock();
    if (!guard)
        return guard.error();
    auto index = readIndexJson();
    if (!index)
        return index.error();
    descriptor.annotations.insert(QString(Descriptor::RefNameAnnotation), name);
    QJsonArray kept;
    const QJsonArray manifests = index->value(QLatin1String("manifests")).toArray();
    for (const QJsonValue &v : manifests) {
        const QString existing = v.toObject()
                                     .value(QLatin1String("annotations"))
                                     .toObject()
                                     .value(QString(Descriptor::RefNameAnnotation))
                                     .toString();
        if (existing != name)
            kept.append(v);
    }
    kept.append(descriptor.toJson());
    index->insert(QLatin1String("manifests"), kept);
    return writeIndexJson(*index);
}

Status ContentStore::removeEntry(const QString &name) const {
    if (m_readOnly)
        return Error(QStringLiteral("this OCI layout was opened read-only"), m_root);
    auto guard = lock();
    if (!guard)
        return guard.error();
    auto index = readIndexJson();
    if (!index)
        return index.error();
    QJsonArray kept;
    bool found = false;
    const QJsonArray manifests = index->value(QLatin1String("manifests")).toArray();
    for (const QJsonValue &v : manifests) {
        const QString existing = v.toObject()
                                     .value(QLatin1String("annotations"))
                                     .toObject()
                                     .value(QString(Descriptor::RefNameAnnotation))
                                     .toString();
        if (existing == name)
            found = true;
        else
            kept.append(v);
    }
    if (!found)
        return Error(QStringLiteral("no image of that name in the store (see `lkc cache ls`)"),
                     name);
    index->insert(QLatin1String("manifests"), kept);
    return writeIndexJson(*index);
}

Result<ResolvedImage> ContentStore::resolve(const QString &name, const QString &arch) const {
    auto root = findEntry(name);
    if (!root)
        return root.error();
    return resolveDescriptor(*root, arch, name);
}

Result<ResolvedImage> ContentStore::resolveDescriptor(const Descriptor &root, const QString &arch,
                                                      const QString &name) const {
    const QString where = name.isEmpty() ? root.digest.toString() : name;
    ResolvedImage image;
    image.name = name;
    image.root = root;
    auto rootJson = readBlob(root.digest);
    if (!rootJson)
        return Error(rootJson.error().message,
                     where + QStringLiteral(" @ ") + rootJson.error().location);
    QString mediaType = root.mediaType;
    if (mediaType.isEmpty())
        mediaType = sniffManifestMediaType(*rootJson);
    QByteArray manifestJson;
    if (MediaType::isIndex(mediaType)) {
        auto index = ImageIndex::fromJson(*rootJson, where);
        if (!index)
            return index.error();
        const Descriptor *chosen = index->findPlatform(QStringLiteral("linux"), arch);
        if (!chosen)
            return Error(QStringLiteral("index %1 does not contain target platforms linux/%2: "
                                        "choose another --arch or image")
                             .arg(root.digest.toString(), arch),
                         where);
        image.manifest = *chosen;
        auto m = readBlob(chosen->digest);
        if (!m)
            return Error(m.error().message, where + QStringLiteral(" @ ") + m.error().location);
        manifestJson = *m;
    } else {
        image.manifest = root;
        manifestJson = *rootJson;
    }
    auto manifest = ImageManifest::fromJson(manifestJson, where);
    if (!manifest)
        return manifest.error();
    if (image.manifest.mediaType.isEmpty())
        image.manifest.mediaType =
            manifest->mediaType.isEmpty() ? QString(MediaType::OciManifest) : manifest->mediaType;
    image.configDigest = manifest->config.digest;
    auto configJson = readBlob(manifest->config.digest);
    if (!configJson)
        return Error(configJson.error().message,
                     where + QStringLiteral(" @ ") + configJson.error().location);
    auto config = ImageConfig::fromJson(*configJson, where);
    if (!config)
        return config.error();
    image.config = *config;
    for (const Descriptor &layer : manifest->layers) {
        if (!hasBlob(layer.digest, layer.size))
            return Error(QStringLiteral("layer %1 is missing or incomplete in the store: pull the "
                                        "image again")
                             .arg(layer.digest.toString()),
                         where);
        LayerBlob blob;
        blob.path = blobPath(layer.digest);
        blob.mediaType = layer.mediaType;
        blob.compression = layerCompressionFor(layer.mediaType, blob.path);
        blob.digest = layer.digest;
        blob.size = layer.size;
        image.layers << blob;
    }
    return image;
}

Result<QList<Descriptor>> ContentStore::reachable(const Descriptor &root) const {
    QList<Descriptor> out;
    out << root;
    auto json = readBlob(root.digest);
    if (!json)
        return json.error();
    QString mediaType = root.mediaType.isEmpty() ? sniffManifestMediaType(*json) : root.mediaType;
    if (MediaType::isIndex(mediaType)) {
        auto index = ImageIndex::fromJson(*json, root.digest.toString());
        if (!index)
            return index.error();
        for (const Descriptor &child : index->manifests) {
            if (!hasBlob(child.digest))
                continue; // a platform that was never fetched (other tools store only one)
            auto sub = reachable(child);
            if (!sub)
                return sub.error();
            out << *sub;
        }
        return out;
    }
    auto manifest = ImageManifest::fromJson(*json, root.digest.toString());
    if (!manifest)
        return manifest.error();
    out << manifest->config;
    out << manifest->layers;
    return out;
}

} // namespace Lkc
