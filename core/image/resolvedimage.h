// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "descriptor.h"
#include "imageconfig.h"

#include <QList>

namespace Lkc {

enum class LayerCompression { None, Gzip, Zstd };

// One layer of a resolved image, as a file in the store ready to be streamed.
struct LayerBlob {
    QString path; // absolute path of the blob file
    QString mediaType;
    LayerCompression compression = LayerCompression::Gzip;
    Digest digest;
    qint64 size = 0;
};

// An image for one platform, found in a store: what the build needs to read it.
struct ResolvedImage {
    QString name;        // the index.json name it was found under
    Descriptor root;     // the index.json entry (image index or manifest)
    Descriptor manifest; // the platform's manifest (== root for a single manifest)
    Digest configDigest;
    ImageConfig config;
    QList<LayerBlob> layers; // bottom layer first
};

// gzip / zstd / none from a layer media type; unknown types fall back to the blob's magic bytes.
LayerCompression layerCompressionFor(const QString &mediaType, const QString &blobPath);

} // namespace Lkc
