// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Lkc::Test {

// A real Debian `docker-registry` (distribution 2.8) on a free 127.0.0.1 port with a
// temp storage dir and a generated config. Variants: plain http; TLS with a
// self-signed CA made by openssl here; TLS + htpasswd (bcrypt) auth. Stopped (and its
// files removed) by the destructor. Images are pushed with skopeo.
class RegistryFixture {
public:
    enum class Mode { Plain, Tls, TlsAuth };

    explicit RegistryFixture(Mode mode = Mode::Plain);
    ~RegistryFixture();
    RegistryFixture(const RegistryFixture &) = delete;
    RegistryFixture &operator=(const RegistryFixture &) = delete;

    // docker-registry, skopeo, openssl (+ htpasswd for auth) are installed.
    static bool toolsAvailable(Mode mode = Mode::Plain);
    // Starts and waits until it answers; false with a reason in error.
    bool start(QString *error);
    void stop();

    quint16 port() const { return m_port; }
    QString host() const;                       // "127.0.0.1:PORT"
    QString caFile() const { return m_caFile; } // TLS modes: the CA (= the server cert)
    QString username() const { return QStringLiteral("lkuser"); }
    QString password() const { return QStringLiteral("s3cret-pass"); }
    // A directory with a docker config.json holding the login (auth mode), for DOCKER_CONFIG.
    QString dockerConfigDir() const { return m_dockerConfigDir; }
    QString storageDir() const { return m_dir.path() + QStringLiteral("/storage"); }

    // skopeo copy [--all] SOURCE docker://HOST/repoTag (SOURCE like "oci:/dir:tag" or
    // "oci-archive:/x.tar").
    bool push(const QString &source, const QString &repoTag, bool all, QString *error) const;

    static quint16 freePort();

    // Test images made with lkc's own ImageBuilder into the OCI layout at layoutDir:
    // a tree holding `payloadBytes` of random data plus /arch (the arch's name).
    static bool createImage(const QString &layoutDir, const QString &name, const QString &arch,
                            qint64 payloadBytes, QString *error);
    // An OCI index naming the linux/<arch> manifests stored under childNames.
    static bool createIndex(const QString &layoutDir, const QString &name,
                            const QStringList &childNames, QString *error);

private:
    Mode m_mode;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_caFile;
    QString m_dockerConfigDir;
    std::unique_ptr<QProcess> m_process;
};

} // namespace Lkc::Test
