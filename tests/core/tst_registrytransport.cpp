// SPDX-License-Identifier: Apache-2.0
// Registry transport rules: when plain http may follow a failed https attempt, where a
// login may travel in clear, and the size cap on small registry answers.
#include "image/registryclient.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Lkc;
using Failure = RegistryClient::HttpsFailure;

Q_DECLARE_METATYPE(RegistryClient::HttpsFailure)

class TestRegistryTransport : public QObject {
    Q_OBJECT
private slots:
    void fallbackDecision_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("insecure");
        QTest::addColumn<RegistryClient::HttpsFailure>("failure");
        QTest::addColumn<bool>("fallBack");
        const QStringList none;
        for (const char *host : {"192.168.1.5:5000", "10.0.0.2", "172.16.4.4:443", "[fd00::1]:5000",
                                 "127.0.0.1:5000", "registry.local:5000"}) {
            const QString h = QString::fromLatin1(host);
            QTest::addRow("%s TLS error", host) << h << none << Failure::TlsError << false;
            QTest::addRow("%s timeout", host) << h << none << Failure::Other << false;
            QTest::addRow("%s plain HTTP answer", host)
                << h << none << Failure::PlainHttpAnswer << true;
            QTest::addRow("%s refused", host) << h << none << Failure::Refused << true;
            QTest::addRow("%s marked insecure, TLS error", host)
                << h << QStringList{h} << Failure::TlsError << true;
        }
        for (const char *host : {"registry.example.com", "8.8.8.8:5000", "docker.io"}) {
            const QString h = QString::fromLatin1(host);
            for (Failure f :
                 {Failure::TlsError, Failure::PlainHttpAnswer, Failure::Refused, Failure::Other})
                QTest::addRow("public %s, failure %d", host, int(f)) << h << none << f << false;
            QTest::addRow("public %s marked insecure", host)
                << h << QStringList{h} << Failure::TlsError << true;
        }
    }

    void fallbackDecision() {
        QFETCH(QString, domain);
        QFETCH(QStringList, insecure);
        QFETCH(RegistryClient::HttpsFailure, failure);
        QFETCH(bool, fallBack);
        QCOMPARE(RegistryClient::mayFallBackToHttp(domain, insecure, failure), fallBack);
    }

    void credentialsInClear() {
        // Private ranges and .local are not trusted with a login over plain http...
        for (const char *host : {"192.168.1.5:5000", "10.0.0.2", "[fd00::1]:5000", "registry.local",
                                 "auth.example.com"})
            QVERIFY2(!RegistryClient::mayCredentialsGoOverHttp(QString::fromLatin1(host), {}),
                     host);
        // ...loopback is, and so is a registry the user marked insecure.
        for (const char *host : {"127.0.0.1:5000", "localhost:5000", "[::1]:5000", "127.0.0.2"})
            QVERIFY2(RegistryClient::mayCredentialsGoOverHttp(QString::fromLatin1(host), {}), host);
        QVERIFY(RegistryClient::mayCredentialsGoOverHttp(QStringLiteral("192.168.1.5:5000"),
                                                         {QStringLiteral("192.168.1.5:5000")}));
        QVERIFY(!RegistryClient::mayCredentialsGoOverHttp(QStringLiteral("192.168.1.5:5000"),
                                                          {QStringLiteral("192.168.1.6:5000")}));
    }

    // A registry whose manifest answer is 5 MiB: refused with a clear error, not held.
    void oversizedManifestRefused() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QByteArray big(5 * 1024 * 1024, 'x');
        int manifestRequests = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [s, &big, &manifestRequests] {
                    const QByteArray head = s->readAll();
                    if (head.startsWith('\x16')) { // TLS hello: we speak plain HTTP
                        s->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
                    } else if (head.contains("/manifests/")) {
                        ++manifestRequests;
                        s->write("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: "
                                 "application/vnd.oci.image.manifest.v1+json\r\nContent-Length: " +
                                 QByteArray::number(big.size()) + "\r\n\r\n" + big);
                    } else {
                        s->write("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: "
                                 "2\r\n\r\n{}");
                    }
                    s->disconnectFromHost();
                });
            }
        });
        auto ref =
            ImageRef::parse(QStringLiteral("127.0.0.1:%1/lk/big:1").arg(server.serverPort()));
        QVERIFY(ref.ok());
        RegistryOptions options;
        options.initialBackoffMs = 10;
        options.dockerConfigDir = QStringLiteral("/nonexistent");
        JobControl job;
        RegistryClient client(*ref, options, job);
        auto manifest = client.fetchManifest(QStringLiteral("1"));
        QVERIFY(!manifest.ok());
        QVERIFY2(manifest.error().message.contains(QStringLiteral("larger than 4 MiB")),
                 qPrintable(manifest.error().toString()));
        QCOMPARE(manifestRequests, 1); // refused, not retried
    }
};

QTEST_GUILESS_MAIN(TestRegistryTransport)
#include "tst_registrytransport.moc"
