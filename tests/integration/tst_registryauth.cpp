// SPDX-License-Identifier: Apache-2.0
// TLS with a self-signed CA and htpasswd (bcrypt) auth on a real docker-registry, with
// credentials from a temp docker config; the Bearer token flow through a token-serving
// proxy (anonymous and with a login).
#include "faultproxy.h"
#include "image/contentstore.h"
#include "image/dockercredentials.h"
#include "image/imageresolver.h"
#include "registryfixture.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Lkc;
using namespace Lkc::Test;

class TestRegistryAuth : public QObject {
    Q_OBJECT
private:
    QString m_work;

    static QString err(const Result<ResolvedImage> &r) {
        return r.ok() ? QString() : r.error().toString();
    }

private slots:
    void initTestCase() {
        if (!RegistryFixture::toolsAvailable(RegistryFixture::Mode::TlsAuth))
            QFAIL("docker-registry, skopeo, openssl and htpasswd are needed (packaging/setup.sh)");
        m_work = scratchDir(QStringLiteral("registryauth"));
        QString error;
        QVERIFY2(RegistryFixture::createImage(m_work + QStringLiteral("/src"),
                                              QStringLiteral("lk/img"), QStringLiteral("amd64"),
                                              1 << 20, &error),
                 qPrintable(error));
    }

    void credentialsFromDockerConfig() {
        const QString dir = m_work + QStringLiteral("/dockercfg");
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/config.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"auths\":{\"reg.example:5000\":{\"auth\":\"dXNlcjpwYTpzcw==\"},"
                "\"https://index.docker.io/v1/\":{\"auth\":\"aHViOmh1YnBhc3M=\"}}}");
        f.close();
        auto c = DockerCredentials::lookup(QStringLiteral("reg.example:5000"), dir);
        QVERIFY(c.ok());
        QCOMPARE(c->username, QStringLiteral("user"));
        QCOMPARE(c->password, QStringLiteral("pa:ss")); // only the first ':' splits
        auto hub = DockerCredentials::lookup(QStringLiteral("docker.io"), dir);
        QCOMPARE(hub->username, QStringLiteral("hub"));
        auto none = DockerCredentials::lookup(QStringLiteral("other.example"), dir);
        QVERIFY(none.ok() && none->isEmpty());
        // A credential helper that is not installed is an error that names it.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"credHelpers\":{\"reg.example:5000\":\"lkc-test-missing\"}}");
        f.close();
        auto helper = DockerCredentials::lookup(QStringLiteral("reg.example:5000"), dir);
        QVERIFY(!helper.ok());
        QVERIFY(
            helper.error().message.contains(QStringLiteral("docker-credential-lkc-test-missing")));

