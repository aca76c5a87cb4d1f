// SPDX-License-Identifier: Apache-2.0
#include "imagepins.h"

#include "image/contentstore.h"
#include "image/imageref.h"
#include "image/registryclient.h"

#include <QRegularExpression>
#include <QVersionNumber>

namespace Lkc {

Result<QList<LocalImage>> ImagePins::localImages(const ContentStore &store) {
    Result<QList<Descriptor>> entries = store.entries();
    if (!entries)
        return entries.error();
    QList<LocalImage> images;
    for (const Descriptor &d : *entries) {
        LocalImage image;
        image.name = d.refName();
        image.digest = d.digest.toString();
        if (Result<QList<Descriptor>> reach = store.reachable(d))
            for (const Descriptor &blob : *reach)
                image.bytes += qMax<qint64>(0, blob.size);
        images.append(image);
    }
    std::sort(images.begin(), images.end(),
              [](const LocalImage &a, const LocalImage &b) { return a.name < b.name; });
    return images;
}

QList<ImageUse> ImagePins::uses(const Config &config) {
    QList<ImageUse> out;
    if (config.kernel.image && !config.kernel.image->isEmpty())
        out.append({QStringLiteral("kernel.image"), *config.kernel.image});
    for (qsizetype i = 0; i < config.init.size(); ++i)
        out.append({QStringLiteral("init[%1]").arg(i), config.init[i].value});
    for (ImageSection s : {ImageSection::Onboot, ImageSection::Onshutdown, ImageSection::Services})
        for (qsizetype i = 0; i < config.images(s).size(); ++i)
            if (config.images(s)[i].image)
                out.append({QStringLiteral("%1[%2].image").arg(Config::sectionKey(s)).arg(i),
                            *config.images(s)[i].image});
    for (qsizetype i = 0; i < config.volumes.size(); ++i)
        if (!config.volumes[i].image.value_or(QString()).isEmpty())
            out.append({QStringLiteral("volumes[%1].image").arg(i), *config.volumes[i].image});
    return out;
}

Result<QString> ImagePins::storeDigest(const ContentStore &store, const QString &written) {
    Result<ImageRef> ref = ImageRef::parse(written);
    if (!ref)
        return ref.error();
    if (ref->isDigestPinned())
        return ref->digest().toString();
    Result<Descriptor> entry = store.findEntry(ref->expanded());
    if (!entry)
        return Error(QStringLiteral("%1 is not in the local image store; pull it first")
                         .arg(ref->expanded()),
                     written);
    return entry->digest.toString();
}

QString ImagePins::pinned(const QString &written, const QString &digest) {
    QString base = written;
    const qsizetype at = base.indexOf(QLatin1Char('@'));
    if (at >= 0)
        base.truncate(at);
    return base + QLatin1Char('@') + digest;
}

Result<QStringList> ImagePins::registryTags(const QString &written, const RegistryOptions &options,
                                            const JobControl &control) {
    Result<ImageRef> ref = ImageRef::parse(written);
    if (!ref)
        return ref.error();
    RegistryClient client(*ref, options, control);
    return client.listTags();
}

QString ImagePins::newerTag(const QString &current, const QStringList &tags) {
    // "v1.2.3", "6.12.59", "1.36-alpine": a version number at the start, then a suffix.
    static const QRegularExpression version(QStringLiteral("^v?(\\d+(?:\\.\\d+)*)(.*)$"));
    const QRegularExpressionMatch mine = version.match(current);
    if (!mine.hasMatch())
        return {};
    const QVersionNumber now = QVersionNumber::fromString(mine.captured(1));
    const QString suffix = mine.captured(2);
    QString best;
    QVersionNumber bestVersion = now;
    for (const QString &tag : tags) {
        const QRegularExpressionMatch m = version.match(tag);
        // Only the same flavour: "1.36-alpine" is no upgrade for "1.35-glibc".
        if (!m.hasMatch() || m.captured(2) != suffix)
            continue;
        const QVersionNumber v = QVersionNumber::fromString(m.captured(1));
        if (QVersionNumber::compare(v, bestVersion) > 0) {
            bestVersion = v;
            best = tag;
        }
    }
    return best;
}

} // namespace Lkc
