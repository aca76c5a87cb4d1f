// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Lkc {

// The registry's words about authentication, parsed: bytes from the network, kept apart
// from RegistryClient so they can be tested and fuzzed without a server.
struct AuthChallenge {
    QString scheme;                // lower case: "bearer", "basic"
    QMap<QString, QString> params; // lower-case names: realm, service, scope, …

    // WWW-Authenticate: Bearer realm="…",service="…",scope="…"  or  Basic realm="…"
    static AuthChallenge parse(const QByteArray &header);
};

// The token in a token service's JSON answer ("token", else "access_token"); empty when
// the answer has none.
QString tokenFromAnswer(const QByteArray &body);

} // namespace Lkc
