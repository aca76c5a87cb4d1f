// SPDX-License-Identifier: Apache-2.0
// A table of form edits with their exact resulting text: the style of the surrounding lines
// (quotes, indentation, block or flow, line breaks) is kept and nothing else changes.
#include "tst_yamledit_support.h"

#include <QElapsedTimer>

#include <ctime>
#include <functional>
#include <limits>

using namespace Lkc;
using namespace Lkc::EditTest;

using Operation = std::function<Result<YamlTextEdits>(const YamlEditor &)>;
Q_DECLARE_METATYPE(Operation)

static YamlPath p(const char *text) {
    return *YamlPath::parse(QString::fromUtf8(text));
}

static QString corpus(const char *name) {
    return readText(Test::sourceDir() + QStringLiteral("/tests/fixtures/corpus/") +
                    QString::fromUtf8(name));
}

// `text` with one exact occurrence of `from` replaced by `to` (fails loudly otherwise).
static QString replaced(const QString &text, const char *from, const char *to) {
    const QString f = QString::fromUtf8(from);
    if (text.count(f) != 1)
        return QStringLiteral("<test bug: '%1' occurs %2 times>").arg(f).arg(text.count(f));
    QString out = text;
    return out.replace(f, QString::fromUtf8(to));
}

class TestYamlEdit : public QObject {
    Q_OBJECT
private slots:
    void table_data() {
        QTest::addColumn<QString>("before");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QString>("after");

        const QString sshd = corpus("current/sshd.yml");
        const QString sshd2017 = corpus("2017/sshd.yml");
        const QString vpnkit = corpus("2017/vpnkit-forwarder.yml");
        const QString addbinds = corpus("current/addbinds.yml");
        const QString minimal = corpus("current/minimal.yml");
        const QString mac = corpus("current/docker-for-mac.yml");

        QTest::newRow("set existing quoted scalar keeps its quotes")
            << sshd << Operation([](const YamlEditor &e) {
                   return e.set(p("kernel.cmdline"), str("console=ttyS0"));
               })
            << replaced(sshd,
                        "cmdline: \"console=tty0 console=ttyS0 console=ttyAMA0 console=ttysclp0\"",
                        "cmdline: \"console=ttyS0\"");
        QTest::newRow("set existing plain scalar stays plain")
            << sshd << Operation([](const YamlEditor &e) {
                   return e.set(p("kernel.image"), str("linuxkit/kernel:6.6.71"));
               })
            << replaced(sshd, "image: linuxkit/kernel:6.12.59", "image: linuxkit/kernel:6.6.71");
        QTest::newRow("set new bool key in an image entry")
            << sshd << Operation([](const YamlEditor &e) {
                   return e.set(p("services[1].readonly"), YamlValue::fromBool(true));
               })
            << replaced(sshd, "rngd:984eb580ecb63986f07f626b61692a97aacd7198\n  - name: dhcpcd",
                        "rngd:984eb580ecb63986f07f626b61692a97aacd7198\n    readonly: true\n"
                        "  - name: dhcpcd");
        QTest::newRow("set item of a flow list") << sshd << Operation([](const YamlEditor &e) {
            return e.set(p("onboot[1].command[1]"), str("-2"));
        }) << replaced(sshd, "[\"/sbin/rngd\", \"-1\"]", "[\"/sbin/rngd\", \"-2\"]");
        QTest::newRow("replace a flow list stays flow, quoted like before")
            << sshd << Operation([](const YamlEditor &e) {
                   return e.set(p("onboot[1].command"),
                                YamlValue::fromStringList(
                                    {QStringLiteral("/bin/sh"), QStringLiteral("-c")}));
               })
            << replaced(sshd, "[\"/sbin/rngd\", \"-1\"]", "[\"/bin/sh\", \"-c\"]");
        QTest::newRow("append to a block list")
            << sshd << Operation([](const YamlEditor &e) {
                   return e.appendItem(p("init"), str("linuxkit/foo:1"));
               })
            << replaced(sshd, "ca-certificates:256f1950df59f2f209e9f0b81374177409eb11de\n",
                        "ca-certificates:256f1950df59f2f209e9f0b81374177409eb11de\n  - "
                        "linuxkit/foo:1\n");
        QTest::newRow("insert into a block list") << sshd << Operation([](const YamlEditor &e) {
            return e.insertItem(p("init"), 1, str("linuxkit/foo:1"));
        }) << replaced(sshd, "\n  - linuxkit/runc:", "\n  - linuxkit/foo:1\n  - linuxkit/runc:");
        QTest::newRow("append to a flow list") << sshd << Operation([](const YamlEditor &e) {
            return e.appendItem(p("onboot[1].command"), str("--x y"));
        }) << replaced(sshd, "[\"/sbin/rngd\", \"-1\"]", "[\"/sbin/rngd\", \"-1\", \"--x y\"]");
        QTest::newRow("append to a 1-space indented list")
            << sshd << Operation([](const YamlEditor &e) {
                   return e.appendItem(p("services[0].env"), str("X=1"));
               })
            << replaced(sshd, "     - INSECURE=true\n", "     - INSECURE=true\n     - X=1\n");
        QTest::newRow("remove the only item of a list")
            << sshd
            << Operation([](const YamlEditor &e) { return e.remove(p("services[0].env[0]")); })
            << replaced(sshd, "    env:\n     - INSECURE=true\n", "    env: []\n");
        QTest::newRow("remove a key with nested content")
            << sshd
            << Operation([](const YamlEditor &e) { return e.remove(p("services[3].binds.add")); })
            << replaced(sshd, "    binds.add:\n      - /root/.ssh:/root/.ssh\n", "");
        QTest::newRow("remove a key with a comment inside")
            << addbinds << Operation([](const YamlEditor &e) {
                   return e.remove(p("services[0][\"binds.add\"]"));
               })
            << replaced(addbinds,
                        "    binds.add:\n      # this will keep all of the existing ones as well\n"
                        "      - /var/tmp:/var/tmp\n",
                        "");
        QTest::newRow("remove the first key of an item")
            << sshd
            << Operation([](const YamlEditor &e) { return e.remove(p("services[1].name")); })
            << replaced(sshd, "  - name: rngd\n    image:", "  - image:");
        QTest::newRow("remove an item takes the comment above it")
            << mac << Operation([](const YamlEditor &e) { return e.remove(p("services[1]")); })
            << replaced(mac,
                        "  # Enable getty for easier debugging\n  - name: getty\n    image: "
                        "linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0\n    env:\n"
                        "        - INSECURE=true\n",
                        "");
        QTest::newRow("remove a top-level section")
            << sshd2017 << Operation([](const YamlEditor &e) { return e.remove(p("trust")); })
            << replaced(sshd2017, "trust:\n  org:\n    - linuxkit\n", "");
        QTest::newRow("move an item up")
            << sshd << Operation([](const YamlEditor &e) { return e.moveItem(p("onboot[1]"), 0); })
            << replaced(sshd,
                        "  - name: sysctl\n    image: "
                        "linuxkit/sysctl:43ac1d39da329c3567fcb9689e5ca99de6d169b6\n"
                        "  - name: rngd1\n    image: "
                        "linuxkit/rngd:984eb580ecb63986f07f626b61692a97aacd7198\n"
                        "    command: [\"/sbin/rngd\", \"-1\"]\n",
                        "  - name: rngd1\n    image: "
                        "linuxkit/rngd:984eb580ecb63986f07f626b61692a97aacd7198\n"
                        "    command: [\"/sbin/rngd\", \"-1\"]\n"
                        "  - name: sysctl\n    image: "
                        "linuxkit/sysctl:43ac1d39da329c3567fcb9689e5ca99de6d169b6\n");
        QTest::newRow("move inside a flow list") << sshd << Operation([](const YamlEditor &e) {
            return e.moveItem(p("onboot[1].command[1]"), 0);
        }) << replaced(sshd, "[\"/sbin/rngd\", \"-1\"]", "[\"-1\", \"/sbin/rngd\"]");
        const QString sysctls = QStringLiteral("onboot:\n  - name: s\n    sysctl:\n"
                                               "      net.a: 1\n      # buffers\n"
                                               "      net.b: 2\n    tags: {x: 1, y: 2}\n");
        QTest::newRow("move a mapping entry")
            << sysctls << Operation([](const YamlEditor &e) {
                   return e.moveItem(p("onboot[0].sysctl[\"net.b\"]"), 0);
               })
            << replaced(sysctls, "      net.a: 1\n      # buffers\n      net.b: 2\n",
                        "      # buffers\n      net.b: 2\n      net.a: 1\n");
        QTest::newRow("move inside a flow mapping")
            << sysctls
            << Operation([](const YamlEditor &e) { return e.moveItem(p("onboot[0].tags.x"), 1); })
            << replaced(sysctls, "{x: 1, y: 2}", "{y: 2, x: 1}");
        const QString noFiles = replaced(sshd2017,
                                         "files:\n  - path: root/.ssh/authorized_keys\n"
                                         "    source: ~/.ssh/id_rsa.pub\n    mode: \"0600\"\n"
                                         "    optional: true\n",
                                         "");
        QTest::newRow("first files section goes before trust")
            << noFiles << Operation([](const YamlEditor &e) {
                   return e.set(
                       p("files[0]"),
                       YamlValue::fromMap({{QStringLiteral("path"), str("etc/motd")},
                                           {QStringLiteral("contents"), str("hello\nworld\n")},
                                           {QStringLiteral("mode"), str("0644")}}));
               })
            << replaced(noFiles, "trust:\n",
                        "files:\n  - path: etc/motd\n    contents: |\n      hello\n      world\n"
                        "    mode: \"0644\"\ntrust:\n");
        QTest::newRow("first files section at the end")
            << minimal << Operation([](const YamlEditor &e) {
                   return e.appendItem(
                       p("files"), YamlValue::fromMap(
                                       {{QStringLiteral("path"), str("etc/x")},
                                        {QStringLiteral("directory"), YamlValue::fromBool(true)}}));
               })
            << minimal + QStringLiteral("files:\n  - path: etc/x\n    directory: true\n");
        QTest::newRow("missing kernel section is created first")
            << QStringLiteral("init:\n  - linuxkit/init:1\n") << Operation([](const YamlEditor &e) {
                   return e.set(p("kernel.cmdline"), str("console=ttyS0"));
               })
            << QStringLiteral("kernel:\n  cmdline: console=ttyS0\ninit:\n  - linuxkit/init:1\n");
        QTest::newRow("strings that need quotes")
            << QStringLiteral("files:\n  - path: a\n") << Operation([](const YamlEditor &e) {
                   return e.set(
                       p("files[0].x"),
                       YamlValue::fromStringList(
                           {QStringLiteral("0644"), QStringLiteral("@pkg:./x"),
                            QStringLiteral("yes"), QStringLiteral("a: b"), QStringLiteral("true"),
                            QStringLiteral("1.5"), QStringLiteral(""), QStringLiteral("- x"),
                            QStringLiteral("plain/ok:1")}));
               })
            << QStringLiteral(
                   "files:\n  - path: a\n    x:\n      - \"0644\"\n      - \"@pkg:./x\"\n"
                   "      - \"yes\"\n      - \"a: b\"\n      - \"true\"\n      - \"1.5\"\n"
                   "      - \"\"\n      - \"- x\"\n      - plain/ok:1\n");
        QTest::newRow("new list copies the 4-space indent of sibling entries")
            << vpnkit << Operation([](const YamlEditor &e) {
                   return e.set(p("services[0].binds"),
                                YamlValue::fromStringList({QStringLiteral("/a:/b")}));
               })
            << replaced(vpnkit, "sshd:abc1f5e096982ebc3fb61c506aed3ac9c2ae4d55\"\n",
                        "sshd:abc1f5e096982ebc3fb61c506aed3ac9c2ae4d55\"\n    binds:\n        - "
                        "/a:/b\n");
        QTest::newRow("control characters are escaped")
            << QStringLiteral("a: 1\n") << Operation([](const YamlEditor &e) {
                   return e.set(p("a"),
                                YamlValue::fromString(QStringLiteral("t\tx\u2028y\u0001\"\\")));
               })
            << QStringLiteral("a: \"t\\tx\\u2028y\\x01\\\"\\\\\"\n");
        QTest::newRow("siblings in double quotes")
            << sshd2017 << Operation([](const YamlEditor &e) {
                   return e.set(p("kernel.binary"), str("bzImage"));
               })
            << replaced(sshd2017, "  cmdline: \"console=ttyS0 page_poison=1\"\n",
                        "  cmdline: \"console=ttyS0 page_poison=1\"\n  binary: \"bzImage\"\n");
        QTest::newRow("JSON-style file: quoted keys and strings, flow stays flow")
            << QStringLiteral("{\"kernel\": {\"image\": \"k:1\"}, \"init\": [\"a\"]}\n")
            << Operation([](const YamlEditor &e) {
                   return e.set(p("kernel.cmdline"), str("console=ttyS0"));
               })
            << QStringLiteral("{\"kernel\": {\"image\": \"k:1\", \"cmdline\": \"console=ttyS0\"}, "
                              "\"init\": [\"a\"]}\n");
        QTest::newRow("quoted keys stay quoted")
            << QStringLiteral("\"kernel\":\n  \"image\": \"k:1\"\n")
            << Operation(
                   [](const YamlEditor &e) { return e.set(p("kernel.binary"), str("bzImage")); })
            << QStringLiteral("\"kernel\":\n  \"image\": \"k:1\"\n  \"binary\": \"bzImage\"\n");
        QTest::newRow("siblings in single quotes")
            << QStringLiteral("a:\n  - 'x'\n  - 'y'\n")
            << Operation([](const YamlEditor &e) { return e.appendItem(p("a"), str("z")); })
            << QStringLiteral("a:\n  - 'x'\n  - 'y'\n  - 'z'\n");
        QTest::newRow("multi-line plain scalar replaced whole")
            << QStringLiteral("a: one\n  two\nb: 1\n")
            << Operation([](const YamlEditor &e) { return e.set(p("a"), str("x")); })
            << QStringLiteral("a: x\nb: 1\n");
        QTest::newRow("comment after the value survives")
            << QStringLiteral("a: 1 # keep\nb: 2\n")
            << Operation([](const YamlEditor &e) { return e.set(p("a"), YamlValue::fromInt(3)); })
            << QStringLiteral("a: 3 # keep\nb: 2\n");
        QTest::newRow("comment stays on the key line of a new list")
            << QStringLiteral("a: # note\nb: 1\n") << Operation([](const YamlEditor &e) {
                   return e.set(p("a"), YamlValue::fromStringList({QStringLiteral("x")}));
               })
            << QStringLiteral("a: # note\n  - x\nb: 1\n");
        QTest::newRow("comment goes on the header of a new literal block")
            << QStringLiteral("a: old # note\nb: 1\n")
            << Operation([](const YamlEditor &e) { return e.set(p("a"), str("two\nlines")); })
            << QStringLiteral("a: |- # note\n  two\n  lines\nb: 1\n");
        QTest::newRow("literal block keeps its indentation")
            << QStringLiteral(
                   "files:\n  - path: a\n    contents: |\n        old\n    mode: \"0600\"\n")
            << Operation([](const YamlEditor &e) {
                   return e.set(p("files[0].contents"), str("new\nlines\n"));
               })
            << QStringLiteral("files:\n  - path: a\n    contents: |\n        new\n        lines\n  "
                              "  mode: \"0600\"\n");
        QTest::newRow("empty value gets a mapping")
            << QStringLiteral("kernel:\ninit: []\n")
            << Operation([](const YamlEditor &e) { return e.set(p("kernel.image"), str("k:1")); })
            << QStringLiteral("kernel:\n  image: k:1\ninit: []\n");
        QTest::newRow("append to empty flow list")
            << QStringLiteral("init: []\n")
            << Operation([](const YamlEditor &e) { return e.appendItem(p("init"), str("a")); })
            << QStringLiteral("init: [a]\n");
        QTest::newRow("empty document")
            << QStringLiteral("# nothing yet\n")
            << Operation([](const YamlEditor &e) { return e.appendItem(p("init"), str("a")); })
            << QStringLiteral("# nothing yet\ninit:\n  - a\n");
        QTest::newRow("remove from flow mapping")
            << QStringLiteral("a: {x: 1, y: 2}\n")
            << Operation([](const YamlEditor &e) { return e.remove(p("a.y")); })
            << QStringLiteral("a: {x: 1}\n");
        QTest::newRow("add to flow mapping")
            << QStringLiteral("a: {x: 1}\n")
            << Operation([](const YamlEditor &e) { return e.set(p("a.z"), str("0644")); })
            << QStringLiteral("a: {x: 1, z: \"0644\"}\n");
        QTest::newRow("byte order mark")
            << QStringLiteral("\ufeffa: 1\nb: 2\n")
            << Operation([](const YamlEditor &e) { return e.set(p("b"), YamlValue::fromInt(3)); })
            << QStringLiteral("\ufeffa: 1\nb: 3\n");
        QTest::newRow("compact list under key")
            << QStringLiteral("init:\n- a\n- b\nx: 1\n")
            << Operation([](const YamlEditor &e) { return e.appendItem(p("init"), str("c")); })
            << QStringLiteral("init:\n- a\n- b\n- c\nx: 1\n");

        // Files without a final line break.
        const QString noEol = QStringLiteral("init:\n  - a\n  - b");
        QTest::newRow("no final newline: append") << noEol << Operation([](const YamlEditor &e) {
            return e.appendItem(p("init"), str("c"));
        }) << QStringLiteral("init:\n  - a\n  - b\n  - c");
        QTest::newRow("no final newline: remove last")
            << noEol << Operation([](const YamlEditor &e) { return e.remove(p("init[1]")); })
            << QStringLiteral("init:\n  - a");
        QTest::newRow("no final newline: move last up")
            << noEol << Operation([](const YamlEditor &e) { return e.moveItem(p("init[1]"), 0); })
            << QStringLiteral("init:\n  - b\n  - a");
        QTest::newRow("no final newline: new key") << noEol << Operation([](const YamlEditor &e) {
            return e.set(p("kernel.image"), str("k"));
        }) << QStringLiteral("kernel:\n  image: k\ninit:\n  - a\n  - b");

        QTest::newRow("no final newline: a literal block at the end keeps its newline")
            << QStringLiteral("files:\n  - path: a") << Operation([](const YamlEditor &e) {
                   return e.set(p("files[0].contents"), str("x\n"));
               })
            << QStringLiteral("files:\n  - path: a\n    contents: |\n      x\n");
        QTest::newRow("no final newline: removing after a literal block keeps its newline")
            << QStringLiteral("a:\n  - |\n    x\n  - b")
            << Operation([](const YamlEditor &e) { return e.remove(p("a[1]")); })
            << QStringLiteral("a:\n  - |\n    x\n");

        // CRLF files stay CRLF.
        QString crlf = sshd;
        crlf.replace(QLatin1String("\n"), QLatin1String("\r\n"));
        QString crlfAfter =
            replaced(sshd, "rngd:984eb580ecb63986f07f626b61692a97aacd7198\n  - name: dhcpcd",
                     "rngd:984eb580ecb63986f07f626b61692a97aacd7198\n    binds:\n"
                     "      - /a:/b\n  - name: dhcpcd");
        crlfAfter.replace(QLatin1String("\n"), QLatin1String("\r\n"));
        QTest::newRow("CRLF stays CRLF") << crlf << Operation([](const YamlEditor &e) {
            return e.appendItem(p("services[1].binds"), str("/a:/b"));
        }) << crlfAfter;
        QString crlfRemoved = replaced(sshd, "    env:\n     - INSECURE=true\n", "    env: []\n");
        crlfRemoved.replace(QLatin1String("\n"), QLatin1String("\r\n"));
        QTest::newRow("CRLF remove") << crlf << Operation([](const YamlEditor &e) {
            return e.remove(p("services[0].env[0]"));
        }) << crlfRemoved;
        QString crlfMoved = replaced(
            sshd,
            "  - name: rngd\n    image: linuxkit/rngd:984eb580ecb63986f07f626b61692a97aacd7198\n"
            "  - name: dhcpcd\n    image: "
            "linuxkit/dhcpcd:b87e9ececac55a65eaa592f4dd8b4e0c3009afdb\n",
            "  - name: dhcpcd\n    image: "
            "linuxkit/dhcpcd:b87e9ececac55a65eaa592f4dd8b4e0c3009afdb\n"
            "  - name: rngd\n    image: linuxkit/rngd:984eb580ecb63986f07f626b61692a97aacd7198\n");
        crlfMoved.replace(QLatin1String("\n"), QLatin1String("\r\n"));
        QTest::newRow("CRLF move") << crlf << Operation([](const YamlEditor &e) {
            return e.moveItem(p("services[2]"), 1);
        }) << crlfMoved;
    }

