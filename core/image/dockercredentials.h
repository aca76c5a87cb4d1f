// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QString>

namespace Lkc {

// A registry login from Docker's config. Never logged or printed.
struct RegistryCredential {
    QString username;
    QString password;
    QString identityToken; // an OAuth refresh token, when the helper gives one

    bool isEmpty() const {
        return username.isEmpty() && password.isEmpty() && identityToken.isEmpty();
    }
};

// Reads ~/.docker/config.json (or $DOCKER_CONFIG/config.json): credHelpers[host], then
// credsStore, then auths[host].auth, as the Docker CLI does.
class DockerCredentials {
public:
    static QString defaultConfigDir();
    // Empty credential when there is none; an error only when a helper fails.
    static Result<RegistryCredential> lookup(const QString &registryDomain,
                                             const QString &configDir = {});
};

} // namespace Lkc
