// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "blobwriter.h"
#include "descriptor.h"
#include "resolvedimage.h"
#include "util/jobcontrol.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace Lkc {

// The image store: an OCI image layout on disk, the same layout LinuxKit's cache uses
// (oci-layout, index.json naming images with org.opencontainers.image.ref.name,
// blobs/sha256/<hex>, .lock). Cheap to copy (it is a path). Every method re-reads
// index.json, so several processes may share one store; index changes are made under
// the store's QLockFile and written atomically.
class ContentStore {
public:
    enum class Access { ReadWrite, ReadOnly };

    // $LINUXKIT_CACHE, else ~/.linuxkit/cache (as linuxkit, so both share pulled images).
    static QString defaultPath();
    // Opens (ReadWrite: creating it with an empty index when missing) the store at path,
    // or at defaultPath() when path is empty.
    static Result<ContentStore> open(const QString &path = {}, Access access = Access::ReadWrite);
    // Any OCI layout directory (umoci, skopeo, buildx), read-only.
    static Result<ContentStore> openLayout(const QString &path) {
        return open(path, Access::ReadOnly);
    }

    QString path() const { return m_root; }
    bool isReadOnly() const { return m_readOnly; }

    // ---- blobs
    QString blobPath(const Digest &digest) const;
    // Present (and of that size when size >= 0). Does not hash.
    bool hasBlob(const Digest &digest, qint64 size = -1) const;
    // Reads a small blob (manifests, configs) and checks its digest.
    Result<QByteArray> readBlob(const Digest &digest, qint64 maxSize = 8 * 1024 * 1024) const;
    // Writes data as a verified blob; returns its descriptor.
    Result<Descriptor> writeBlob(const QByteArray &data, const QString &mediaType) const;
    // A streaming writer; expected may be invalid (digest computed at commit).
    Result<std::unique_ptr<BlobWriter>> createBlobWriter(const Digest &expected = {},
                                                         qint64 expectedSize = -1) const;

    // ---- names (index.json)
    Result<QList<Descriptor>> entries() const;
    // The entry named exactly `name` (the annotation), or an error saying it is missing.
    Result<Descriptor> findEntry(const QString &name) const;
    bool hasEntry(const QString &name) const { return findEntry(name).ok(); }
    // Names `descriptor` as `name`, replacing any entry of that name.
    Status setEntry(const QString &name, Descriptor descriptor) const;
    Status removeEntry(const QString &name) const;

    // ---- images
    // The image `name` for linux/arch: an index picks the first linux/arch manifest; a
    // single manifest is used whatever its arch. Layers are checked for presence and
    // size, not re-hashed.
    Result<ResolvedImage> resolve(const QString &name, const QString &arch) const;
    Result<ResolvedImage> resolveDescriptor(const Descriptor &root, const QString &arch,
                                            const QString &name = {}) const;
    // Every descriptor reachable from root (root itself, child manifests of an index for
    // all platforms, configs, layers). Fails if a manifest/index blob is missing.
    Result<QList<Descriptor>> reachable(const Descriptor &root) const;

    // ---- maintenance
    struct VerifyReport {
        int blobsChecked = 0;
        qint64 bytesChecked = 0;
        QStringList problems; // one line per bad blob
        QStringList missing;  // one line per image blob that is not there (a pull fetches it)
        int removed = 0;      // bad blobs deleted (removeBad)
    };
    // Re-hashes every blob and checks every name's blobs are present (on demand only).
    // removeBad deletes blobs whose content does not match their name.
    Result<VerifyReport> verify(const JobControl &job, bool removeBad = false) const;
    struct CleanReport {
        int youngBlobsKept = 0;    // unnamed but recent while a pull or import runs
        int staleTempsRemoved = 0; // ingest files of pulls and imports that died
    };
    // Deletes blobs no name reaches and temp files of writers that are gone; returns the
    // bytes freed. Safe while pulls and imports run (see InFlightMarker).
    Result<qint64> removeUnreferenced(CleanReport *report = nullptr) const;

    // The store's lock (<root>/.lock), held while index.json is rewritten.
    Result<std::unique_ptr<QLockFile>> lock() const;

private:
    Result<QJsonObject> readIndexJson() const;
    Status writeIndexJson(const QJsonObject &index) const;

    QString m_root;
    bool m_readOnly = false;
};

} // namespace Lkc