    void table() {
        QFETCH(QString, before);
        QFETCH(Operation, operation);
        QFETCH(QString, after);
        auto editor = YamlEditor::parse(before, QStringLiteral("t.yml"));
        QVERIFY2(editor.ok(), qPrintable(editor.ok() ? QString() : editor.error().toString()));
        auto edits = operation(*editor);
        QVERIFY2(edits.ok(), qPrintable(edits.ok() ? QString() : edits.error().toString()));
        const QString result = applyYamlTextEdits(before, *edits);
        QCOMPARE(result, after);
        // The UTF-8 convenience gives the same bytes.
        QCOMPARE(applyYamlTextEdits(before.toUtf8(), *edits), after.toUtf8());
    }

    // Edits one after another, each on the text the previous one produced (as the GUI does).
    void chainedEdits() {
        QString text = corpus("current/docker-for-mac.yml");
        YamlValue expected = treeOf(text);
        auto step = [&](const std::function<Result<YamlTextEdits>(const YamlEditor &)> &op,
                        const std::function<void(YamlValue &)> &change) {
            auto editor = YamlEditor::parse(text);
            if (!editor.ok())
                return false;
            change(expected);
            const QString after =
                applyAndCheck(text, op(*editor), expected, QStringLiteral("chained"));
            if (after.isNull())
                return false;
            text = after;
            return true;
        };
        const YamlValue entry = YamlValue::fromMap(
            {{QStringLiteral("name"), str("extra")},
             {QStringLiteral("image"), str("alpine:3.21")},
             {QStringLiteral("binds"), YamlValue::fromStringList({QStringLiteral("/a:/b")})}});
        QVERIFY(step(
            [&](const YamlEditor &e) { return e.appendItem(p("services"), entry); },
            [&](YamlValue &t) { t.value(QStringLiteral("services"))->items().append(entry); }));
        const int last = int(expected.value(QStringLiteral("services"))->items().size() - 1);
        const YamlPath extra = p("services").item(last);
        QVERIFY(step(
            [&](const YamlEditor &e) {
                return e.appendItem(extra.key(QStringLiteral("binds")), str("/c:/d"));
            },
            [&](YamlValue &t) {
                t.find(extra.key(QStringLiteral("binds")))->items().append(str("/c:/d"));
            }));
        QVERIFY(step(
            [&](const YamlEditor &e) {
                return e.set(extra.key(QStringLiteral("readonly")), YamlValue::fromBool(true));
            },
            [&](YamlValue &t) {
                t.find(extra)->insert(QStringLiteral("readonly"), YamlValue::fromBool(true));
            }));
        QVERIFY(step(
            [&](const YamlEditor &e) { return e.moveItem(extra, 0); },
            [&](YamlValue &t) { t.value(QStringLiteral("services"))->items().move(last, 0); }));
        QVERIFY(step([&](const YamlEditor &e) { return e.remove(p("services[0].binds[0]")); },
                     [&](YamlValue &t) { t.find(p("services[0].binds"))->items().removeAt(0); }));
        QVERIFY(step([&](const YamlEditor &e) { return e.remove(p("services[0].binds[0]")); },
                     [&](YamlValue &t) { t.find(p("services[0].binds"))->items().removeAt(0); }));
        QVERIFY(step(
            [&](const YamlEditor &e) { return e.appendItem(p("services[0].binds"), str("/e:/f")); },
            [&](YamlValue &t) { t.find(p("services[0].binds"))->items().append(str("/e:/f")); }));
        QVERIFY(
            step([&](const YamlEditor &e) { return e.remove(p("services[0]")); },
                 [&](YamlValue &t) { t.value(QStringLiteral("services"))->items().removeAt(0); }));
        // Back where it started.
        QCOMPARE(text, corpus("current/docker-for-mac.yml"));
        // applied() gives the next editor directly.
        auto editor = YamlEditor::parse(text, QStringLiteral("mac.yml"));
        QVERIFY(editor.ok());
        auto next = editor->applied(*editor->set(p("kernel.cmdline"), str("console=ttyS0")));
        QVERIFY(next.ok());
        QCOMPARE(next->value(p("kernel.cmdline"))->scalarText(), QStringLiteral("console=ttyS0"));
        QCOMPARE(next->syntaxTree().fileName(), QStringLiteral("mac.yml"));
    }

