// SPDX-License-Identifier: Apache-2.0
#include "rootfsassembler.h"

#include "config/configreader.h"
#include "configmetadata.h"
#include "filessectionwriter.h"
#include "imagetarcopier.h"
#include "runtimespec.h"

namespace Lkc {

namespace {
// Bumped whenever ImageTarCopier's members for the same tar and options change.
constexpr char kCopierFormat[] = "lkc-copier-1";
const QString kLabel = QStringLiteral("org.mobyproject.config");

QString located(const SourcePos &pos, const QString &fallback) {
    if (!pos.isValid())
        return pos.yamlPath.isEmpty() ? fallback : pos.yamlPath;
    return pos.toString() + (pos.yamlPath.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (") + pos.yamlPath + QLatin1Char(')'));
}
} // namespace

RootfsAssembler::RootfsAssembler(const BuildPlan &plan, ImageResolveFunction resolve,
                                 const FlattenedImageCache &cache, Events events,
                                 const JobControl &control)
    : m_plan(plan)
    , m_resolve(std::move(resolve))
    , m_cache(cache)
    , m_events(std::move(events))
    , m_control(control)
    , m_prefetch(m_resolve, cache, control) {}

void RootfsAssembler::log(const QString &line) const {
    if (m_events.log)
        m_events.log(line);
}

QHash<QString, qint64> RootfsAssembler::allocateIds(const Config &config) {
    QHash<QString, qint64> ids;
    qint64 next = 100;
    for (ImageSection s : {ImageSection::Onboot, ImageSection::Onshutdown, ImageSection::Services})
        for (const ImageEntry &e : config.images(s))
            ids.insert(e.name.value_or(QString()), next++);
    return ids;
}

Result<std::optional<ImageEntry>> RootfsAssembler::parseLabel(const ImageConfig &config,
                                                              const QString &imageName) {
    const auto it = config.labels.find(kLabel);
    if (it == config.labels.end())
        return std::optional<ImageEntry>();
    const ImageEntryReadResult read =
        ConfigReader::readImageLabel(it->toUtf8(), QStringLiteral("label of ") + imageName);
    if (read.hasErrors()) {
        QStringList problems;
        for (const Diagnostic &d : read.diagnostics)
            if (d.isError())
                problems.append(
                    QStringLiteral("- ") +
                    (d.pos.yamlPath.isEmpty() ? QString() : d.pos.yamlPath + QStringLiteral(": ")) +
                    d.message);
        return Error(QStringLiteral("invalid configuration label: The org.mobyproject.config label "
                                    "is invalid:\n%1")
                         .arg(problems.join(QLatin1Char('\n'))),
                     imageName);
    }
    ImageEntry entry = read.entry;
    return std::optional<ImageEntry>(std::move(entry));
}

Result<RootfsAssembler::Image> RootfsAssembler::image(const QString &written, bool needTar) {
    Result<ImageRef> ref = ImageRef::parse(written);
    if (!ref)
        return ref.error();
    // Each image is resolved once per build (LinuxKit asks twice per container).
    auto known = m_resolved.constFind(ref->expanded());
    if (known == m_resolved.constEnd()) {
        std::optional<Result<ResolvedImage>> early = m_prefetch.takeResolved(ref->expanded());
        Result<ResolvedImage> resolved = early ? *early : m_resolve(*ref, m_control);
        if (!resolved)
            return Error(QStringLiteral("could not pull image %1: %2")
                             .arg(ref->expanded(), resolved.error().toString()));
        if (m_events.imageResolved)
            m_events.imageResolved(ref->expanded(), resolved->manifest.digest.toString());
        known = m_resolved.insert(ref->expanded(), *resolved);
    }
    const ResolvedImage &resolved = *known;
    Image img{resolved, QString(), ref->expanded()};
    if (needTar) {
        Result<QString> tar = flattenedTar(resolved);
        if (!tar)
            return tar.error();
        img.flattenedTar = *tar;
    }
    return img;
}

Result<QString> RootfsAssembler::flattenedTar(const ResolvedImage &resolved) {
    bool hit = false;
    Digest damaged;
    Result<QString> tar = Error(QString());
    if (std::optional<ImagePrefetcher::Flattened> early =
            m_prefetch.takeFlattened(resolved.manifest.digest)) {
        tar = early->tar;
        hit = early->hit;
        damaged = early->damaged;
    } else {
        tar = m_cache.flattened(resolved, m_control, &hit, &damaged);
    }
    if (!tar && damaged.isValid() && !m_control.isCanceled()) {
        log(QStringLiteral("%1 (image %2): removed it from the store; fetching it again")
                .arg(tar.error().message, resolved.name));
        Result<ImageRef> ref = ImageRef::parse(resolved.name);
        Result<ResolvedImage> again =
            ref ? m_resolve(*ref, m_control) : Result<ResolvedImage>(ref.error());
        if (!again || again->manifest.digest != resolved.manifest.digest)
            return Error(
                QStringLiteral("%1, so it was removed from the store, and it cannot be fetched "
                               "again: %2. Run `lkc pull %3` where its registry is reachable, "
                               "then build again")
                    .arg(tar.error().message,
                         again ? QStringLiteral("the registry now has a different image under "
                                                "that name")
                               : again.error().toString(),
                         resolved.name),
                resolved.name);
        tar = m_cache.flattened(resolved, m_control, &hit);
    }
    if (tar)
        ++(hit ? m_fromCache : m_flattened);
    return tar;
}

Status RootfsAssembler::chunk(const Image &img, const QByteArray &key, RootfsStream &out,
                              const Producer &produce, QByteArray *side) {
    // The image's manifest digest names its layers and config; the flattener's
    // and copier's versions name what is made of them.
    const QByteArray fullKey = key + '\n' + img.resolved.manifest.digest.toString().toLatin1() +
                               "\nflattener-v" + QByteArray::number(FlattenedImageCache::kVersion) +
                               '\n' + kCopierFormat;
    QByteArray scratch;
    QByteArray *report = side ? side : &scratch;
    Result<bool> replayed = out.replayChunk(fullKey, report);
    if (!replayed)
        return replayed.error();
    if (*replayed)
        return {};
    report->clear();
    if (Status s = out.beginChunk(fullKey); !s)
        return s;
    // A miss: the next image is probably missing too (a cold build), so it is
    // pulled and flattened while this one is copied.
    m_prefetch.aheadOf(img.ref);
    Result<QString> tar = flattenedTar(img.resolved);
    if (!tar)
        return tar.error();
    if (Status s = produce(*tar, report); !s)
        return s;
    return out.endChunk(*report);
}

Status RootfsAssembler::kernel(RootfsStream &out) {
    const KernelSection &k = m_plan.config.kernel;
    if (!k.image || k.image->isEmpty())
        return {};
    Result<ImageRef> ref = ImageRef::parse(*k.image);
    if (!ref)
        return Error(ref.error().message, located(k.image.pos, QStringLiteral("kernel.image")));
    m_events.step(QStringLiteral("kernel"), true);
    log(QStringLiteral("Extract kernel image: %1").arg(ref->expanded()));
    if (Status s = out.beginSection(QStringLiteral("kernel")); !s)
        return s;
    Result<Image> img = image(*k.image, false);
    if (!img)
        return Error(QStringLiteral("failed to extract kernel image and tarball: %1")
                         .arg(img.error().toString()),
                     located(k.image.pos, QStringLiteral("kernel.image")));
    ImageTarCopier::KernelOptions options;
    options.binary = k.binary.value_or(QStringLiteral("kernel")).toUtf8();
    const QString tar = k.tar.value_or(QStringLiteral("kernel.tar"));
    options.modulesTar = tar == QLatin1String("none") ? QByteArray() : tar.toUtf8();
    options.ucode = k.ucode.value_or(QString()).toUtf8();
    options.cmdline = k.cmdline.value_or(QString()).toUtf8();
    const QByteArray key = "kernel\n" + options.binary + '\n' + options.modulesTar + '\n' +
                           options.ucode + '\n' + options.cmdline;
    if (Status s = chunk(*img, key, out,
                         [&](const QString &tarPath, QByteArray *) {
                             return ImageTarCopier::copyKernel(tarPath, options, out);
                         });
        !s)
        return Error(
            QStringLiteral("failed to extract kernel image and tarball: %1").arg(s.error().message),
            ref->expanded());
    m_events.step(QStringLiteral("kernel"), false);
    return {};
}

Status RootfsAssembler::init(RootfsStream &out) {
    const QList<ImageRefString> &init = m_plan.config.init;
    if (init.isEmpty())
        return {};
    m_events.step(QStringLiteral("init"), true);
    log(QStringLiteral("Add init containers:"));
    QList<QByteArray> apkDatabases;
    for (qsizetype i = 0; i < init.size(); ++i) {
        Result<ImageRef> ref = ImageRef::parse(init[i].value);
        if (!ref)
            return Error(ref.error().message,
                         located(init[i].pos, QStringLiteral("init[%1]").arg(i)));
        log(QStringLiteral("Process init image: %1").arg(ref->expanded()));
        if (Status s = out.beginSection(QStringLiteral("init[%1]").arg(i)); !s)
            return s;
        Result<Image> img = image(init[i].value, false);
        if (!img)
            return Error(QStringLiteral("failed to build init tarball from %1: %2")
                             .arg(ref->expanded(), img.error().toString()),
                         located(init[i].pos, QStringLiteral("init[%1]").arg(i)));
        QByteArray apk;
        if (Status s = chunk(
                *img, "init\nresolv-symlink\napk", out,
                [&](const QString &tarPath, QByteArray *side) {
                    ImageTarCopier::Options options;
                    options.resolvConfSymlink = true;
                    options.apkDatabase = side;
                    return ImageTarCopier::copyImage(tarPath, options, out);
                },
                &apk);
            !s)
            return Error(QStringLiteral("failed to build init tarball from %1: %2")
                             .arg(ref->expanded(), s.error().toString()));
        if (!apk.isEmpty())
            apkDatabases.append(apk);
    }
    // Several init images with an apk database: one merged database wins (§4.3).
    if (apkDatabases.size() > 1) {
        QByteArray merged;
        for (const QByteArray &db : apkDatabases)
            merged += db + "\n\n";
        if (Status s = out.addFile("lib/apk/db/installed", 0644, merged, 0, 0, 0); !s)
            return s;
    }
    m_events.step(QStringLiteral("init"), false);
    return {};
}

Status RootfsAssembler::volumes(RootfsStream &out) {
    const QList<VolumeEntry> &volumes = m_plan.config.volumes;
    if (volumes.isEmpty())
        return {};
    m_events.step(QStringLiteral("volumes"), true);
    log(QStringLiteral("Add volumes:"));
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        const VolumeEntry &v = volumes[i];
        const QString name = v.name.value_or(QString());
        const QString where = located(v.pos, QStringLiteral("volumes[%1]").arg(i));
        log(QStringLiteral("Process volume image: %1").arg(name));
        if (v.format.value_or(QStringLiteral("filesystem")) != QLatin1String("filesystem"))
            return Error(
                QStringLiteral("volume format %1 is not supported yet; use format: filesystem")
                    .arg(*v.format),
                where);
        if (Status s = out.beginSection(QStringLiteral("volume[%1]").arg(i)); !s)
            return s;
        const QByteArray base = "containers/volumes/" + name.toUtf8();
        for (const QByteArray &dir :
             {QByteArray("containers"), QByteArray("containers/volumes"), base, base + "/lower"})
            if (Status s = out.addDirectory(dir); !s)
                return s;
        if (!v.image.value_or(QString()).isEmpty()) {
            Result<Image> img = image(*v.image, false);
            if (!img)
                return Error(img.error().toString(), where);
            ImageTarCopier::Options options;
            options.prefix = base + "/lower/";
            options.resolvConfSymlink = true;
            if (Status s = chunk(*img, "volume\n" + options.prefix + "\nresolv-symlink", out,
                                 [&](const QString &tarPath, QByteArray *) {
                                     return ImageTarCopier::copyImage(tarPath, options, out);
                                 });
                !s)
                return s;
        }
        for (const QByteArray &dir : {base + "/tmp", base + "/merged"})
            if (Status s = out.addDirectory(dir); !s)
                return s;
    }
    m_events.step(QStringLiteral("volumes"), false);
    return {};
}

Status RootfsAssembler::containers(ImageSection section, RootfsStream &out) {
    const QList<ImageEntry> &entries = m_plan.config.images(section);
    if (entries.isEmpty())
        return {};
    const QString key = Config::sectionKey(section);
    m_events.step(key, true);
    log(section == ImageSection::Services ? QStringLiteral("Add service containers:")
                                          : QStringLiteral("Add %1 containers:").arg(key));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ImageEntry &entry = entries[i];
        const QString where = located(entry.pos, QStringLiteral("%1[%2]").arg(key).arg(i));
        const QString written = entry.image.value_or(QString());
        const QString name = entry.name.value_or(QString());
        log(QStringLiteral("  Create OCI config for %1").arg(written));
        if (Status s = out.beginSection(QStringLiteral("%1[%2]").arg(key).arg(i)); !s)
            return s;
        Result<ImageRef> ref = ImageRef::parse(written);
        if (!ref)
            return Error(ref.error().message, where);
        Result<Image> img = image(written, false);
        if (!img)
            return Error(img.error().toString(), where);
        Result<std::optional<ImageEntry>> label = parseLabel(img->resolved.config, ref->expanded());
        if (!label)
            return label.error();
        RuntimeSpec::Inputs inputs;
        inputs.yaml = &entry;
        inputs.label = label->has_value() ? &**label : nullptr;
        inputs.image = img->resolved.config;
        inputs.ids = m_ids;
        inputs.readonlyVolumes = m_readonlyVolumes;
        Result<RuntimeSpec> spec = RuntimeSpec::create(inputs);
        if (!spec)
            return Error(QStringLiteral("failed to create OCI spec for %1: %2")
                             .arg(written, spec.error().message),
                         spec.error().location.isEmpty() ? where : spec.error().location);

        const QString dir = section == ImageSection::Services
                                ? name
                                : QStringLiteral("%1-%2").arg(i, 3, 10, QLatin1Char('0')).arg(name);
        const QByteArray bundle = QStringLiteral("containers/%1/%2").arg(key, dir).toUtf8();
        const QByteArray contentDir = bundle + (spec->readonly() ? "/rootfs" : "/lower");
        const auto first = m_firstCopy.constFind(ref->expanded());
        const bool reuse = first != m_firstCopy.constEnd();
        QList<QByteArray> dirs = {"containers", "containers/" + key.toUtf8(), bundle};
        if (!reuse)
            dirs.append(contentDir);
        for (const QByteArray &d : dirs)
            if (Status s = out.addDirectory(d); !s)
                return s;
        QString lowerRoot = QLatin1Char('/') + QString::fromUtf8(contentDir);
        if (reuse) {
            lowerRoot = *first;
        } else {
            // The same image is unpacked once; later containers mount the first copy.
            ImageTarCopier::Options options;
            options.prefix = contentDir + '/';
            if (Status s = chunk(*img, "container\n" + options.prefix, out,
                                 [&](const QString &tarPath, QByteArray *) {
                                     return ImageTarCopier::copyImage(tarPath, options, out);
                                 });
                !s)
                return s;
            m_firstCopy.insert(ref->expanded(), lowerRoot);
        }
        if (Status s = out.addFile(bundle + "/config.json", 0644, spec->configJson()); !s)
            return s;
        if (!spec->readonly()) {
            if (Status s = out.addDirectory(bundle + "/tmp"); !s)
                return s;
            if (Status s = out.addDirectory(bundle + "/rootfs"); !s)
                return s;
        } else if (reuse) {
            if (Status s = out.addDirectory(bundle + "/rootfs"); !s)
                return s;
        }
        const QByteArray runtime =
            spec->runtimeJson(QLatin1Char('/') + QString::fromUtf8(bundle), lowerRoot);
        if (Status s = out.addFile(bundle + "/runtime.json", 0644, runtime); !s)
            return s;
    }
    m_events.step(key, false);
    return {};
}

QStringList RootfsAssembler::imageOrder() const {
    // The order the sections below copy images in.
    const Config &config = m_plan.config;
    QStringList written;
    if (config.kernel.image)
        written.append(*config.kernel.image);
    for (const ImageRefString &i : config.init)
        written.append(i.value);
    for (const VolumeEntry &v : config.volumes)
        if (v.image)
            written.append(*v.image);
    for (ImageSection s : {ImageSection::Onboot, ImageSection::Onshutdown, ImageSection::Services})
        for (const ImageEntry &e : config.images(s))
            if (e.image)
                written.append(*e.image);
    QStringList order;
    for (const QString &w : written)
        if (Result<ImageRef> ref = ImageRef::parse(w); ref && !order.contains(ref->expanded()))
            order.append(ref->expanded());
    return order;
}

Status RootfsAssembler::assemble(RootfsStream &out) {
    m_prefetch.setOrder(imageOrder());
    m_ids = allocateIds(m_plan.config);
    for (const VolumeEntry &v : m_plan.config.volumes)
        m_readonlyVolumes.insert(v.name.value_or(QString()), v.readonly.value_or(false));
    if (Status s = kernel(out); !s)
        return s;
    if (Status s = init(out); !s)
        return s;
    if (Status s = volumes(out); !s)
        return s;
    for (ImageSection section :
         {ImageSection::Onboot, ImageSection::Onshutdown, ImageSection::Services})
        if (Status s = containers(section, out); !s)
            return s;
    if (!m_plan.config.files.isEmpty()) {
        m_events.step(QStringLiteral("files"), true);
        log(QStringLiteral("Add files:"));
        if (Status s = out.beginSection(QStringLiteral("files")); !s)
            return s;
        const Config &config = m_plan.config;
        const auto metadata = [&config](const QString &format) {
            return format == QLatin1String("json") ? ConfigMetadata::json(config)
                                                   : ConfigMetadata::yaml(config);
        };
        if (Status s = FilesSectionWriter::write(
                config.files, m_ids, metadata, [this](const QString &l) { log(l); }, out,
                m_plan.baseDir);
            !s)
            return Error(
                QStringLiteral("failed to add filesystem parts: %1").arg(s.error().message),
                s.error().location);
        m_events.step(QStringLiteral("files"), false);
    }
    if (m_plan.formats.contains(QLatin1String("docker"))) {
        log(QStringLiteral("  Adding Dockerfile"));
        if (Status s = out.beginSection(QStringLiteral("dockerfile")); !s)
            return s;
        if (Status s =
                out.addFile("Dockerfile", 0644,
                            "\nFROM scratch\n\nCOPY . ./\n\nENTRYPOINT [\"/bin/rc.init\"]\n");
            !s)
            return s;
    }
    return {};
}

} // namespace Lkc
