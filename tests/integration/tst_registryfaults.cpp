// SPDX-License-Identifier: Apache-2.0
// A fault-injecting loopback proxy in front of a real docker-registry: dropped
// connections resume with Range, 500 and 429 (Retry-After) are retried, a corrupted
// byte is refused and never stored; two processes pulling into one store at once.
#include "faultproxy.h"
#include "image/contentstore.h"
#include "image/imageresolver.h"
#include "registryfixture.h"
#include "testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace Lkc;
using namespace Lkc::Test;

class TestRegistryFaults : public QObject {
    Q_OBJECT
private:
    RegistryFixture m_registry;
    QString m_work;
    int m_storeCount = 0;

    RegistryOptions options() const {
        RegistryOptions o;
        o.initialBackoffMs = 50;
        o.transferTimeoutMs = 5000;
        o.dockerConfigDir = m_work + QStringLiteral("/no-docker");
        return o;
    }

    struct Outcome {
        Result<ResolvedImage> image = Error(QStringLiteral("not run"));
        ContentStore store;
        QStringList logs;
    };

    Outcome pullThrough(FaultProxy &proxy) {
        Outcome out;
        out.store = *ContentStore::open(m_work + QStringLiteral("/store%1").arg(++m_storeCount));
        JobControl job([&](const QString &l) { out.logs << l; }, {});
        ImageResolver resolver(out.store, options());
        out.image = resolver.ensure(QStringLiteral("127.0.0.1:%1/lk/big:1").arg(proxy.port()),
                                    QStringLiteral("amd64"), job);
        return out;
    }

    void expectConsistent(const ContentStore &store) {
        JobControl job;
        auto report = store.verify(job);
        QVERIFY(report.ok());
        QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(QDir(store.path() + QStringLiteral("/ingest")).entryList(QDir::Files).size(), 0);
    }

private slots:
    void initTestCase() {
        if (!RegistryFixture::toolsAvailable())
            QFAIL("docker-registry and skopeo are needed (packaging/setup.sh installs them)");
        QString error;
        QVERIFY2(m_registry.start(&error), qPrintable(error));
        m_work = scratchDir(QStringLiteral("registryfaults"));
        const QString src = m_work + QStringLiteral("/src");
        QVERIFY2(RegistryFixture::createImage(src, QStringLiteral("lk/big"),
                                              QStringLiteral("amd64"), 6 << 20, &error),
                 qPrintable(error));
        QVERIFY2(RegistryFixture::createImage(src, QStringLiteral("lk/other"),
                                              QStringLiteral("amd64"), 4 << 20, &error),
                 qPrintable(error));
        QVERIFY2(m_registry.push(QStringLiteral("oci:") + src + QStringLiteral(":docker.io/lk/big"),
                                 QStringLiteral("lk/big:1"), false, &error),
                 qPrintable(error));
        QVERIFY2(
            m_registry.push(QStringLiteral("oci:") + src + QStringLiteral(":docker.io/lk/other"),
                            QStringLiteral("lk/other:1"), false, &error),
            qPrintable(error));
    }

    void dropMidBlobResumesWithRange() {
        FaultProxy proxy(m_registry.port());
        QVERIFY(proxy.listen());
        proxy.setFault(FaultProxy::Fault::DropMidBlob, 2);
        Outcome out = pullThrough(proxy);
        QVERIFY2(out.image.ok(),
                 qPrintable(out.image.ok() ? QString() : out.image.error().toString()));
        QCOMPARE(proxy.faultsInjected(), 2);
        QVERIFY2(proxy.rangeRequests() >= 1, qPrintable(out.logs.join(QLatin1Char('\n'))));
        expectConsistent(out.store);
    }

    void answers500AreRetried() {
        FaultProxy proxy(m_registry.port());
        QVERIFY(proxy.listen());
        proxy.setFault(FaultProxy::Fault::Answer500, 3);
        Outcome out = pullThrough(proxy);
        QVERIFY(out.image.ok());
        QCOMPARE(proxy.faultsInjected(), 3);
        QVERIFY(out.logs.join(QLatin1Char('\n')).contains(QStringLiteral("HTTP 500")));
        expectConsistent(out.store);
    }

