// SPDX-License-Identifier: Apache-2.0
// Hostile input never crashes, hangs or exhausts memory: garbage, mutated
// configs, deep nesting, alias bombs, huge files. Each gives a diagnostic.
#include "config/configreader.h"
#include "config/yamlloader.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Lkc;

namespace {

QString firstCode(const ConfigReadResult &r) {
    return r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().code;
}

} // namespace

class TestConfigRobustness : public QObject {
    Q_OBJECT
private slots:
    void emptyAndCommentOnly() {
        for (const QByteArray &text : {QByteArray(), QByteArray("\n\n"), QByteArray("# nothing\n"),
                                       QByteArray("---\n"), QByteArray("~\n")}) {
            const ConfigReadResult r = ConfigReader::readText(text, QStringLiteral("e.yml"));
            QVERIFY2(r.diagnostics.isEmpty(), text.constData());
            QVERIFY(r.config.services.isEmpty());
        }
    }

    void onlyFirstDocumentCounts() {
        const ConfigReadResult r =
            ConfigReader::readText("init: [a/b:c]\n---\nbogus: 1\n", QStringLiteral("m.yml"));
        QVERIFY(r.diagnostics.isEmpty()); // yaml.v3 Unmarshal also reads one document
        QCOMPARE(r.config.init.size(), 1);
    }

