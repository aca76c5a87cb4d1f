// SPDX-License-Identifier: Apache-2.0
// What `lkc build` says about formats and flags is true: the help and the
// "not built" message list the formats lkc really builds (one list in core),
// and a --mirror without REG=URL is an error, not silently dropped.
#include "build/outputs/outputwriter.h"
#include "testenv.h"

#include <QTest>

using namespace Lkc;

class TestBuildFlags : public QObject {
    Q_OBJECT
private slots:
    void availableIsWhatHasAWriter() {
        const QStringList available = availableOutputFormats();
        QVERIFY(!available.isEmpty());
        for (const QString &format : knownOutputFormats())
            QCOMPARE(available.contains(format), createOutputWriter(format).ok());
        QVERIFY(available.contains(QStringLiteral("iso-bios")));
        QVERIFY(available.contains(QStringLiteral("qcow2-efi")));
        QCOMPARE(unbuiltOutputFormats(),
                 (QStringList{QStringLiteral("kernel+erofs"), QStringLiteral("rpi3")}));
    }

    void notBuiltMessageListsEveryBuiltFormat() {
        const auto writer = createOutputWriter(QStringLiteral("rpi3"));
        QVERIFY(!writer.ok());
        const QString message = writer.error().message;
        QVERIFY2(message.contains(QStringLiteral("not built")), qPrintable(message));
        for (const QString &format : availableOutputFormats())
            QVERIFY2(message.contains(format), qPrintable(message));
    }

    void helpListsBuiltAndNotBuilt() {
        const Test::ProcessResult r =
            Test::runLkc({QStringLiteral("build"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString help = QString::fromUtf8(r.out);
        QVERIFY2(help.contains(QStringLiteral("Built: ") +
                               availableOutputFormats().join(QStringLiteral(", "))),
                 qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("kernel+erofs, rpi3")), qPrintable(help));
        QVERIFY2(!help.contains(QStringLiteral("Built in now: kernel+initrd, tar-kernel-initrd, "
                                               "tar, docker\n")),
                 qPrintable(help));
    }

    void mirrorWithoutEqualsIsAnError_data() {
        QTest::addColumn<QStringList>("flag");
        QTest::newRow("space, no =")
            << QStringList{QStringLiteral("--mirror"), QStringLiteral("mirror.example")};
        QTest::newRow("equals, no =") << QStringList{QStringLiteral("--mirror=mirror.example")};
        QTest::newRow("empty url")
            << QStringList{QStringLiteral("--mirror"), QStringLiteral("docker.io=")};
    }
    void mirrorWithoutEqualsIsAnError() {
        QFETCH(QStringList, flag);
        const QString dir = Test::scratchDir(QStringLiteral("buildflags-mirror"));
        const Test::ProcessResult r = Test::runLkc(
            QStringList{QStringLiteral("build"), QStringLiteral("--dir"), dir} + flag +
            QStringList{Test::sourceDir() + QStringLiteral("/resources/examples/minimal.yml")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--mirror needs REG=URL"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestBuildFlags)
#include "tst_buildflags.moc"
