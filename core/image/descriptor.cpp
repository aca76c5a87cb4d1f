// SPDX-License-Identifier: Apache-2.0
#include "descriptor.h"

#include <QJsonValue>

#include <cmath>

namespace Lkc {

QString Platform::toString() const {
    QString s = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        s += QLatin1Char('/') + variant;
    return s;
}

Result<Descriptor> Descriptor::fromJson(const QJsonObject &json, const QString &where) {
    Descriptor d;
    d.mediaType = json.value(QLatin1String("mediaType")).toString();
    auto digest = Digest::parse(json.value(QLatin1String("digest")).toString());
    if (!digest)
        return Error(QStringLiteral("descriptor has a bad digest: %1").arg(digest.error().message),
                     where);
    d.digest = *digest;
    const QJsonValue size = json.value(QLatin1String("size"));
    // A whole number of bytes that a double holds exactly: 1e300 or 1.5 is no size (and
    // casting a double past qint64 is undefined behaviour).
    const double bytes = size.toDouble();
    if (!size.isDouble() || !(bytes >= 0) || bytes > 9007199254740992.0 ||
        bytes != std::floor(bytes))
        return Error(QStringLiteral("descriptor %1 has no valid size").arg(d.digest.toString()),
                     where);
    d.size = static_cast<qint64>(bytes);
    const QJsonObject platform = json.value(QLatin1String("platform")).toObject();
    d.platform.os = platform.value(QLatin1String("os")).toString();
    d.platform.architecture = platform.value(QLatin1String("architecture")).toString();
    d.platform.variant = platform.value(QLatin1String("variant")).toString();
    const QJsonObject annotations = json.value(QLatin1String("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        d.annotations.insert(it.key(), it.value().toString());
    return d;
}

QJsonObject Descriptor::toJson() const {
    QJsonObject o;
    o.insert(QLatin1String("mediaType"), mediaType);
    o.insert(QLatin1String("digest"), digest.toString());
    o.insert(QLatin1String("size"), static_cast<double>(size));
    if (!platform.isEmpty()) {
        QJsonObject p;
        p.insert(QLatin1String("os"), platform.os);
        p.insert(QLatin1String("architecture"), platform.architecture);
        if (!platform.variant.isEmpty())
            p.insert(QLatin1String("variant"), platform.variant);
        o.insert(QLatin1String("platform"), p);
    }
    if (!annotations.isEmpty()) {
        QJsonObject a;
        for (auto it = annotations.begin(); it != annotations.end(); ++it)
            a.insert(it.key(), it.value());
        o.insert(QLatin1String("annotations"), a);
    }
    return o;
}

} // namespace Lkc
