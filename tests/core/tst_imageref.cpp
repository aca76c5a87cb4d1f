// SPDX-License-Identifier: Apache-2.0
#include "image/digest.h"
#include "image/imageref.h"

#include <QTest>

using namespace Lkc;

class TestImageRef : public QObject {
    Q_OBJECT
private slots:
    void expansion_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expanded");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::newRow("one part") << "busybox"
                                  << "docker.io/library/busybox"
                                  << "docker.io"
                                  << "library/busybox"
                                  << "";
        QTest::newRow("one part tag") << "busybox:1.36"
                                      << "docker.io/library/busybox:1.36"
                                      << "docker.io"
                                      << "library/busybox"
                                      << "1.36";
        QTest::newRow("org") << "linuxkit/init:abc"
                             << "docker.io/linuxkit/init:abc"
                             << "docker.io"
                             << "linuxkit/init"
                             << "abc";
        QTest::newRow("dotted host") << "quay.io/foo:1"
                                     << "quay.io/foo:1"
                                     << "quay.io"
                                     << "foo"
                                     << "1";
        QTest::newRow("host port") << "127.0.0.1:5000/lk/init:v1"
                                   << "127.0.0.1:5000/lk/init:v1"
                                   << "127.0.0.1:5000"
                                   << "lk/init"
                                   << "v1";
        QTest::newRow("host port two parts") << "localhost:5000/x"
                                             << "localhost:5000/x"
                                             << "localhost:5000"
                                             << "x"
                                             << "";
        QTest::newRow("localhost") << "localhost/x:y"
                                   << "localhost/x:y"
                                   << "localhost"
                                   << "x"
                                   << "y";
        QTest::newRow("three parts unchanged") << "a/b/c:t"
                                               << "a/b/c:t"
                                               << "a"
                                               << "b/c"
                                               << "t";
    }
    void expansion() {
        QFETCH(QString, input);
        QFETCH(QString, expanded);
        QFETCH(QString, domain);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        auto ref = ImageRef::parse(input);
        QVERIFY2(ref.ok(), qPrintable(ref.ok() ? QString() : ref.error().toString()));
        QCOMPARE(ref->expanded(), expanded);
        QCOMPARE(ref->domain(), domain);
        QCOMPARE(ref->repository(), repository);
        QCOMPARE(ref->tag(), tag);
        QCOMPARE(ref->original(), input);
        QVERIFY(!ref->isDigestPinned());
    }

    void digestPinning() {
        const QString hex(64, QLatin1Char('a'));
        auto pinned = ImageRef::parse(QStringLiteral("busybox@sha256:") + hex);
        QVERIFY(pinned.ok());
        QVERIFY(pinned->isDigestPinned());
        QCOMPARE(pinned->expanded(), QStringLiteral("docker.io/library/busybox@sha256:") + hex);
        QCOMPARE(pinned->registryReference(), QStringLiteral("sha256:") + hex);
        auto both = ImageRef::parse(QStringLiteral("linuxkit/init:v1@sha256:") + hex);
        QVERIFY(both.ok());
        QCOMPARE(both->tag(), QStringLiteral("v1"));
        QCOMPARE(both->registryReference(), QStringLiteral("sha256:") + hex); // digest wins
        QCOMPARE(both->expanded(), QStringLiteral("docker.io/linuxkit/init:v1@sha256:") + hex);
        auto plain = ImageRef::parse(QStringLiteral("busybox"));
        QCOMPARE(plain->registryReference(), QStringLiteral("latest"));
        QCOMPARE(plain->registryHost(), QStringLiteral("registry-1.docker.io"));
        const Digest d = Digest::fromSha256Hex(hex);
        QCOMPARE(plain->pinnedTo(d).expanded(),
                 QStringLiteral("docker.io/library/busybox@sha256:") + hex);
    }

    void rejects_data() {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("upper case") << "Busybox";
        QTest::newRow("bad digest") << "busybox@sha256:abc";
        QTest::newRow("md5 digest") << "busybox@md5:abc";
        QTest::newRow("bad tag") << "busybox:-x";
        QTest::newRow("empty component") << "a//b";
    }
    void rejects() {
        QFETCH(QString, input);
        auto ref = ImageRef::parse(input);
        QVERIFY(!ref.ok());
        QVERIFY(!ref.error().message.isEmpty());
    }

    void digests() {
        const Digest d = Digest::ofData(QByteArray("abc"));
        QCOMPARE(
            d.toString(),
            QStringLiteral("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f2001"
                           "5ad"));
        auto parsed = Digest::parse(d.toString());
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, d);
        QVERIFY(!Digest::parse(QStringLiteral("sha256:ABC")).ok());
        QVERIFY(!Digest::fromSha256Hex(QString(64, QLatin1Char('G'))).isValid());
    }
};

QTEST_GUILESS_MAIN(TestImageRef)
#include "tst_imageref.moc"
