// SPDX-License-Identifier: Apache-2.0
// `lkc validate`: output format, --json, exit codes 0/1/2, --merge, stdin.
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lkc;

namespace {

QString fixture(const QString &name) {
    return Test::sourceDir() + QStringLiteral("/tests/fixtures/") + name;
}

} // namespace

class TestValidateCli : public QObject {
    Q_OBJECT
private slots:
    void help() {
        const Test::ProcessResult r =
            Test::runLkc({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: lkc validate"));
        QVERIFY(r.out.contains("--json"));
    }

    void usageErrors() {
        QCOMPARE(Test::runLkc({QStringLiteral("validate")}).exitCode, 2);
        QCOMPARE(Test::runLkc({QStringLiteral("validate"), QStringLiteral("--bogus"),
                               QStringLiteral("x.yml")})
                     .exitCode,
                 2);
    }

    void wholeCorpusIsValid() {
        QStringList args{QStringLiteral("validate")};
        for (const QString &era : {QStringLiteral("current"), QStringLiteral("2017")}) {
            const QDir dir(fixture(QStringLiteral("corpus/") + era));
            for (const QString &name : dir.entryList({QStringLiteral("*.yml")}, QDir::Files))
                if (name != QLatin1String("static-ip.yml")) // not valid YAML; see tst_configreader
                    args << dir.filePath(name);
        }
        QVERIFY(args.size() > 40);
        const Test::ProcessResult r = Test::runLkc(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(": error: "), r.out.constData());
        QVERIFY(r.err.startsWith("valid: "));
    }

    void errorsExitOne() {
        const QString file = fixture(QStringLiteral("broken/capabilities.yml"));
        const Test::ProcessResult r = Test::runLkc({QStringLiteral("validate"), file});
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QCOMPARE(QString::fromUtf8(lines[0]),
                 file +
                     QStringLiteral(":7:9: error: unknown capability: CAP_SYS_ADMN; did you mean "
                                    "CAP_SYS_ADMIN? (names are case-sensitive)"));
        QVERIFY(r.err.contains("5 errors, 1 warning"));
    }

    void warningsExitZero() {
        const Test::ProcessResult r = Test::runLkc(
            {QStringLiteral("validate"), fixture(QStringLiteral("broken/warnings.yml"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(": warning: console=tty0 comes after console=ttyS0"));
    }

    void json() {
        const QString file = fixture(QStringLiteral("broken/duplicate-keys.yml"));
        const Test::ProcessResult r =
            Test::runLkc({QStringLiteral("validate"), QStringLiteral("--json"), file});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array[0].toObject();
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(first.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 5);
        QCOMPARE(first.value(QStringLiteral("column")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("yamlPath")).toString(),
                 QStringLiteral("kernel.image"));
        QCOMPARE(first.value(QStringLiteral("message")).toString(),
                 QStringLiteral("mapping key \"image\" already defined at line 3"));
        QVERIFY(r.err.isEmpty());

        const Test::ProcessResult clean =
            Test::runLkc({QStringLiteral("validate"), QStringLiteral("--json"),
                          fixture(QStringLiteral("corpus/current/sshd.yml"))});
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(clean.out).array().size(), 0);
    }

    void unreadableExitTwo() {
        const QString dir = Test::scratchDir(QStringLiteral("validatecli"));
        QFile latin1(dir + QStringLiteral("/latin1.yml"));
        QVERIFY(latin1.open(QIODevice::WriteOnly));
        latin1.write("kernel:\n  cmdline: \"caf\xe9\"\n");
        latin1.close();
        Test::ProcessResult r = Test::runLkc({QStringLiteral("validate"), latin1.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains(":2:16: error: invalid UTF-8"));
        r = Test::runLkc({QStringLiteral("validate"), dir + QStringLiteral("/missing.yml")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains("missing.yml: error: no such file"));
        // An unreadable file wins over errors in another.
        r = Test::runLkc({QStringLiteral("validate"), fixture(QStringLiteral("broken/files.yml")),
                          dir + QStringLiteral("/missing.yml")});
        QCOMPARE(r.exitCode, 2);
    }

    void mergeAndStdin() {
        const QString dir = Test::scratchDir(QStringLiteral("validatecli-merge"));
        for (const QString &name : {QStringLiteral("a.yml"), QStringLiteral("b.yml")}) {
            QFile f(dir + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("services:\n  - name: getty\n    image: linuxkit/getty:v1\n");
        }
        const QStringList files{dir + QStringLiteral("/a.yml"), dir + QStringLiteral("/b.yml")};
        QCOMPARE(Test::runLkc(QStringList{QStringLiteral("validate")} + files).exitCode, 0);
        const Test::ProcessResult merged = Test::runLkc(
            QStringList{QStringLiteral("validate"), QStringLiteral("--merge")} + files);
        QCOMPARE(merged.exitCode, 1);
        QVERIFY(merged.out.contains("b.yml:2:11: error: duplicate service name: getty"));

        const Test::ProcessResult fromStdin =
            Test::runProcess(Test::lkcBinary(), {QStringLiteral("validate"), QStringLiteral("-")},
                             30000, "onboot:\n  - name: x\n    image: alpine\n    readonly: yes\n");
        QCOMPARE(fromStdin.exitCode, 1);
        QVERIFY(fromStdin.out.startsWith("-:4:15: error: readonly must be a boolean"));
    }
};

QTEST_GUILESS_MAIN(TestValidateCli)
#include "tst_validatecli.moc"
