// SPDX-License-Identifier: Apache-2.0
// Pinning image references and the image picker's newer-tag hint.
#include "build/imagepins.h"
#include "config/configreader.h"

#include <QTest>

using namespace Lkc;

class TestImagePins : public QObject {
    Q_OBJECT
private slots:
    void newerTag_data() {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("expected");
        QTest::newRow("semver") << QStringLiteral("v1.2.3")
                                << QStringList{QStringLiteral("v1.2.3"), QStringLiteral("v1.10.0"),
                                               QStringLiteral("v1.9.9")}
                                << QStringLiteral("v1.10.0");
        QTest::newRow("kernel") << QStringLiteral("6.12.59")
                                << QStringList{QStringLiteral("6.6.1"), QStringLiteral("6.12.60")}
                                << QStringLiteral("6.12.60");
        QTest::newRow("newest already")
            << QStringLiteral("3.0") << QStringList{QStringLiteral("2.9"), QStringLiteral("3.0")}
            << QString();
        QTest::newRow("other flavour")
            << QStringLiteral("1.35-glibc")
            << QStringList{QStringLiteral("1.36-musl"), QStringLiteral("1.35-glibc")} << QString();
        QTest::newRow("commit tags have no order")
            << QStringLiteral("b5506cc74a6812dc40982cacfd2f4328f8a4b12a")
            << QStringList{QStringLiteral("984eb580ecb63986f07f626b61692a97aacd7198")} << QString();
    }
    void newerTag() {
        QFETCH(QString, current);
        QFETCH(QStringList, tags);
        QFETCH(QString, expected);
        QCOMPARE(ImagePins::newerTag(current, tags), expected);
    }

    void pinnedKeepsTheTag() {
        const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        QCOMPARE(ImagePins::pinned(QStringLiteral("linuxkit/getty:v1"), digest),
                 QStringLiteral("linuxkit/getty:v1@") + digest);
        // An old pin is replaced, not stacked.
        QCOMPARE(ImagePins::pinned(QStringLiteral("linuxkit/getty:v1@sha256:") +
                                       QString(64, QLatin1Char('b')),
                                   digest),
                 QStringLiteral("linuxkit/getty:v1@") + digest);
    }

    void usesListsEveryImage() {
        const ConfigReadResult read = ConfigReader::readText(
            "kernel:\n  image: k:1\ninit:\n  - i:1\nonboot:\n  - name: a\n    image: o:1\n"
            "services:\n  - name: b\n    image: s:1\nvolumes:\n  - name: v\n    image: v:1\n",
            QStringLiteral("t.yml"));
        QStringList paths;
        for (const ImageUse &u : ImagePins::uses(read.config))
            paths.append(u.yamlPath + QLatin1Char('=') + u.written);
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("kernel.image=k:1"), QStringLiteral("init[0]=i:1"),
                              QStringLiteral("onboot[0].image=o:1"),
                              QStringLiteral("services[0].image=s:1"),
                              QStringLiteral("volumes[0].image=v:1")}));
    }
};

QTEST_GUILESS_MAIN(TestImagePins)
#include "tst_imagepins.moc"
