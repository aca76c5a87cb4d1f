// SPDX-License-Identifier: Apache-2.0
#include "imagemanifest.h"

#include "mediatypes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Lkc {

static Result<QJsonObject> parseObject(const QByteArray &json, const QString &what,
                                       const QString &where) {
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return Error(QStringLiteral("%1 is not a JSON object (%2)").arg(what, err.errorString()),
                     where);
    return doc.object();
}

Result<ImageManifest> ImageManifest::fromJson(const QByteArray &json, const QString &where) {
    auto obj = parseObject(json, QStringLiteral("image manifest"), where);
    if (!obj)
        return obj.error();
    ImageManifest m;
    m.mediaType = obj->value(QLatin1String("mediaType")).toString();
    if (obj->value(QLatin1String("schemaVersion")).toInt() != 2)
        return Error(QStringLiteral("unsupported manifest schemaVersion (only 2 is supported; "
                                    "schema 1 images must be re-pushed)"),
                     where);
    auto config = Descriptor::fromJson(obj->value(QLatin1String("config")).toObject(), where);
    if (!config)
        return config.error();
    m.config = *config;
    const QJsonArray layers = obj->value(QLatin1String("layers")).toArray();
    for (const QJsonValue &v : layers) {
        auto layer = Descriptor::fromJson(v.toObject(), where);
        if (!layer)
            return layer.error();
        m.layers << *layer;
    }
    return m;
}

Result<ImageIndex> ImageIndex::fromJson(const QByteArray &json, const QString &where) {
    auto obj = parseObject(json, QStringLiteral("image index"), where);
    if (!obj)
        return obj.error();
    ImageIndex index;
    index.mediaType = obj->value(QLatin1String("mediaType")).toString();
    const QJsonArray manifests = obj->value(QLatin1String("manifests")).toArray();
    for (const QJsonValue &v : manifests) {
        auto d = Descriptor::fromJson(v.toObject(), where);
        if (!d)
            return d.error();
        index.manifests << *d;
    }
    return index;
}

const Descriptor *ImageIndex::findPlatform(const QString &os, const QString &arch) const {
    for (const Descriptor &d : manifests)
        if (d.platform.os == os && d.platform.architecture == arch)
            return &d;
    return nullptr;
}

QString sniffManifestMediaType(const QByteArray &json) {
    const QJsonObject obj = QJsonDocument::fromJson(json).object();
    const QString mt = obj.value(QLatin1String("mediaType")).toString();
    if (!mt.isEmpty())
        return mt;
    if (obj.contains(QLatin1String("manifests")))
        return QString(MediaType::OciIndex);
    if (obj.contains(QLatin1String("layers")))
        return QString(MediaType::OciManifest);
    return {};
}

} // namespace Lkc