    void answers429HonourRetryAfter() {
        FaultProxy proxy(m_registry.port());
        QVERIFY(proxy.listen());
        proxy.setFault(FaultProxy::Fault::Answer429, 1);
        QElapsedTimer clock;
        clock.start();
        Outcome out = pullThrough(proxy);
        QVERIFY(out.image.ok());
        QCOMPARE(proxy.faultsInjected(), 1);
        QVERIFY(clock.elapsed() >= 1000); // Retry-After: 1, not the 50 ms backoff
        QVERIFY(out.logs.join(QLatin1Char('\n')).contains(QStringLiteral("retrying in 1000 ms")));
        expectConsistent(out.store);
    }

    void persistent500GivesUpWithAdvice() {
        FaultProxy proxy(m_registry.port());
        QVERIFY(proxy.listen());
        proxy.setFault(FaultProxy::Fault::Answer500, -1);
        Outcome out = pullThrough(proxy);
        QVERIFY(!out.image.ok());
        QVERIFY2(out.image.error().message.contains(QStringLiteral("giving up")),
                 qPrintable(out.image.error().toString()));
        QVERIFY(out.store.entries()->isEmpty());
        expectConsistent(out.store);
    }

    void corruptionOnceIsRefetched() {
        FaultProxy proxy(m_registry.port());
        QVERIFY(proxy.listen());
        proxy.setFault(FaultProxy::Fault::CorruptByte, 1);
        Outcome out = pullThrough(proxy);
        QVERIFY(out.image.ok());
        QVERIFY(out.logs.join(QLatin1Char('\n')).contains(QStringLiteral("does not match")));
        expectConsistent(out.store);
    }

    void persistentCorruptionIsRefused() {
        FaultProxy proxy(m_registry.port());
        QVERIFY(proxy.listen());
        proxy.setFault(FaultProxy::Fault::CorruptByte, -1);
        Outcome out = pullThrough(proxy);
        QVERIFY(!out.image.ok());
        QVERIFY2(out.image.error().message.contains(QStringLiteral("does not match its digest")),
                 qPrintable(out.image.error().toString()));
        // Nothing named, no bad blob visible, no temp file left.
        QVERIFY(out.store.entries()->isEmpty());
        expectConsistent(out.store);
        const QStringList blobs =
            QDir(out.store.path() + QStringLiteral("/blobs/sha256")).entryList(QDir::Files);
        for (const QString &b : blobs)
            QVERIFY(QFileInfo(out.store.path() + QStringLiteral("/blobs/sha256/") + b).size() <
                    (1 << 20));
    }

    void cancellationStopsPromptly() {
        FaultProxy proxy(m_registry.port());
        QVERIFY(proxy.listen());
        proxy.setFault(FaultProxy::Fault::Answer500, -1);
        auto store = *ContentStore::open(m_work + QStringLiteral("/cancel"));
        JobControl job;
        QTimer::singleShot(300, [&job] { job.requestCancel(); });
        QElapsedTimer clock;
        clock.start();
        RegistryOptions o = options();
        // A backoff far longer than the test: only a cancel that interrupts the wait returns
        // before it ends. The bound is that backoff, not a speed.
        o.initialBackoffMs = 60000;
        ImageResolver resolver(store, o);
        auto image = resolver.ensure(QStringLiteral("127.0.0.1:%1/lk/big:1").arg(proxy.port()),
                                     QStringLiteral("amd64"), job);
        QVERIFY(!image.ok());
        qInfo("cancelled after %lld ms (cancel requested at 300 ms)", clock.elapsed());
        QVERIFY(clock.elapsed() < o.initialBackoffMs);
        QVERIFY(store.entries()->isEmpty());
    }

    void twoProcessesShareOneStore() {
        const QString cache = m_work + QStringLiteral("/shared");
        const QStringList refs = {m_registry.host() + QStringLiteral("/lk/big:1"),
                                  m_registry.host() + QStringLiteral("/lk/other:1")};
        QProcess a, b;
        a.start(lkcBinary(),
                {QStringLiteral("pull"), QStringLiteral("--cache"), cache, refs[0], refs[1]});
        b.start(lkcBinary(),
                {QStringLiteral("pull"), QStringLiteral("--cache"), cache, refs[1], refs[0]});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        auto store = ContentStore::open(cache);
        QCOMPARE(store->entries()->size(), 2);
        QVERIFY(store->resolve(refs[0], QStringLiteral("amd64")).ok());
        QVERIFY(store->resolve(refs[1], QStringLiteral("amd64")).ok());
        expectConsistent(*store);
    }
};

QTEST_GUILESS_MAIN(TestRegistryFaults)
#include "tst_registryfaults.moc"
