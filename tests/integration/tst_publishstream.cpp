// SPDX-License-Identifier: Apache-2.0
// Publisher streams: hashing and serving a 1 GiB image (sparse) to curl on loopback raises this
// process's peak resident memory by far less than the image, and curl gets every byte.
#include "deploy/publisher.h"
#include "testenv.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace Lkc;

namespace {

// VmHWM (peak resident set) of this process, in KiB.
qint64 peakRssKiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

class TestPublishStream : public QObject {
    Q_OBJECT

private slots:
    void oneGibImageInBoundedMemory() {
        QVERIFY2(Test::haveProgram(QStringLiteral("curl")), "curl (packaging/setup.sh)");
        const QString dir = Test::scratchDir(QStringLiteral("publishstream"));
        const QString image = dir + QStringLiteral("/big.img");
        const qint64 size = qint64(1) << 30;
        {
            QFile f(image);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(size)); // sparse: no disk space, still 1 GiB to read and send
            QVERIFY(f.seek(size - 5));
            f.write("tail!");
        }
        const qint64 before = peakRssKiB();
        QVERIFY(before > 0);
        Publisher pub;
        QVERIFY(pub.addFile(image).ok());
        QVERIFY(pub.start().ok());
        bool complete = false;
        qint64 lastSent = 0;
        connect(&pub, &Publisher::downloadProgress, this,
                [&](int, qint64 sent, qint64) { lastSent = sent; });
        connect(&pub, &Publisher::downloadFinished, this, [&](int, bool ok) { complete = ok; });

        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                    QStringLiteral("-w"), QStringLiteral("%{size_download}"),
                    pub.files().first().url});
        QVERIFY(curl.waitForStarted(5000));
        QEventLoop loop;
        connect(&curl, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(curl.state(), QProcess::NotRunning);
        QCOMPARE(curl.exitCode(), 0);
        QCOMPARE(curl.readAllStandardOutput().trimmed().toLongLong(), size);
        QTRY_VERIFY(complete);
        QCOMPARE(lastSent, size);
        const qint64 grown = peakRssKiB() - before;
        qInfo("peak resident memory grew by %lld KiB while hashing and serving 1 GiB", grown);
        QVERIFY2(grown < 64 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(grown)));
    }
};

QTEST_GUILESS_MAIN(TestPublishStream)
#include "tst_publishstream.moc"
