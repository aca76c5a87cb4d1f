// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "descriptor.h"

#include <QList>

namespace Lkc {

// An image manifest (OCI or Docker schema 2): one config and ordered layers.
struct ImageManifest {
    QString mediaType;
    Descriptor config;
    QList<Descriptor> layers;

    static Result<ImageManifest> fromJson(const QByteArray &json, const QString &where);
};

// An OCI index or Docker manifest list.
struct ImageIndex {
    QString mediaType;
    QList<Descriptor> manifests;

    static Result<ImageIndex> fromJson(const QByteArray &json, const QString &where);
    // §5.3 step 4: the FIRST manifest with os linux and the arch; the variant is ignored.
    const Descriptor *findPlatform(const QString &os, const QString &arch) const;
};

// The media type of a manifest-ish JSON blob: its own mediaType field, else guessed
// from its shape (an index has "manifests", a manifest has "layers").
QString sniffManifestMediaType(const QByteArray &json);

} // namespace Lkc
