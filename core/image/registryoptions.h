// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Lkc {

// How to talk to registries (the `lkc pull` / `lkc build` flags).
struct RegistryOptions {
    QString certFile;               // extra CA (PEM) trusted besides the system store
    QStringList insecureRegistries; // hosts allowed over plain http / without TLS verification
    QMap<QString, QString> mirrors; // registry domain ("docker.io") -> base URL
    int parallelBlobs = 4;
    int maxAttempts = 6;           // per request, for 5xx / 429 / timeouts / dropped connections
    int transferTimeoutMs = 30000; // no bytes for this long = a timeout
    int initialBackoffMs = 500;
    QString dockerConfigDir; // default: $DOCKER_CONFIG or ~/.docker
};

} // namespace Lkc