    void nonAsciiOffsetsAreUtf16() {
        const QString text = QStringLiteral("a: \u00e9t\u00e9 \U0001F600\nb: x\n");
        auto editor = YamlEditor::parse(text);
        QVERIFY(editor.ok());
        auto edits = editor->set(*YamlPath::parse(QStringLiteral("b")), str("z"));
        QVERIFY(edits.ok());
        QCOMPARE(applyYamlTextEdits(text, *edits),
                 QStringLiteral("a: \u00e9t\u00e9 \U0001F600\nb: z\n"));
        QCOMPARE(applyYamlTextEdits(text.toUtf8(), *edits),
                 QStringLiteral("a: \u00e9t\u00e9 \U0001F600\nb: z\n").toUtf8());
    }

    void errorsNameThePathAndPlace() {
        const QString sshd = corpus("current/sshd.yml");
        auto editor = YamlEditor::parse(sshd, QStringLiteral("sshd.yml"));
        QVERIFY(editor.ok());
        auto r = editor->set(p("services[7].readonly"), YamlValue::fromBool(true));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message,
                 QStringLiteral("services[7]: no such item; services has 4 items"));
        QCOMPARE(r.error().location, QStringLiteral("sshd.yml:15:1"));
        r = editor->remove(p("kernel.ucode"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("kernel.ucode: no such key in kernel"));
        QCOMPARE(r.error().location, QStringLiteral("sshd.yml:1:1"));
        r = editor->set(p("kernel[0]"), str("x"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("is a mapping, not a list")));
        r = editor->set(p("init.foo"), str("x"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("is a list")));
        r = editor->moveItem(p("init[0]"), 9);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message,
                 QStringLiteral("init[0]: cannot move to index 9; init has 4 items"));
        auto bad = YamlEditor::parse(QStringLiteral("a: [1,\nb: 2\n"), QStringLiteral("bad.yml"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().location.startsWith(QLatin1String("bad.yml:")));
    }

