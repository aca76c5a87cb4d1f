// SPDX-License-Identifier: Apache-2.0
#include "imagepuller.h"

#include "blobdownloader.h"
#include "imagemanifest.h"
#include "inflightmarker.h"
#include "mediatypes.h"
#include "registryclient.h"

#include <QSet>

namespace Lkc {

ImagePuller::ImagePuller(ContentStore store, RegistryOptions options)
    : m_store(std::move(store))
    , m_options(std::move(options)) {}

Result<Descriptor> ImagePuller::pull(const ImageRef &ref, const QString &arch,
                                     const JobControl &job) {
    RegistryClient client(ref, m_options, job);
    job.log(QStringLiteral("Pulling %1 (linux/%2)").arg(ref.expanded(), arch));
    auto root = client.fetchManifest(ref.registryReference());
    if (!root)
        return Error(
            QStringLiteral("could not pull image %1: %2").arg(ref.expanded(), root.error().message),
            root.error().location);

    // Every digest this pull will name is listed for `lkc cache clean` before the pull relies
    // on a blob being present, so clean never deletes one under it.
    auto marker = InFlightMarker::create(m_store, QStringLiteral("pull"));
    if (!marker)
        return marker.error();
    if (Status s = (*marker)->add({root->digest}); !s)
        return s.error();

    // Manifests to store (after their blobs), and blobs to fetch.
    QList<QPair<QByteArray, QString>> manifestsToWrite;
    QList<Descriptor> blobs;
    QSet<Digest> seen;
    auto addManifest = [&](const QByteArray &bytes, const QString &where) -> Status {
        auto manifest = ImageManifest::fromJson(bytes, where);
        if (!manifest)
            return manifest.error();
        QList<Descriptor> parts{manifest->config};
        parts << manifest->layers;
        QList<Digest> digests;
        for (const Descriptor &d : parts)
            digests << d.digest;
        if (Status s = (*marker)->add(digests); !s)
            return s;
        for (const Descriptor &d : parts) {
            if (seen.contains(d.digest) || m_store.hasBlob(d.digest, d.size))
                continue;
            seen.insert(d.digest);
            blobs << d;
        }
        return {};
    };

    if (MediaType::isIndex(root->mediaType)) {
        auto index = ImageIndex::fromJson(root->bytes, ref.expanded());
        if (!index)
            return index.error();
        if (!index->findPlatform(QStringLiteral("linux"), arch))
            return Error(QStringLiteral("index %1 does not contain target platforms linux/%2")
                             .arg(ref.expanded(), arch),
                         ref.original());
        QList<Digest> children;
        for (const Descriptor &child : index->manifests)
            children << child.digest;
        if (Status s = (*marker)->add(children); !s)
            return s.error();
        for (const Descriptor &child : index->manifests) {
            QByteArray bytes;
            if (m_store.hasBlob(child.digest, child.size)) {
                auto local = m_store.readBlob(child.digest);
                if (local)
                    bytes = *local;
            }
            if (bytes.isEmpty()) {
                auto fetched = client.fetchManifest(child.digest.toString());
                if (!fetched)
                    return Error(QStringLiteral("could not pull image %1: %2")
                                     .arg(ref.expanded(), fetched.error().message),
                                 fetched.error().location);
                bytes = fetched->bytes;
                manifestsToWrite << qMakePair(bytes, child.mediaType);
            }
            // Attestations and other non-image manifests carry no runnable layers but
            // are stored all the same, as LinuxKit does.
            if (Status s = addManifest(bytes, child.digest.toString()); !s)
                return s.error();
        }
    } else if (MediaType::isManifest(root->mediaType)) {
        if (Status s = addManifest(root->bytes, ref.expanded()); !s)
            return s.error();
    } else {
        return Error(QStringLiteral("unsupported manifest type \"%1\" (schema 1 images are "
                                    "not supported: re-push the image)")
                         .arg(root->mediaType),
                     ref.original());
    }

    qint64 bytes = 0;
    for (const Descriptor &d : blobs)
        bytes += d.size;
    if (!blobs.isEmpty())
        job.log(QStringLiteral("Fetching %1 blob(s), %2 bytes").arg(blobs.size()).arg(bytes));
    BlobDownloader downloader(client, m_store, job);
    if (Status s = downloader.download(blobs); !s)
        return Error(
            QStringLiteral("could not pull image %1: %2").arg(ref.expanded(), s.error().message),
            s.error().location);

    for (const auto &m : manifestsToWrite) {
        auto written = m_store.writeBlob(m.first, m.second);
        if (!written)
            return written.error();
    }
    auto rootDesc = m_store.writeBlob(root->bytes, root->mediaType);
    if (!rootDesc)
        return rootDesc.error();
    if (Status s = m_store.setEntry(ref.expanded(), *rootDesc); !s)
        return s.error();
    return *rootDesc;
}

} // namespace Lkc
