// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/config.h"
#include "image/registryoptions.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace Lkc {

// Everything a build needs to run: the (merged) config, the formats, where
// outputs go, and which image store to use. Create it with create(), which
// checks the combinations LinuxKit refuses.
struct BuildPlan {
    Config config;
    QStringList formats = {QStringLiteral("kernel+initrd")};
    QString outputDir;  // --dir; empty = current directory
    QString name;       // --name: the outputs' base name
    QString outputFile; // --o: one file for tar/docker (empty: none)
    // Relative `files: source:` paths are read from here (empty: the current
    // directory, as `linuxkit build` does). The window sets the config's folder.
    QString baseDir;
    QString arch = QStringLiteral("amd64");
    QString storePath;         // --cache; empty = ContentStore::defaultPath()
    QString cacheDir;          // flattened images and sections; empty = <store>/lkc-build-cache
    qint64 cacheMaxBytes = -1; // build cache limit, trimmed after a build; < 0: the default
    bool pull = false;         // always ask the registry, even when the store has the image
    bool offline = false;      // never ask a registry: every image must be in the store
    RegistryOptions registry;  // mirrors, CA file, insecure hosts
    qint64 diskSizeMiB = 1024;

    // Checks formats (known, tar/docker alone, --o only for them) and fills defaults.
    static Result<BuildPlan> create(BuildPlan plan);

    // "dir/name", the prefix of every output file.
    QString outputBase() const;
    bool streamsRootfsOnly() const; // tar or docker: the phase-1 tar is the output
};

} // namespace Lkc
