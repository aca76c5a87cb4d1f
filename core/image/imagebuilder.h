// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "contentstore.h"
#include "util/jobcontrol.h"

#include <QMap>
#include <QStringList>

namespace Lkc {

// `lkc image create`: a one-layer OCI image from a directory tree, with no Docker.
// Byte-reproducible: the same tree, options and epoch give the same manifest digest.
struct ImageBuildOptions {
    QString fromDirectory;
    QString ref; // as the user writes it; stored under its LinuxKit expansion
    QString architecture = QStringLiteral("amd64");
    QStringList entrypoint;
    QStringList cmd;
    QStringList env; // K=V
    QString workingDir;
    QString user;
    QMap<QString, QString> labels;
    qint64 epoch = 0; // SOURCE_DATE_EPOCH or 0: every mtime and the "created" time
};

struct BuiltImage {
    QString name;        // index.json name (expanded ref)
    Descriptor manifest; // the stored manifest
    Digest configDigest;
    Descriptor layer;
    int entries = 0;
};

class ImageBuilder {
public:
    static Result<BuiltImage> build(const ImageBuildOptions &options, const ContentStore &store,
                                    const JobControl &job);
    // SOURCE_DATE_EPOCH when set and numeric, else 0.
    static qint64 sourceDateEpoch();
};

} // namespace Lkc
