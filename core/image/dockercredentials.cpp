// SPDX-License-Identifier: Apache-2.0
#include "dockercredentials.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace Lkc {

QString DockerCredentials::defaultConfigDir() {
    const QString env = qEnvironmentVariable("DOCKER_CONFIG");
    if (!env.isEmpty())
        return env;
    return QDir::homePath() + QStringLiteral("/.docker");
}

// Docker Hub's credentials live under its legacy index URL.
static QStringList keysFor(const QString &domain) {
    if (domain == QLatin1String("docker.io") || domain == QLatin1String("registry-1.docker.io") ||
        domain == QLatin1String("index.docker.io"))
        return {QStringLiteral("https://index.docker.io/v1/"), QStringLiteral("index.docker.io"),
                QStringLiteral("docker.io")};
    return {domain, QStringLiteral("https://") + domain, QStringLiteral("http://") + domain,
            QStringLiteral("https://") + domain + QStringLiteral("/v1/"),
            QStringLiteral("https://") + domain + QStringLiteral("/v2/")};
}

static Result<RegistryCredential> askHelper(const QString &helper, const QString &serverUrl) {
    const QString program = QStringLiteral("docker-credential-") + helper;
    QProcess p;
    p.start(program, {QStringLiteral("get")});
    if (!p.waitForStarted(5000))
        return Error(QStringLiteral("credential helper %1 could not start: install it or fix "
                                    "credsStore/credHelpers in the docker config")
                         .arg(program),
                     serverUrl);
    p.write(serverUrl.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(1000);
        return Error(QStringLiteral("credential helper %1 did not answer").arg(program), serverUrl);
    }
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitCode() != 0) {
        // "credentials not found" is not an error: the registry may allow anonymous pulls.
        if (out.contains("not found") || p.readAllStandardError().contains("not found"))
            return RegistryCredential{};
        return Error(
            QStringLiteral("credential helper %1 failed (exit %2)").arg(program).arg(p.exitCode()),
            serverUrl);
    }
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    RegistryCredential c;
    c.username = o.value(QLatin1String("Username")).toString();
    c.password = o.value(QLatin1String("Secret")).toString();
    if (c.username == QLatin1String("<token>")) {
        c.identityToken = c.password;
        c.username.clear();
        c.password.clear();
    }
    return c;
}

Result<RegistryCredential> DockerCredentials::lookup(const QString &registryDomain,
                                                     const QString &configDir) {
    const QString dir = configDir.isEmpty() ? defaultConfigDir() : configDir;
    QFile f(dir + QStringLiteral("/config.json"));
    if (!f.open(QIODevice::ReadOnly))
        return RegistryCredential{};
    const QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
    const QStringList keys = keysFor(registryDomain);

    const QJsonObject helpers = config.value(QLatin1String("credHelpers")).toObject();
    for (const QString &k : keys)
        if (helpers.contains(k))
            return askHelper(helpers.value(k).toString(), k);

    const QJsonObject auths = config.value(QLatin1String("auths")).toObject();
    const QString store = config.value(QLatin1String("credsStore")).toString();
    if (!store.isEmpty()) {
        auto fromStore = askHelper(store, keys.first());
        if (!fromStore || !fromStore->isEmpty())
            return fromStore;
    }
    for (const QString &k : keys) {
        if (!auths.contains(k))
            continue;
        const QJsonObject entry = auths.value(k).toObject();
        RegistryCredential c;
        const QByteArray decoded =
            QByteArray::fromBase64(entry.value(QLatin1String("auth")).toString().toLatin1());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            c.username = QString::fromUtf8(decoded.left(colon));
            c.password = QString::fromUtf8(decoded.mid(colon + 1));
        } else {
            c.username = entry.value(QLatin1String("username")).toString();
            c.password = entry.value(QLatin1String("password")).toString();
        }
        c.identityToken = entry.value(QLatin1String("identitytoken")).toString();
        return c;
    }
    return RegistryCredential{};
}

} // namespace Lkc
