// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "buildplan.h"
#include "flattenedimagecache.h"
#include "image/imageref.h"
#include "image/resolvedimage.h"
#include "imageprefetcher.h"
#include "rootfsstream.h"

#include <functional>

namespace Lkc {

// Streams the phase-1 root filesystem of a plan (format §4.2): kernel, init
// images, volumes, onboot/onshutdown/services bundles with config.json and
// runtime.json, files, and the docker format's Dockerfile. It writes LinuxKit's
// progress lines through `log` and names each section through `step`.
class RootfsAssembler {
public:
    struct Events {
        std::function<void(const QString &line)> log;
        std::function<void(const QString &step, bool started)> step;
        std::function<void(const QString &ref, const QString &digest)> imageResolved;
    };

    RootfsAssembler(const BuildPlan &plan, ImageResolveFunction resolve,
                    const FlattenedImageCache &cache, Events events, const JobControl &control);

    Status assemble(RootfsStream &out);

    // Container numbers for names (§3.3): onboot from 100, then onshutdown, services.
    static QHash<QString, qint64> allocateIds(const Config &config);
    // The org.mobyproject.config label read as an image entry (nullopt: no label).
    static Result<std::optional<ImageEntry>> parseLabel(const ImageConfig &config,
                                                        const QString &imageName);

    int imagesFlattened() const { return m_flattened; }
    int imagesFromCache() const { return m_fromCache; }

private:
    struct Image {
        ResolvedImage resolved;
        QString flattenedTar;
        QString ref; // expanded
    };
    Result<Image> image(const QString &written, bool needTar);
    QStringList imageOrder() const;
    // The flattened tar of `resolved`; a damaged layer blob is deleted and fetched
    // again through the resolver (when it can pull) before one more try.
    Result<QString> flattenedTar(const ResolvedImage &resolved);
    // Copies what `produce` makes from `img`'s flattened tar as one chunk: replayed
    // from the build cache when every sink has it, else produced (and recorded).
    // `key` names everything the chunk's members depend on besides the image.
    using Producer = std::function<Status(const QString &flattenedTar, QByteArray *side)>;
    Status chunk(const Image &img, const QByteArray &key, RootfsStream &out,
                 const Producer &produce, QByteArray *side = nullptr);
    Status kernel(RootfsStream &out);
    Status init(RootfsStream &out);
    Status volumes(RootfsStream &out);
    Status containers(ImageSection section, RootfsStream &out);
    void log(const QString &line) const;

    const BuildPlan &m_plan;
    ImageResolveFunction m_resolve;
    const FlattenedImageCache &m_cache;
    Events m_events;
    const JobControl &m_control;
    QHash<QString, qint64> m_ids;
    QHash<QString, bool> m_readonlyVolumes;
    QHash<QString, QString> m_firstCopy;      // expanded ref -> "/containers/…/lower|rootfs"
    QHash<QString, ResolvedImage> m_resolved; // expanded ref -> image, once per build
    int m_flattened = 0;
    int m_fromCache = 0;
    ImagePrefetcher m_prefetch; // last: its destructor waits for work that uses the above
};

} // namespace Lkc
