// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "digest.h"
#include "util/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Lkc {

// The platform of a manifest in an index ("linux", "arm64", "v8").
struct Platform {
    QString os;
    QString architecture;
    QString variant;

    bool isEmpty() const { return os.isEmpty() && architecture.isEmpty(); }
    QString toString() const; // "linux/arm64/v8"
};

// An OCI content descriptor: what a blob is, its digest and size.
struct Descriptor {
    QString mediaType;
    Digest digest;
    qint64 size = -1;
    Platform platform; // only in index entries
    QMap<QString, QString> annotations;

    static Result<Descriptor> fromJson(const QJsonObject &json, const QString &where);
    QJsonObject toJson() const;

    static constexpr QLatin1StringView RefNameAnnotation{"org.opencontainers.image.ref.name"};
    QString refName() const { return annotations.value(QString(RefNameAnnotation)); }
};

} // namespace Lkc