        // A working helper (a script on PATH speaking the docker-credential protocol), used
        // through credHelpers and through credsStore.
        const QString bin = m_work + QStringLiteral("/bin");
        QDir().mkpath(bin);
        QFile script(bin + QStringLiteral("/docker-credential-lkctest"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
            "#!/bin/sh\n[ \"$1\" = get ] || exit 1\nread server\n"
            "case \"$server\" in *reg.example*) "
            "echo '{\"ServerURL\":\"'$server'\",\"Username\":\"helped\",\"Secret\":\"pw\"}';;\n"
            "*) echo 'credentials not found in native keychain'; exit 1;; esac\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", bin.toLocal8Bit() + ':' + oldPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"credHelpers\":{\"reg.example:5000\":\"lkctest\"}}");
        f.close();
        auto viaHelper = DockerCredentials::lookup(QStringLiteral("reg.example:5000"), dir);
        QVERIFY2(viaHelper.ok(),
                 qPrintable(viaHelper.ok() ? QString() : viaHelper.error().toString()));
        QCOMPARE(viaHelper->username, QStringLiteral("helped"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"credsStore\":\"lkctest\"}");
        f.close();
        auto viaStore = DockerCredentials::lookup(QStringLiteral("reg.example:5000"), dir);
        QVERIFY(viaStore.ok());
        QCOMPARE(viaStore->password, QStringLiteral("pw"));
        auto notThere = DockerCredentials::lookup(QStringLiteral("elsewhere.example"), dir);
        QVERIFY(notThere.ok() && notThere->isEmpty()); // "not found" means anonymous
        qputenv("PATH", oldPath);
    }

    void tlsWithHtpasswd() {
        RegistryFixture registry(RegistryFixture::Mode::TlsAuth);
        QString error;
        QVERIFY2(registry.start(&error), qPrintable(error));
        QVERIFY2(
            registry.push(QStringLiteral("oci:") + m_work + QStringLiteral("/src:docker.io/lk/img"),
                          QStringLiteral("lk/private:1"), false, &error),
            qPrintable(error));
        const QString ref = registry.host() + QStringLiteral("/lk/private:1");
        JobControl job;

        // No CA given: TLS verification fails (and loopback's http fallback meets a TLS port).
        {
            auto store = ContentStore::open(m_work + QStringLiteral("/noca"));
            RegistryOptions o;
            o.dockerConfigDir = registry.dockerConfigDir();
            ImageResolver resolver(*store, o);
            auto image = resolver.ensure(ref, QStringLiteral("amd64"), job);
            QVERIFY(!image.ok());
            QVERIFY2(image.error().message.contains(QStringLiteral("cert-file")),
                     qPrintable(err(image)));
        }
        // CA but no login: 401 with advice.
        {
            auto store = ContentStore::open(m_work + QStringLiteral("/nologin"));
            RegistryOptions o;
            o.certFile = registry.caFile();
            o.dockerConfigDir = m_work + QStringLiteral("/empty-docker");
            ImageResolver resolver(*store, o);
            auto image = resolver.ensure(ref, QStringLiteral("amd64"), job);
            QVERIFY(!image.ok());
            QVERIFY2(image.error().message.contains(QStringLiteral("401")), qPrintable(err(image)));
            QVERIFY(
                image.error().message.contains(QStringLiteral("docker login ") + registry.host()));
            QVERIFY(store->entries()->isEmpty());
        }
        // CA and the login from the docker config (DOCKER_CONFIG, as a user would set it).
        {
            auto store = ContentStore::open(m_work + QStringLiteral("/ok"));
            qputenv("DOCKER_CONFIG", registry.dockerConfigDir().toLocal8Bit());
            RegistryOptions o;
            o.certFile = registry.caFile();
            ImageResolver resolver(*store, o);
            auto image = resolver.ensure(ref, QStringLiteral("amd64"), job);
            qunsetenv("DOCKER_CONFIG");
            QVERIFY2(image.ok(), qPrintable(err(image)));
            QCOMPARE(image->config.entrypoint, QStringList{QStringLiteral("/bin/amd64")});
        }
        // The same through the CLI; the password never shows in its output.
        {
            qputenv("DOCKER_CONFIG", registry.dockerConfigDir().toLocal8Bit());
            const ProcessResult r = runLkc({QStringLiteral("pull"), QStringLiteral("--cache"),
                                            m_work + QStringLiteral("/cli"),
                                            QStringLiteral("--cert-file"), registry.caFile(), ref});
            qunsetenv("DOCKER_CONFIG");
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(!r.err.contains(registry.password().toUtf8()));
            QVERIFY(!r.out.contains(registry.password().toUtf8()));
        }
    }

    void bearerTokenFlow() {
        RegistryFixture registry;
        QString error;
        QVERIFY2(registry.start(&error), qPrintable(error));
        QVERIFY2(
            registry.push(QStringLiteral("oci:") + m_work + QStringLiteral("/src:docker.io/lk/img"),
                          QStringLiteral("lk/tok:1"), false, &error),
            qPrintable(error));
        JobControl job;
        // Anonymous token.
        {
            FaultProxy proxy(registry.port());
            proxy.requireBearer();
            QVERIFY(proxy.listen());
            auto store = ContentStore::open(m_work + QStringLiteral("/bearer-anon"));
            RegistryOptions o;
            o.dockerConfigDir = m_work + QStringLiteral("/empty-docker");
            ImageResolver resolver(*store, o);
            auto image = resolver.ensure(QStringLiteral("127.0.0.1:%1/lk/tok:1").arg(proxy.port()),
                                         QStringLiteral("amd64"), job);
            QVERIFY2(image.ok(), qPrintable(err(image)));
            QVERIFY(proxy.tokensIssued() >= 1);
        }
        // Blobs redirected to another host (like S3): followed, without our Authorization.
        {
            FaultProxy proxy(registry.port());
            proxy.requireBearer();
            proxy.setFault(FaultProxy::Fault::RedirectBlob, -1);
            QVERIFY(proxy.listen());
            auto store = ContentStore::open(m_work + QStringLiteral("/bearer-redirect"));
            RegistryOptions o;
            o.dockerConfigDir = m_work + QStringLiteral("/empty-docker");
            ImageResolver resolver(*store, o);
            auto image = resolver.ensure(QStringLiteral("127.0.0.1:%1/lk/tok:1").arg(proxy.port()),
                                         QStringLiteral("amd64"), job);
            QVERIFY2(image.ok(), qPrintable(err(image)));
            QVERIFY(proxy.redirectsFollowed() >= 2); // config + layer
            QCOMPARE(proxy.authorizationOnRedirect(), 0);
        }
        // Token service that wants a login: refused without, given with the docker config's.
        {
            FaultProxy proxy(registry.port());
            proxy.requireBearer("tokuser", "tokpass");
            QVERIFY(proxy.listen());
            const QString host = QStringLiteral("127.0.0.1:%1").arg(proxy.port());
            auto store = ContentStore::open(m_work + QStringLiteral("/bearer-login"));
            RegistryOptions o;
            o.dockerConfigDir = m_work + QStringLiteral("/empty-docker");
            auto refused = ImageResolver(*store, o).ensure(host + QStringLiteral("/lk/tok:1"),
                                                           QStringLiteral("amd64"), job);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QStringLiteral("docker login")),
                     qPrintable(err(refused)));
            const QString cfg = m_work + QStringLiteral("/tokcfg");
            QDir().mkpath(cfg);
            QFile f(cfg + QStringLiteral("/config.json"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"auths\":{\"" + host.toUtf8() + "\":{\"auth\":\"" +
                    QByteArray("tokuser:tokpass").toBase64() + "\"}}}");
            f.close();
            o.dockerConfigDir = cfg;
            auto image = ImageResolver(*store, o).ensure(host + QStringLiteral("/lk/tok:1"),
                                                         QStringLiteral("amd64"), job);
            QVERIFY2(image.ok(), qPrintable(err(image)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistryAuth)
#include "tst_registryauth.moc"
