// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/config.h"
#include "image/registryoptions.h"
#include "util/jobcontrol.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace Lkc {

class ContentStore;

// An image the local store holds, for the image picker.
struct LocalImage {
    QString name;     // the index.json name, "docker.io/linuxkit/getty:…"
    QString digest;   // the named descriptor (index or manifest)
    qint64 bytes = 0; // every blob it reaches, all platforms
};

// Every image reference a config writes, with where.
struct ImageUse {
    QString yamlPath; // "services[1].image", "init[0]", "kernel.image"
    QString written;
};

// Pinning image references to digests ("name:tag@sha256:…", what LinuxKit's
// own examples do) and finding a newer tag among a registry's tags.
class ImagePins {
public:
    static Result<QList<LocalImage>> localImages(const ContentStore &store);
    static QList<ImageUse> uses(const Config &config);
    // The digest the store has for a written reference; error when it has none.
    static Result<QString> storeDigest(const ContentStore &store, const QString &written);
    // "linuxkit/getty:v1" + digest -> "linuxkit/getty:v1@sha256:…" (tag kept for readers).
    static QString pinned(const QString &written, const QString &digest);
    // The registry's tags of the reference's repository (tags/list), blocking:
    // call it on a worker thread.
    static Result<QStringList> registryTags(const QString &written, const RegistryOptions &options,
                                            const JobControl &control);
    // The newest tag that reads as a later version than `current` ("v1.2" <
    // "v1.10"), or empty. Hex commit tags have no order and give none.
    static QString newerTag(const QString &current, const QStringList &tags);
};

} // namespace Lkc
