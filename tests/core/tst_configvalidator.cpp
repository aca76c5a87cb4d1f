// SPDX-License-Identifier: Apache-2.0
// The validator: the table of broken configs with their exact diagnostics,
// and the small parsers behind the build's checks.
#include "config/bindspec.h"
#include "config/capabilities.h"
#include "config/configreader.h"
#include "config/configvalidator.h"
#include "config/imagereferencesyntax.h"
#include "config/linuxkitschema.h"
#include "config/octalmode.h"
#include "config/rlimitspec.h"
#include "config/suggestion.h"
#include "config/tmpfsspec.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Lkc;

class TestConfigValidator : public QObject {
    Q_OBJECT
private slots:
    void brokenConfigs_data() {
        QTest::addColumn<QString>("yml");
        const QDir dir(Test::sourceDir() + QStringLiteral("/tests/fixtures/broken"));
        const QStringList names = dir.entryList({QStringLiteral("*.yml")}, QDir::Files);
        QVERIFY(names.size() >= 12);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void brokenConfigs() {
        QFETCH(QString, yml);
        QFile expectedFile(yml.left(yml.size() - 4) + QStringLiteral(".expected"));
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
        const QStringList expected =
            QString::fromUtf8(expectedFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const ConfigReadResult r = ConfigReader::readFile(yml);
        QStringList actual;
        for (const Diagnostic &d : r.diagnostics) {
            QCOMPARE(d.pos.file, yml);
            actual << d.toString().mid(yml.size() + 1);
        }
        QCOMPARE(actual, expected);
        QVERIFY(r.readable);
    }

    void diagnosticsCarryYamlPaths() {
        const ConfigReadResult r = ConfigReader::readFile(
            Test::sourceDir() + QStringLiteral("/tests/fixtures/broken/capabilities.yml"));
        QVERIFY(r.diagnostics.size() >= 2);
        QCOMPARE(r.diagnostics[0].pos.yamlPath, QStringLiteral("services[0].capabilities[1]"));
        QCOMPARE(r.diagnostics[0].code, QStringLiteral("capability"));
        const QJsonObject json = r.diagnostics[0].toJson();
        QCOMPARE(json.value(QStringLiteral("line")).toInt(), 7);
        QCOMPARE(json.value(QStringLiteral("column")).toInt(), 9);
        QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(json.value(QStringLiteral("yamlPath")).toString(),
                 QStringLiteral("services[0].capabilities[1]"));
    }

    void embeddedSchemaIsLinuxKits() {
        // LinuxKit's own schema file, kept as a fixture.
        QFile schema(Test::fixturesDir() + QStringLiteral("/linuxkit-schema.json"));
        QVERIFY(schema.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(LinuxKitSchema::text()),
                 QJsonDocument::fromJson(schema.readAll()));
        QVERIFY(LinuxKitSchema::root().contains(QStringLiteral("definitions")));
    }

    void consoleOrder() {
        QVERIFY(ConfigValidator::consoleOrderProblem(QStringLiteral("console=tty0 console=ttyS0"))
                    .isEmpty());
        QVERIFY(ConfigValidator::consoleOrderProblem(
                    QStringLiteral("console=tty0 console=ttyS0 console=ttyAMA0 console=ttysclp0"))
                    .isEmpty());
        QVERIFY(ConfigValidator::consoleOrderProblem(QStringLiteral("console=ttyS0")).isEmpty());
        QVERIFY(ConfigValidator::consoleOrderProblem(QStringLiteral("console=tty0")).isEmpty());
        QVERIFY(ConfigValidator::consoleOrderProblem(QStringLiteral("root=/dev/sda")).isEmpty());
        QVERIFY(!ConfigValidator::consoleOrderProblem(
                     QStringLiteral("console=ttyS0 console=tty0 page_poison=1"))
                     .isEmpty());
        QVERIFY(!ConfigValidator::consoleOrderProblem(
                     QStringLiteral("console=ttyS0,115200n8 console=tty1"))
                     .isEmpty());
        // A serial console of another architecture after tty0 still keeps ttyS0 last among real
        // ones.
        QVERIFY(ConfigValidator::consoleOrderProblem(
                    QStringLiteral("console=ttyS0 console=tty0 console=ttyAMA0"))
                    .isEmpty());
    }

    void capabilities() {
        QCOMPARE(Capabilities::all().size(), 41);
        QCOMPARE(Capabilities::all().first(), QStringLiteral("CAP_CHOWN"));
        QCOMPARE(Capabilities::all().at(21), QStringLiteral("CAP_SYS_ADMIN"));
        QCOMPARE(Capabilities::all().last(), QStringLiteral("CAP_CHECKPOINT_RESTORE"));
        QVERIFY(!Capabilities::isKnown(QStringLiteral("cap_chown")));
        QVERIFY(Capabilities::isAllKeyword(QStringLiteral("ALL")));
    }

    void bindAndTmpfsSyntax() {
        BindSpec b = BindSpec::parse(QStringLiteral("/a:/b"));
        QVERIFY(b.error.isEmpty());
        QVERIFY(!b.hasOptions);
        QVERIFY(!b.isVolume());
        b = BindSpec::parse(QStringLiteral("vol:/b:ro,rshared"));
        QVERIFY(b.isVolume());
        QCOMPARE(b.options, (QStringList{QStringLiteral("ro"), QStringLiteral("rshared")}));
        QVERIFY(!BindSpec::parse(QStringLiteral("/a")).error.isEmpty());
        QVERIFY(!BindSpec::parse(QStringLiteral("/a:/b:c:d")).error.isEmpty());
        TmpfsSpec t = TmpfsSpec::parse(QStringLiteral("/run"));
        QVERIFY(t.error.isEmpty());
        QVERIFY(t.options.isEmpty());
        t = TmpfsSpec::parse(QStringLiteral("/run:size=1m,mode=755"));
        QCOMPARE(t.options.size(), 2);
        QVERIFY(!TmpfsSpec::parse(QStringLiteral("/a:b:c")).error.isEmpty());
    }

    void rlimits() {
        RlimitSpec r = RlimitSpec::parse(QStringLiteral("nofile,1024,unlimited"));
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.type, QStringLiteral("RLIMIT_NOFILE"));
        QCOMPARE(r.soft, quint64(1024));
        QCOMPARE(r.hard, std::numeric_limits<quint64>::max());
        r = RlimitSpec::parse(QStringLiteral(" rlimit_Core , 0 , 0"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.type, QStringLiteral("RLIMIT_CORE"));
        QCOMPARE(RlimitSpec::knownTypes().size(), 16);
        QVERIFY(!RlimitSpec::parse(QStringLiteral("nofile,-1,2")).error.isEmpty());
        QVERIFY(!RlimitSpec::parse(QStringLiteral("nofile,1,2,3")).error.isEmpty());
    }

    void octalModes() {
        QCOMPARE(parseOctalMode(QStringLiteral("0644")).value_or(-1), 0644);
        QCOMPARE(parseOctalMode(QStringLiteral("755")).value_or(-1), 0755);
        QCOMPARE(parseOctalMode(QStringLiteral("0")).value_or(-1), 0);
        QVERIFY(!parseOctalMode(QStringLiteral("0o644")));
        QVERIFY(!parseOctalMode(QStringLiteral("0x1ff")));
        QVERIFY(!parseOctalMode(QStringLiteral("")));
        QVERIFY(!parseOctalMode(QStringLiteral("0686")));
    }

    void imageReferences() {
        for (const char *good : {"alpine", "alpine:3.20", "linuxkit/kernel:4.9.x",
                                 "docker.io/library/alpine@sha256:"
                                 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                                 "localhost:5000/a/b:c", "127.0.0.1:5000/linuxkit/init:v1",
                                 "ghcr.io/org/repo_name/sub-part:1.0-rc.1", "@pkg:./pkg/x"})
            QVERIFY2(imageReferenceSyntaxError(QString::fromLatin1(good)).isEmpty(), good);
        for (const char *bad : {"", "Alpine", "alpine:", "alpine:.x", "a//b", "a b",
                                "alpine@sha256:abc", "reg.io:port/a", "a/-b"})
            QVERIFY2(!imageReferenceSyntaxError(QString::fromLatin1(bad)).isEmpty(), bad);
    }

    void suggestions() {
        QCOMPARE(editDistance(QStringLiteral("readonyl"), QStringLiteral("readonly")), 1);
        QCOMPARE(editDistance(QStringLiteral("abc"), QStringLiteral("abc")), 0);
        QCOMPARE(closestMatch(QStringLiteral("servcies"),
                              {QStringLiteral("services"), QStringLiteral("onboot")}),
                 QStringLiteral("services"));
        QCOMPARE(closestMatch(QStringLiteral("zzzzzz"), {QStringLiteral("services")}), QString());
    }
};

QTEST_GUILESS_MAIN(TestConfigValidator)
#include "tst_configvalidator.moc"
