// SPDX-License-Identifier: Apache-2.0
// `lkc set` values that YAML readers are picky about: a tab (plain, YAML 1.1
// readers reject it) must be quoted and come back exactly as given.
#include "config/yamleditor.h"
#include "config/yamlemitter.h"
#include "config/yamlvalue.h"
#include "testenv.h"

#include <QFile>
#include <QTest>

using namespace Lkc;

namespace {

// Runs `lkc set FILE PATH VALUE -o -` on a small config and returns stdout.
QByteArray setOnCli(const QStringList &valueArgs) {
    const QString dir = Test::scratchDir(QStringLiteral("yamlsetquoting"));
    const QString file = dir + QStringLiteral("/c.yml");
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("kernel:\n  image: k\n");
    f.close();
    const Test::ProcessResult r =
        Test::runLkc(QStringList{QStringLiteral("set"), file, QStringLiteral("kernel.image")} +
                     valueArgs + QStringList{QStringLiteral("-o"), QStringLiteral("-")});
    return r.exitCode == 0 ? r.out : QByteArray("exit ") + QByteArray::number(r.exitCode) + r.err;
}

QString readBack(const QByteArray &yaml) {
    auto editor = YamlEditor::parse(QString::fromUtf8(yaml), QStringLiteral("c.yml"));
    if (!editor)
        return QStringLiteral("<parse error>");
    auto v = editor->value(*YamlPath::parse(QStringLiteral("kernel.image")));
    return v ? v->scalarText() : QStringLiteral("<missing>");
}

} // namespace

class TestYamlSetQuoting : public QObject {
    Q_OBJECT
private slots:
    void tabIsQuoted() {
        QVERIFY(YamlEmitter::needsQuotes(QStringLiteral("a\tb"), false));
        const QByteArray out = setOnCli({QStringLiteral("a\tb")});
        QVERIFY2(out.contains("image: \"a\\tb\"") || out.contains("image: 'a\tb'"),
                 out.constData());
        QCOMPARE(readBack(out), QStringLiteral("a\tb"));
    }
};

QTEST_GUILESS_MAIN(TestYamlSetQuoting)
#include "tst_yamlsetquoting.moc"
