// SPDX-License-Identifier: Apache-2.0
#include "imageconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lkc {

static QStringList toStringList(const QJsonValue &v) {
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array)
        out << item.toString();
    return out;
}

Result<ImageConfig> ImageConfig::fromJson(const QByteArray &json, const QString &where) {
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return Error(
            QStringLiteral("image config is not a JSON object (%1)").arg(err.errorString()), where);
    const QJsonObject root = doc.object();
    ImageConfig c;
    c.architecture = root.value(QLatin1String("architecture")).toString();
    c.os = root.value(QLatin1String("os")).toString();
    c.variant = root.value(QLatin1String("variant")).toString();
    const QJsonObject config = root.value(QLatin1String("config")).toObject();
    c.entrypoint = toStringList(config.value(QLatin1String("Entrypoint")));
    c.cmd = toStringList(config.value(QLatin1String("Cmd")));
    c.env = toStringList(config.value(QLatin1String("Env")));
    c.workingDir = config.value(QLatin1String("WorkingDir")).toString();
    c.user = config.value(QLatin1String("User")).toString();
    const QJsonObject labels = config.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        c.labels.insert(it.key(), it.value().toString());
    const QJsonArray diffIds =
        root.value(QLatin1String("rootfs")).toObject().value(QLatin1String("diff_ids")).toArray();
    for (const QJsonValue &v : diffIds) {
        auto d = Digest::parse(v.toString());
        if (!d)
            return Error(
                QStringLiteral("image config has a bad diff_id: %1").arg(d.error().message), where);
        c.diffIds << *d;
    }
    return c;
}

} // namespace Lkc
