// SPDX-License-Identifier: Apache-2.0
// `lkc set`: edits a config file in place or to -o, keeps the rest byte for byte and names
// path and place when something does not exist.
#include "tst_yamledit_support.h"

using namespace Lkc;
using namespace Lkc::EditTest;

static QByteArray readBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static bool writeBytes(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

class TestYamlEditCli : public QObject {
    Q_OBJECT
private:
    QString m_dir;
    QByteArray m_sshd;

private slots:
    void initTestCase() {
        m_dir = Test::scratchDir(QStringLiteral("yamledit-cli"));
        m_sshd = readBytes(Test::sourceDir() +
                           QStringLiteral("/tests/fixtures/corpus/current/sshd.yml"));
        QVERIFY(!m_sshd.isEmpty());
    }

    void setInPlace() {
        const QString file = m_dir + QStringLiteral("/sshd.yml");
        QVERIFY(writeBytes(file, m_sshd));
        auto r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("services[1].readonly"),
                               QStringLiteral("true")});
        QCOMPARE(r.exitCode, 0);
        QByteArray expected = m_sshd;
        expected.replace(
            "rngd:984eb580ecb63986f07f626b61692a97aacd7198\n  - name: dhcpcd",
            "rngd:984eb580ecb63986f07f626b61692a97aacd7198\n    readonly: true\n  - name: dhcpcd");
        QCOMPARE(readBytes(file), expected);

        r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("kernel.cmdline"),
                          QStringLiteral("console=ttyS0")});
        QCOMPARE(r.exitCode, 0);
        expected.replace("\"console=tty0 console=ttyS0 console=ttyAMA0 console=ttysclp0\"",
                         "\"console=ttyS0\"");
        QCOMPARE(readBytes(file), expected);

        // A value that looks like a flag or a number stays a string in a list of strings.
        r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("onboot[1].command[1]"),
                          QStringLiteral("-2")});
        QCOMPARE(r.exitCode, 0);
        expected.replace("[\"/sbin/rngd\", \"-1\"]", "[\"/sbin/rngd\", \"-2\"]");
        QCOMPARE(readBytes(file), expected);
    }

    void addRemoveMoveJson() {
        const QString file = m_dir + QStringLiteral("/ops.yml");
        QVERIFY(writeBytes(file, m_sshd));
        auto r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("init"),
                               QStringLiteral("--add"), QStringLiteral("linuxkit/foo:1")});
        QCOMPARE(r.exitCode, 0);
        r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("services[0].env"),
                          QStringLiteral("--remove")});
        QCOMPARE(r.exitCode, 0);
        r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("services[2]"),
                          QStringLiteral("--move-to"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 0);
        // Up and down again: no change in the end.
        r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("onboot[1]"),
                          QStringLiteral("--move-up")});
        QCOMPARE(r.exitCode, 0);
        r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("onboot[0]"),
                          QStringLiteral("--move-down")});
        QCOMPARE(r.exitCode, 0);
        r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("onboot[0]"),
                          QStringLiteral("--move-up")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("onboot[0]: is already the first item"));
        r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("onboot[1]"),
                          QStringLiteral("--move-down")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("cannot move to index 2; onboot has 2 items"));
        r = Test::runLkc(
            {QStringLiteral("set"), file, QStringLiteral("files"), QStringLiteral("--add"),
             QStringLiteral("--json"),
             QStringLiteral("{\"path\": \"etc/motd\", \"contents\": \"hi\", \"mode\": \"0644\"}")});
        QCOMPARE(r.exitCode, 0);
        r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("services[1].binds"),
                          QStringLiteral("--json"), QStringLiteral("[\"/a:/b\"]")});
        QCOMPARE(r.exitCode, 0);

        YamlValue expected = treeOf(QString::fromUtf8(m_sshd));
        expected.find(*YamlPath::parse(QStringLiteral("init")))
            ->items()
            .append(str("linuxkit/foo:1"));
        expected.find(*YamlPath::parse(QStringLiteral("services[0]")))
            ->remove(QStringLiteral("env"));
        expected.find(*YamlPath::parse(QStringLiteral("services")))->items().move(2, 0);
        expected.find(*YamlPath::parse(QStringLiteral("files")))
            ->items()
            .append(YamlValue::fromMap({{QStringLiteral("path"), str("etc/motd")},
                                        {QStringLiteral("contents"), str("hi")},
                                        {QStringLiteral("mode"), str("0644")}}));
        expected.find(*YamlPath::parse(QStringLiteral("services[1]")))
            ->insert(QStringLiteral("binds"), YamlValue::fromStringList({QStringLiteral("/a:/b")}));
        const QString after = QString::fromUtf8(readBytes(file));
        QCOMPARE(treeOf(after).toDebugString(), expected.toDebugString());
        QVERIFY(after.contains(QLatin1String("    mode: \"0644\"\n")));
    }

    void outputElsewhereAndCrlf() {
        const QString file = m_dir + QStringLiteral("/crlf.yml");
        const QString out = m_dir + QStringLiteral("/crlf-out.yml");
        QByteArray crlf = m_sshd;
        crlf.replace("\n", "\r\n");
        QVERIFY(writeBytes(file, crlf));
        auto r = Test::runLkc({QStringLiteral("set"), QStringLiteral("-o"), out, file,
                               QStringLiteral("services[1].hostname"), QStringLiteral("box")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readBytes(file), crlf); // untouched
        QByteArray expected = m_sshd;
        expected.replace(
            "rngd:984eb580ecb63986f07f626b61692a97aacd7198\n  - name: dhcpcd",
            "rngd:984eb580ecb63986f07f626b61692a97aacd7198\n    hostname: box\n  - name: dhcpcd");
        expected.replace("\n", "\r\n");
        QCOMPARE(readBytes(out), expected);

        r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("kernel.cmdline"),
                          QStringLiteral("x"), QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("  cmdline: \"x\"\r\n"));
    }

    void byteOrderMarkStays() {
        const QString file = m_dir + QStringLiteral("/bom.yml");
        QVERIFY(writeBytes(file, QByteArray("\xef\xbb\xbf"
                                            "a: 1\nb: 2\n")));
        auto r =
            Test::runLkc({QStringLiteral("set"), file, QStringLiteral("b"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readBytes(file), QByteArray("\xef\xbb\xbf"
                                             "a: 1\nb: 3\n"));
    }

    void byteOrderMarkOfAValueStays_data() {
        QTest::addColumn<QStringList>("value");
        const QString text = QChar(0xfeff) + QStringLiteral("x");
        QTest::newRow("argument") << QStringList{text, QStringLiteral("--string")};
        QTest::newRow("json") << QStringList{QStringLiteral("--json"),
                                             QStringLiteral("\"\\ufeffx\"")};
    }
    void byteOrderMarkOfAValueStays() {
        // U+FEFF at the start of a value is text the user gave, not an encoding mark.
        QFETCH(QStringList, value);
        const QString file = m_dir + QStringLiteral("/bom-value.yml");
        QVERIFY(writeBytes(file, QByteArray("a: 1\nb: 2\n")));
        auto r =
            Test::runLkc(QStringList{QStringLiteral("set"), file, QStringLiteral("b")} + value);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray bytes = readBytes(file);
        QCOMPARE(bytes, QByteArray("a: 1\nb: \"\\ufeffx\"\n"));
        auto editor = YamlEditor::parse(QString::fromUtf8(bytes), file);
        QVERIFY(editor.ok());
        auto now = editor->value(*YamlPath::parse(QStringLiteral("b")));
        QVERIFY(now.ok());
        QCOMPARE(*now, YamlValue::fromString(QChar(0xfeff) + QStringLiteral("x")));
    }

    void errors() {
        const QString file = m_dir + QStringLiteral("/sshd.yml");
        QVERIFY(writeBytes(file, m_sshd));
        auto r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("services[7].readonly"),
                               QStringLiteral("true")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            QString::fromUtf8(r.err).trimmed(),
            QStringLiteral("lkc set: services[7]: no such item; services has 4 items (%1:15:1)")
                .arg(file));
        QCOMPARE(readBytes(file), m_sshd);

        r = Test::runLkc({QStringLiteral("set"), file, QStringLiteral("kernel.nothere"),
                          QStringLiteral("--remove")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("kernel.nothere: no such key in kernel"));

        r = Test::runLkc({QStringLiteral("set"), file});
        QCOMPARE(r.exitCode, 2);
        r = Test::runLkc(
            {QStringLiteral("set"), file, QStringLiteral("a..b"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("invalid path"));
        r = Test::runLkc({QStringLiteral("set"), m_dir + QStringLiteral("/missing.yml"),
                          QStringLiteral("a"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("cannot read the config"));
    }
};

QTEST_GUILESS_MAIN(TestYamlEditCli)
#include "tst_yamledit_cli.moc"
