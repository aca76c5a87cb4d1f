// SPDX-License-Identifier: Apache-2.0
// Publisher on a loopback port, asked with QNetworkAccessManager: whole file,
// byte ranges, the .sha256 beside it, the index page, 404, the token, and
// stop() closing the port.
#include "deploy/publisher.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Lkc;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QByteArray contentRange;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Answer get(const QString &url, const QByteArray &range = {}, bool head = false) {
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    if (!range.isEmpty())
        req.setRawHeader("Range", range);
    QNetworkReply *reply = head ? nam.head(req) : nam.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.contentRange = reply->rawHeader("Content-Range");
    a.error = reply->error();
    delete reply;
    return a;
}

} // namespace

class TestPublisher : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_image;
    QByteArray m_content;

private slots:
    void initTestCase() {
        // 3 MiB + a bit: more than one read chunk and the socket high-water mark.
        m_content.resize(3 * 1024 * 1024 + 123);
        for (qsizetype i = 0; i < m_content.size(); ++i)
            m_content[i] = char((i * 7 + i / 4096) & 0xff);
        m_image = m_dir.filePath(QStringLiteral("disk.img"));
        QFile f(m_image);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_content);
    }

    void servesFileRangesAndChecksum() {
        Publisher pub;
        QVERIFY(pub.addFile(m_image).ok());
        QVERIFY(!pub.addFile(m_image).ok()); // one name, once
        QVERIFY(pub.start().ok());
        QVERIFY(pub.port() > 0);
        QCOMPARE(pub.files().size(), 1);
        const PublishedFile f = pub.files().first();
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(m_content, QCryptographicHash::Sha256).toHex());
        QCOMPARE(f.sha256, sha);
        QCOMPARE(f.url, QStringLiteral("http://127.0.0.1:%1/disk.img").arg(pub.port()));
        QCOMPARE(pub.writeCommand(f),
                 QStringLiteral("wget -O- %1 | dd of=/dev/sda bs=4M conv=fsync").arg(f.url));
        QVERIFY(pub.checkCommand(f).contains(sha));

        QSignalSpy started(&pub, &Publisher::downloadStarted);
        QSignalSpy finished(&pub, &Publisher::downloadFinished);
        QSignalSpy progress(&pub, &Publisher::downloadProgress);
        const Answer whole = get(f.url);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body.size(), m_content.size());
        QVERIFY(whole.body == m_content);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(started.first().at(1).toString(), QStringLiteral("disk.img"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(m_content.size()));
        QCOMPARE(pub.activeDownloads(), 0);

        const Answer mid = get(f.url, "bytes=100-1099");
        QCOMPARE(mid.status, 206);
        QVERIFY(mid.body == m_content.mid(100, 1000));
        QCOMPARE(mid.contentRange,
                 QByteArray("bytes 100-1099/") + QByteArray::number(m_content.size()));
        const Answer tail = get(f.url, "bytes=-10");
        QCOMPARE(tail.status, 206);
        QVERIFY(tail.body == m_content.right(10));
        const Answer open = get(f.url, "bytes=3145700-");
        QCOMPARE(open.status, 206);
        QVERIFY(open.body == m_content.mid(3145700));
        const Answer beyond = get(f.url, "bytes=99999999-");
        QCOMPARE(beyond.status, 416);

        const Answer sum = get(f.sha256Url);
        QCOMPARE(sum.status, 200);
        QCOMPARE(sum.body, (sha + QStringLiteral("  disk.img\n")).toUtf8());

        const Answer index = get(pub.baseUrl());
        QCOMPARE(index.status, 200);
        QVERIFY(index.body.contains("disk.img"));
        QVERIFY(index.body.contains(sha.toLatin1()));
        QVERIFY(index.body.contains("dd of=/dev/sda bs=4M conv=fsync"));

        QCOMPARE(get(pub.baseUrl() + QStringLiteral("nothing.img")).status, 404);
        QCOMPARE(get(pub.baseUrl() + QStringLiteral("disk.im")).status, 404);
    }

    void tokenIsRequired() {
        Publisher pub;
        QVERIFY(pub.addFile(m_image).ok());
        PublisherOptions o;
        o.requireToken = true;
        QVERIFY(pub.start(o).ok());
        QCOMPARE(pub.token().size(), 32);
        const PublishedFile f = pub.files().first();
        QVERIFY(f.url.contains(pub.token()));
        const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(pub.port());
        QCOMPARE(get(base + QStringLiteral("disk.img")).status, 403);
        QCOMPARE(get(base).status, 403);
        QCOMPARE(get(base + QStringLiteral("0123456789abcdef0123456789abcdef/disk.img")).status,
                 403);
        const Answer ok = get(f.url);
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.body == m_content);
        QCOMPARE(get(f.sha256Url).status, 200);
    }

    void stopClosesThePort() {
        Publisher pub;
        QVERIFY(pub.addFile(m_image).ok());
        QVERIFY(pub.start().ok());
        const quint16 port = pub.port();
        QCOMPARE(get(pub.files().first().sha256Url).status, 200);
        QSignalSpy stopped(&pub, &Publisher::stopped);
        pub.stop();
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!pub.isRunning());
        QTest::qWait(50); // the server object goes with deleteLater
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!s.waitForConnected(1000));
    }

    void stopEndsADownloadInFlight() {
        Publisher pub;
        QVERIFY(pub.addFile(m_image).ok());
        QVERIFY(pub.start().ok());
        QSignalSpy finished(&pub, &Publisher::downloadFinished);
        // A client that asks and never reads: the body stalls at the high-water mark.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, pub.port());
        QVERIFY(s.waitForConnected(2000));
        s.setReadBufferSize(4096);
        s.write("GET /disk.img HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(pub.activeDownloads(), 1);
        pub.stop();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(pub.activeDownloads(), 0);
    }

    void rangeParsing() {
        Publisher::ByteRange r;
        QVERIFY(Publisher::parseRange({}, 100, &r));
        QVERIFY(r.whole);
        QVERIFY(Publisher::parseRange("bytes=0-0", 100, &r));
        QCOMPARE(r.first, 0);
        QCOMPARE(r.last, 0);
        QVERIFY(!r.whole);
        QVERIFY(Publisher::parseRange("bytes=90-500", 100, &r));
        QCOMPARE(r.last, 99);
        QVERIFY(Publisher::parseRange("bytes=0-1,5-6", 100, &r));
        QVERIFY(r.whole);
        QVERIFY(!Publisher::parseRange("bytes=100-", 100, &r));
        QVERIFY(Publisher::parseRange("bytes=-500", 100, &r));
        QCOMPARE(r.first, 0);
        QVERIFY(Publisher::parseRange("items=1-2", 100, &r));
        QVERIFY(r.whole);
    }
};

QTEST_GUILESS_MAIN(TestPublisher)
#include "tst_publisher.moc"
