// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "digest.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Lkc {

// The parts of an OCI/Docker image config a LinuxKit build reads (§5.3 step 5).
struct ImageConfig {
    QString architecture;
    QString os;
    QString variant;
    QStringList entrypoint;
    QStringList cmd;
    QStringList env;
    QString workingDir;
    QString user;
    QMap<QString, QString> labels;
    QList<Digest> diffIds;

    static Result<ImageConfig> fromJson(const QByteArray &json, const QString &where);
};

} // namespace Lkc