    void pathSyntax() {
        auto path = YamlPath::parse(QStringLiteral("services[2][\"binds.add\"][0]"));
        QVERIFY(path.ok());
        QCOMPARE(path->size(), 4);
        QCOMPARE(path->segments()[2].key, QStringLiteral("binds.add"));
        QCOMPARE(path->toString(), QStringLiteral("services[2].binds.add[0]"));
        auto sysctl = YamlPath::parse(QStringLiteral("onboot[0].sysctl[\"net.ipv4.ip_forward\"]"));
        QVERIFY(sysctl.ok());
        QCOMPARE(sysctl->last().key, QStringLiteral("net.ipv4.ip_forward"));
        QCOMPARE(sysctl->toString(), QStringLiteral("onboot[0].sysctl[\"net.ipv4.ip_forward\"]"));
        QCOMPARE(YamlPath::parse(sysctl->toString())->segments(), sysctl->segments());
        QCOMPARE(YamlPath().key(QStringLiteral("a b")).key(QStringLiteral("q\"")).toString(),
                 QStringLiteral("[\"a b\"][\"q\\\"\"]"));
        // Both spellings of a LinuxKit dotted key find it.
        const QString sshd = corpus("current/sshd.yml");
        auto editor = YamlEditor::parse(sshd);
        QVERIFY(editor.ok());
        QCOMPARE(editor->value(p("services[3].binds.add[0]"))->scalarText(),
                 QStringLiteral("/root/.ssh:/root/.ssh"));
        QCOMPARE(editor->value(p("services[3][\"binds.add\"][0]"))->scalarText(),
                 QStringLiteral("/root/.ssh:/root/.ssh"));
        QVERIFY(!editor->contains(p("services[3].binds")));
        QVERIFY(!YamlPath::parse(QStringLiteral("a..b")).ok());
        QVERIFY(!YamlPath::parse(QStringLiteral("a[x]")).ok());
        QVERIFY(!YamlPath::parse(QStringLiteral("a.")).ok());
        QVERIFY(YamlPath::parse(QString())->isRoot());
    }

