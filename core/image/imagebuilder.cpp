// SPDX-License-Identifier: Apache-2.0
#include "imagebuilder.h"

#include "directorylayer.h"
#include "imageref.h"
#include "mediatypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lkc {

static QJsonArray toArray(const QStringList &list) {
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

qint64 ImageBuilder::sourceDateEpoch() {
    bool ok = false;
    const qint64 v = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok && v >= 0 ? v : 0;
}

Result<BuiltImage> ImageBuilder::build(const ImageBuildOptions &options, const ContentStore &store,
                                       const JobControl &job) {
    auto ref = ImageRef::parse(options.ref);
    if (!ref)
        return ref.error();
    if (ref->isDigestPinned())
        return Error(QStringLiteral("a new image cannot be named by digest: give a name and tag"),
                     options.ref);
    for (const QString &kv : options.env)
        if (!kv.contains(QLatin1Char('=')))
            return Error(QStringLiteral("environment entry must be KEY=VALUE"), kv);

    job.log(QStringLiteral("Packing %1").arg(options.fromDirectory));
    auto layer = DirectoryLayer::write(options.fromDirectory, store, options.epoch, job);
    if (!layer)
        return layer.error();

    QJsonObject config;
    if (!options.entrypoint.isEmpty())
        config.insert(QLatin1String("Entrypoint"), toArray(options.entrypoint));
    if (!options.cmd.isEmpty())
        config.insert(QLatin1String("Cmd"), toArray(options.cmd));
    if (!options.env.isEmpty())
        config.insert(QLatin1String("Env"), toArray(options.env));
    if (!options.workingDir.isEmpty())
        config.insert(QLatin1String("WorkingDir"), options.workingDir);
    if (!options.user.isEmpty())
        config.insert(QLatin1String("User"), options.user);
    if (!options.labels.isEmpty()) {
        QJsonObject labels;
        for (auto it = options.labels.begin(); it != options.labels.end(); ++it)
            labels.insert(it.key(), it.value());
        config.insert(QLatin1String("Labels"), labels);
    }
    const QString created =
        QDateTime::fromSecsSinceEpoch(options.epoch, Qt::UTC).toString(Qt::ISODate);
    QJsonObject root;
    root.insert(QLatin1String("architecture"), options.architecture);
    root.insert(QLatin1String("os"), QStringLiteral("linux"));
    root.insert(QLatin1String("created"), created);
    root.insert(QLatin1String("config"), config);
    root.insert(QLatin1String("rootfs"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                            {QStringLiteral("diff_ids"), QJsonArray{layer->diffId.toString()}}});
    root.insert(QLatin1String("history"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("created"), created},
                    {QStringLiteral("created_by"), QStringLiteral("lkc image create")}}});
    auto configDesc = store.writeBlob(QJsonDocument(root).toJson(QJsonDocument::Compact),
                                      QString(MediaType::OciConfig));
    if (!configDesc)
        return configDesc.error();

    QJsonObject manifest;
    manifest.insert(QLatin1String("schemaVersion"), 2);
    manifest.insert(QLatin1String("mediaType"), QString(MediaType::OciManifest));
    manifest.insert(QLatin1String("config"), configDesc->toJson());
    manifest.insert(QLatin1String("layers"), QJsonArray{layer->blob.toJson()});
    auto manifestDesc = store.writeBlob(QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                                        QString(MediaType::OciManifest));
    if (!manifestDesc)
        return manifestDesc.error();
    Descriptor entry = *manifestDesc;
    entry.platform = {QStringLiteral("linux"), options.architecture, {}};
    const QString name = ref->expanded();
    if (Status s = store.setEntry(name, entry); !s)
        return s.error();

    BuiltImage built;
    built.name = name;
    built.manifest = *manifestDesc;
    built.configDigest = configDesc->digest;
    built.layer = layer->blob;
    built.entries = layer->entries;
    return built;
}

} // namespace Lkc