    void notUtf8IsUnreadable() {
        const ConfigReadResult r =
            ConfigReader::readText("kernel:\n  image: \xff\xfe caf\xe9\n", QStringLiteral("l.yml"));
        QVERIFY(!r.readable);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].code, QStringLiteral("unreadable"));
        QCOMPARE(r.diagnostics[0].pos.line, 2);
        QCOMPARE(r.diagnostics[0].pos.column, 10);
        QVERIFY(YamlLoader::firstInvalidUtf8("\xed\xa0\x80") == 0); // a surrogate
        QVERIFY(YamlLoader::firstInvalidUtf8("\xc0\xaf") == 0);     // overlong
        QVERIFY(YamlLoader::firstInvalidUtf8("caf\xc3\xa9 \xe2\x82\xac") < 0);
    }

    void binaryAndControlCharacters() {
        const ConfigReadResult nul =
            ConfigReader::readText(QByteArray("a: b\0c", 6), QStringLiteral("n.yml"));
        QVERIFY(!nul.readable);
        QCOMPARE(firstCode(nul), QStringLiteral("unreadable"));
        const ConfigReadResult ctl = ConfigReader::readText("a: b\x07\n", QStringLiteral("c.yml"));
        QVERIFY(ctl.readable);
        QCOMPARE(ctl.diagnostics[0].toString(),
                 QStringLiteral("c.yml:1:5: error: control character 0x07 is not allowed in YAML"));
    }

    void utf16AndTabsGetHints() {
        const ConfigReadResult utf16 =
            ConfigReader::readText(QByteArray("\xff\xfek\0:\0", 6), QStringLiteral("u.yml"));
        QVERIFY(!utf16.readable);
        QCOMPARE(utf16.diagnostics[0].message,
                 QStringLiteral("the file is UTF-16; save it as UTF-8"));
        const ConfigReadResult tab =
            ConfigReader::readText("kernel:\n\timage: x\n", QStringLiteral("t.yml"));
        QCOMPARE(firstCode(tab), QStringLiteral("yaml-syntax"));
        // Reported where the tab is, with what to do about it.
        QVERIFY2(tab.diagnostics[0].message.contains(QLatin1String("tab in the indentation")) &&
                     tab.diagnostics[0].message.contains(QLatin1String("spaces")),
                 qPrintable(tab.diagnostics[0].message));
        QCOMPARE(tab.diagnostics[0].pos.line, 2);
    }

    void randomGarbage() {
        QRandomGenerator rng(20260101);
        for (int i = 0; i < 150; ++i) {
            QByteArray bytes(int(rng.bounded(1, 2048)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            const ConfigReadResult r = ConfigReader::readText(bytes, QStringLiteral("g.yml"));
            QVERIFY(r.hasErrors());
        }
    }

    void mutatedCorpus() {
        const QDir dir(Test::sourceDir() + QStringLiteral("/tests/fixtures/corpus/current"));
        const QStringList names = dir.entryList({QStringLiteral("*.yml")}, QDir::Files);
        QVERIFY(!names.isEmpty());
        static const char alphabet[] = "-:[]{},&*!|>'\"#%@` \n\t?aZ09.";
        QRandomGenerator rng(42);
        int withErrors = 0;
        for (int i = 0; i < 300; ++i) {
            QFile f(dir.filePath(names[int(rng.bounded(int(names.size())))]));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray text = f.readAll();
            const int edits = int(rng.bounded(1, 6));
            for (int e = 0; e < edits && !text.isEmpty(); ++e) {
                const int at = int(rng.bounded(int(text.size())));
                const char c = alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
                switch (rng.bounded(3)) {
                case 0:
                    text[at] = c;
                    break;
                case 1:
                    text.insert(at, c);
                    break;
                default:
                    text.remove(at, 1);
                }
            }
            const ConfigReadResult r = ConfigReader::readText(text, QStringLiteral("m.yml"));
            withErrors += r.hasErrors() ? 1 : 0;
            for (const Diagnostic &d : r.diagnostics)
                QVERIFY(!d.message.isEmpty());
        }
        QVERIFY(withErrors > 50); // the mutations really broke things
    }

    void deepNesting_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("flow sequences") << QByteArray(200000, '[');
        QTest::newRow("flow mappings")
            << QByteArray("a: ").append(QByteArray("{a: ").repeated(100000));
        QTest::newRow("compact block sequences") << QByteArray("- ").repeated(100000);
        QByteArray indented;
        for (int i = 0; i < 2000; ++i)
            indented += QByteArray(i, ' ') + "k:\n";
        QTest::newRow("indented mappings") << indented;
        QByteArray closed = QByteArray(150, '[') + QByteArray(150, ']');
        QTest::newRow("balanced 150") << closed;
    }
    void deepNesting() {
        // How long these take is a figure of tests/bench/bench_config, not an assertion.
        QFETCH(QByteArray, text);
        const ConfigReadResult r = ConfigReader::readText(text, QStringLiteral("d.yml"));
        QVERIFY(r.hasErrors());
        QVERIFY2(firstCode(r) == QLatin1String("too-deep") ||
                     firstCode(r) == QLatin1String("yaml-syntax"),
                 qPrintable(firstCode(r)));
    }

    void deepButWithinLimitIsFine() {
        const QByteArray text =
            "services:\n  - name: a\n    image: b\n    resources: " + QByteArray(40, '[') +
            QByteArray(40, ']') + "\n";
        const ConfigReadResult r = ConfigReader::readText(text, QStringLiteral("d.yml"));
        QCOMPARE(firstCode(r),
                 QStringLiteral("schema-type")); // parsed; resources must be a mapping
    }

    void aliasBombs() {
        QByteArray bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 12; ++i)
            bomb += QStringLiteral(
                        "a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                        .arg(i)
                        .arg(i - 1)
                        .toUtf8();
        const ConfigReadResult r = ConfigReader::readText(bomb, QStringLiteral("bomb.yml"));
        QCOMPARE(firstCode(r), QStringLiteral("too-large"));

        QByteArray tower = "a0: &a0 " + QByteArray(90, '[') + QByteArray(90, ']') + "\n";
        for (int i = 1; i < 5; ++i)
            tower += QStringLiteral("a%1: &a%1 ").arg(i).toUtf8() + QByteArray(90, '[') + "*a" +
                     QByteArray::number(i - 1) + QByteArray(90, ']') + "\n";
        const ConfigReadResult t = ConfigReader::readText(tower, QStringLiteral("tower.yml"));
        QCOMPARE(firstCode(t), QStringLiteral("too-deep"));

        const ConfigReadResult self =
            ConfigReader::readText("a: &x [1, *x]\n", QStringLiteral("s.yml"));
        QVERIFY(self.hasErrors());
    }

    void aliasesExpand() {
        const ConfigReadResult r = ConfigReader::readText(
            "onboot:\n  - &s {name: a, image: alpine, binds: [/a:/a]}\nservices:\n  - *s\n",
            QStringLiteral("a.yml"));
        QVERIFY(r.diagnostics.isEmpty());
        QCOMPARE(*r.config.services[0].binds, QStringList{QStringLiteral("/a:/a")});
    }

    void mergeKeys() {
        const ConfigReadResult r = ConfigReader::readText(
            "onboot:\n"
            "  - &base {name: a, image: alpine, readonly: true, binds: [/a:/a]}\n"
            "services:\n"
            "  - <<: *base\n"
            "    name: b\n"
            "  - <<: [*base, {cwd: /srv}]\n"
            "    name: c\n",
            QStringLiteral("merge.yml"));
        QVERIFY(r.diagnostics.isEmpty());
        QCOMPARE(r.config.services.size(), 2);
        QCOMPARE(*r.config.services[0].name, QStringLiteral("b")); // written keys win
        QCOMPARE(*r.config.services[0].readonly, true);
        QCOMPARE(*r.config.services[1].cwd, QStringLiteral("/srv"));
        QCOMPARE(*r.config.services[1].image, QStringLiteral("alpine"));
        const ConfigReadResult bad =
            ConfigReader::readText("a:\n  <<: 5\n", QStringLiteral("bad.yml"));
        QCOMPARE(firstCode(bad), QStringLiteral("yaml-merge"));
        QCOMPARE(bad.diagnostics[0].pos.line, 2);
    }

    void hugeInput() {
        // In memory: refused at once, without parsing.
        const QByteArray big(50 * 1024 * 1024, 'a');
        const ConfigReadResult r = ConfigReader::readText(big, QStringLiteral("big.yml"));
        QVERIFY(!r.readable);
        QCOMPARE(firstCode(r), QStringLiteral("unreadable"));

        // On disk: only the first 4 MiB + 1 byte are read.
        const QString path =
            Test::scratchDir(QStringLiteral("configrobustness")) + QStringLiteral("/big.yml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(50 * 1024 * 1024));
        f.close();
        const ConfigReadResult fromDisk = ConfigReader::readFile(path);
        QVERIFY(!fromDisk.readable);
        QVERIFY(fromDisk.diagnostics[0].message.contains(QLatin1String("larger than 4 MiB")));
        QFile::remove(path);
    }

    void largeValidConfigWithinLimit() {
        QByteArray text = "services:\n";
        for (int i = 0; i < 2000; ++i)
            text += "  - name: s" + QByteArray::number(i) +
                    "\n    image: alpine:3.20\n    binds: [/a:/a, /b:/b]\n";
        const ConfigReadResult r = ConfigReader::readText(text, QStringLiteral("large.yml"));
        QVERIFY(r.diagnostics.isEmpty());
        QCOMPARE(r.config.services.size(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestConfigRobustness)
#include "tst_configrobustness.moc"