    // A 2000-line config: parsing plus one edit (figures for the report; no timing assertion).
    void largeDocument() {
        QString text = QStringLiteral("kernel:\n  image: linuxkit/kernel:6.12.59\nservices:\n");
        int n = 0;
        while (text.count(QLatin1Char('\n')) < 2000) {
            text += QStringLiteral("  - name: svc%1\n    image: "
                                   "linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0\n"
                                   "    # a comment\n    env:\n     - INSECURE=true\n    binds: "
                                   "[\"/a:/b\", \"/c:/d\"]\n")
                        .arg(n++);
        }
        QElapsedTimer timer;
        // The best of a few runs: the machine is shared.
        qint64 parseNs = std::numeric_limits<qint64>::max();
        Result<YamlEditor> editor = Error(QString());
        const std::clock_t cpuStart = std::clock();
        for (int run = 0; run < 5; ++run) {
            timer.start();
            editor = YamlEditor::parse(text);
            parseNs = std::min(parseNs, timer.nsecsElapsed());
        }
        const double parseCpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / 5;
        QVERIFY(editor.ok());
        timer.restart();
        auto edits = editor->set(p("services[200].readonly"), YamlValue::fromBool(true));
        const qint64 editNs = timer.nsecsElapsed();
        QVERIFY(edits.ok());
        timer.restart();
        auto again = editor->set(p("services[300].binds[1]"), str("/e:/f"));
        const qint64 againNs = timer.nsecsElapsed();
        QVERIFY(again.ok());
        timer.restart();
        const QString after = applyYamlTextEdits(text, *edits);
        const qint64 applyNs = timer.nsecsElapsed();
        QCOMPARE(after.count(QLatin1Char('\n')), text.count(QLatin1Char('\n')) + 1);
        qInfo("2000-line config (%lld lines, %lld chars): parse %.2f ms (CPU %.2f ms), first edit "
              "%.3f ms, "
              "second edit %.3f ms, apply %.3f ms",
              qlonglong(text.count(QLatin1Char('\n'))), qlonglong(text.size()), parseNs / 1e6,
              parseCpuMs, editNs / 1e6, againNs / 1e6, applyNs / 1e6);
    }
};

QTEST_GUILESS_MAIN(TestYamlEdit)
#include "tst_yamledit.moc"
