// SPDX-License-Identifier: Apache-2.0
// Issue 10's store and transport findings against a real docker-registry: no plain http
// after a TLS failure, a mirror gets only its own login, `cache clean` never races a pull,
// and a killed pull resumes and leaves nothing clean cannot remove.
#include "faultproxy.h"
#include "image/contentstore.h"
#include "image/imageresolver.h"
#include "registryfixture.h"
#include "testenv.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using namespace Lkc;
using namespace Lkc::Test;

namespace {

// A loopback TCP relay that records the first bytes each client sends: a plain-HTTP request
// starts with a method, a TLS connection with 0x16.
class RecordingRelay : public QObject {
public:
    explicit RecordingRelay(quint16 upstream)
        : m_upstream(upstream) {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *up = new QTcpSocket(client);
                auto first = std::make_shared<bool>(true);
                connect(client, &QTcpSocket::readyRead, up, [this, client, up, first] {
                    const QByteArray data = client->readAll();
                    if (*first && !data.isEmpty()) {
                        *first = false;
                        m_firstBytes << data.left(8);
                    }
                    up->write(data);
                });
                connect(up, &QTcpSocket::readyRead, client,
                        [client, up] { client->write(up->readAll()); });
                connect(up, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                up->connectToHost(QHostAddress::LocalHost, m_upstream);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int plainHttpRequests() const {
        int n = 0;
        for (const QByteArray &b : m_firstBytes)
            if (b.startsWith("GET ") || b.startsWith("HEAD ") || b.startsWith("POST ") ||
                b.startsWith("PUT "))
                ++n;
        return n;
    }
    int connections() const { return int(m_firstBytes.size()); }

private:
    QTcpServer m_server;
    quint16 m_upstream;
    QList<QByteArray> m_firstBytes;
};

QStringList ingestFiles(const QString &store) {
    QStringList out;
    QDirIterator it(store + QStringLiteral("/ingest"), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

qint64 largestIngestFile(const QString &store) {
    qint64 best = 0;
    for (const QString &f : ingestFiles(store))
        best = qMax(best, QFileInfo(f).size());
    return best;
}

} // namespace

class TestRegistrySafety : public QObject {
    Q_OBJECT
private:
    RegistryFixture m_registry;
    QString m_work;
    int m_stores = 0;
    static constexpr qint64 kPayload = 8 << 20;

    RegistryOptions options() const {
        RegistryOptions o;
        o.initialBackoffMs = 50;
        o.transferTimeoutMs = 20000;
        o.dockerConfigDir = m_work + QStringLiteral("/no-docker");
        return o;
    }
    QString newStore() { return m_work + QStringLiteral("/store%1").arg(++m_stores); }

    // Runs `lkc ARGS` while this thread's event loop keeps serving the proxies.
    static ProcessResult runServed(const QStringList &args, int timeoutMs = 120000) {
        QProcess p;
        p.start(lkcBinary(), args);
        ProcessResult r;
        if (!p.waitForStarted())
            return r;
        QDeadlineTimer deadline(timeoutMs);
        while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(50);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.finished = true;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private slots:
    void initTestCase() {
        if (!RegistryFixture::toolsAvailable())
            QSKIP("docker-registry and skopeo are needed");
        QString error;
        QVERIFY2(m_registry.start(&error), qPrintable(error));
        m_work = scratchDir(QStringLiteral("registrysafety"));
        const QString src = m_work + QStringLiteral("/src");
        QVERIFY2(RegistryFixture::createImage(src, QStringLiteral("lk/big"),
                                              QStringLiteral("amd64"), kPayload, &error),
                 qPrintable(error));
        QVERIFY2(m_registry.push(QStringLiteral("oci:") + src + QStringLiteral(":docker.io/lk/big"),
                                 QStringLiteral("lk/big:1"), false, &error),
                 qPrintable(error));
    }

    // A TLS registry on loopback whose certificate we cannot verify: refused, and the
    // server never sees a plain-HTTP request (the old client fell back to http://).
    void unverifiableTlsIsRefusedWithoutPlainHttp() {
        if (!RegistryFixture::toolsAvailable(RegistryFixture::Mode::Tls))
            QSKIP("openssl is needed");
        RegistryFixture tls(RegistryFixture::Mode::Tls);
        QString error;
        QVERIFY2(tls.start(&error), qPrintable(error));
        RecordingRelay relay(tls.port());
        QVERIFY(relay.listen());
        auto store = ContentStore::open(newStore());
        QVERIFY(store.ok());
        JobControl job;
        ImageResolver resolver(*store, options());
        auto image = resolver.ensure(QStringLiteral("127.0.0.1:%1/lk/big:1").arg(relay.port()),
                                     QStringLiteral("amd64"), job);
        QVERIFY(!image.ok());
        QVERIFY2(image.error().message.contains(QStringLiteral("TLS")),
                 qPrintable(image.error().toString()));
        QVERIFY(relay.connections() >= 1);
        QCOMPARE(relay.plainHttpRequests(), 0);
        QVERIFY(store->entries()->isEmpty());
    }

    // A mirror is offered its own login, never the login of the registry it stands in for.
    void mirrorGetsOnlyItsOwnLogin() {
        FaultProxy mirror(m_registry.port());
        QVERIFY(mirror.listen());
        mirror.requireBearer("mirroruser", "mirrorpass");
        const QString mirrorHost = QStringLiteral("127.0.0.1:%1").arg(mirror.port());
        const QString cfgDir = m_work + QStringLiteral("/mirror-docker");
        QDir().mkpath(cfgDir);
        QFile cfg(cfgDir + QStringLiteral("/config.json"));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        const QByteArray registryLogin = QByteArray("hubuser:hub-secret").toBase64();
        cfg.write("{\"auths\":{\"private.example.com\":{\"auth\":\"" + registryLogin + "\"},\"" +
                  mirrorHost.toLatin1() + "\":{\"auth\":\"" +
                  QByteArray("mirroruser:mirrorpass").toBase64() + "\"}}}");
        cfg.close();
        RegistryOptions o = options();
        o.dockerConfigDir = cfgDir;
        o.mirrors.insert(QStringLiteral("private.example.com"),
                         QStringLiteral("http://") + mirrorHost);
        auto store = ContentStore::open(newStore());
        QVERIFY(store.ok());
        JobControl job;
        ImageResolver resolver(*store, o);
        auto image = resolver.ensure(QStringLiteral("private.example.com/lk/big:1"),
                                     QStringLiteral("amd64"), job);
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().toString()));
        QVERIFY(mirror.tokensIssued() >= 1);
        const QList<QByteArray> seen = mirror.authorizationsSeen();
        QVERIFY(!seen.isEmpty());
        for (const QByteArray &a : seen)
            QVERIFY2(!a.contains(registryLogin), a.constData());
    }

    // `cache clean` in a loop while pulls run (blobs slowed to ~3 MB/s, so the config blob
    // is stored seconds before the image is named): every pull succeeds and verifies.
    // Between pulls the name is removed, so the next pull also meets blobs nothing names.
    void cleanDuringPullsIsSafe() {
        FaultProxy proxy(m_registry.port());
        QVERIFY(proxy.listen());
        proxy.setFault(FaultProxy::Fault::Throttle, -1);
        const QString storeDir = newStore();
        auto store = ContentStore::open(storeDir);
        QVERIFY(store.ok());
        int cleans = 0;
        bool stop = false;
        QProcess cleaner;
        QObject::connect(&cleaner, &QProcess::finished, this, [&] {
            ++cleans;
            if (!stop)
                cleaner.start(lkcBinary(), {QStringLiteral("cache"), QStringLiteral("--cache"),
                                            storeDir, QStringLiteral("clean")});
        });
        // Stops the loop on every way out of this test, a failed check included.
        struct StopCleaner {
            bool &stop;
            QProcess &cleaner;
            ~StopCleaner() {
                stop = true;
                cleaner.waitForFinished(30000);
            }
        } stopCleaner{stop, cleaner};
        cleaner.start(lkcBinary(), {QStringLiteral("cache"), QStringLiteral("--cache"), storeDir,
                                    QStringLiteral("clean")});
        const QString ref = QStringLiteral("127.0.0.1:%1/lk/big:1").arg(proxy.port());
        for (int round = 0; round < 3; ++round) {
            JobControl job;
            ImageResolver resolver(*store, options());
            auto image = resolver.ensure(ref, QStringLiteral("amd64"), job);
            QVERIFY2(image.ok(),
                     qPrintable(QStringLiteral("round %1: %2")
                                    .arg(round)
                                    .arg(image.ok() ? QString() : image.error().toString())));
            auto report = store->verify(job);
            QVERIFY(report.ok());
            QVERIFY2(report->problems.isEmpty(),
                     qPrintable(report->problems.join(QLatin1Char('\n'))));
            QVERIFY(store->removeEntry(image->name).ok());
        }
        qInfo("cleans run during 3 pulls: %d", cleans);
        QVERIFY(cleans >= 1);
    }

    // SIGKILL mid-blob; the next pull resumes from the partial file (fewer bytes fetched)
    // and verifies; another killed pull's leftovers are removed by `cache clean`.
    void killedPullResumesAndCleanRemovesLeftovers() {
        FaultProxy proxy(m_registry.port());
        QVERIFY(proxy.listen());
        const QString ref = QStringLiteral("127.0.0.1:%1/lk/big:1").arg(proxy.port());
        auto killMidBlob = [&](const QString &storeDir) {
            proxy.setFault(FaultProxy::Fault::StallMidBlob, -1);
            QProcess pull;
            pull.start(lkcBinary(),
                       {QStringLiteral("pull"), QStringLiteral("--cache"), storeDir, ref});
            QVERIFY(pull.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(largestIngestFile(storeDir) >= kPayload / 4, 60000);
            ::kill(pid_t(pull.processId()), SIGKILL);
            QVERIFY(pull.waitForFinished(10000));
            proxy.setFault(FaultProxy::Fault::None, 0);
        };

        const QString storeDir = newStore();
        killMidBlob(storeDir);
        if (QTest::currentTestFailed())
            return;
        const qint64 partial = largestIngestFile(storeDir);
        const qint64 before = proxy.blobBodyBytes();
        const ProcessResult resumed =
            runServed({QStringLiteral("pull"), QStringLiteral("--cache"), storeDir, ref});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        const qint64 fetched = proxy.blobBodyBytes() - before;
        qInfo("partial file %lld bytes; the resumed pull fetched %lld blob bytes (layer ~%lld)",
              partial, fetched, qint64(kPayload));
        QVERIFY2(resumed.out.contains("resuming from byte") ||
                     resumed.err.contains("resuming from byte"),
                 resumed.out.constData());
        QVERIFY(fetched <= kPayload + (1 << 20) - partial);
        QVERIFY(proxy.rangeRequests() >= 1);
        auto store = ContentStore::open(storeDir);
        JobControl job;
        QVERIFY(store
                    ->resolve(QStringLiteral("127.0.0.1:%1/lk/big:1").arg(proxy.port()),
                              QStringLiteral("amd64"))
                    .ok());
        auto report = store->verify(job);
        QVERIFY(report.ok());
        QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(ingestFiles(storeDir), QStringList());

        const QString leftovers = newStore();
        killMidBlob(leftovers);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!ingestFiles(leftovers).isEmpty());
        const ProcessResult clean = runLkc({QStringLiteral("cache"), QStringLiteral("--cache"),
                                            leftovers, QStringLiteral("clean")});
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QVERIFY2(!clean.out.contains("Freed 0 B"), clean.out.constData());
        QCOMPARE(ingestFiles(leftovers), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestRegistrySafety)
#include "tst_registrysafety.moc"
