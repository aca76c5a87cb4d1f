// SPDX-License-Identifier: Apache-2.0
// The syntax tree and editor the window and `lkc set` use hold to the config reader's
// limits (YamlLimits: 4 MiB, 100 levels as written, 200 and 200,000 nodes after aliases),
// with clear errors, and refuse an edit whose result would break them.
#include "config/configreader.h"
#include "config/yamleditor.h"
#include "config/yamllimits.h"

#include <QTest>

using namespace Lkc;

namespace {

QString nested(int levels) {
    return QString(levels, QLatin1Char('[')) + QString(levels, QLatin1Char(']'));
}

QString aliasBomb() {
    QString bomb = QStringLiteral("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; ++i)
        bomb += QStringLiteral(
                    "a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                    .arg(i)
                    .arg(i - 1);
    return bomb;
}

} // namespace

class TestYamlLimits : public QObject {
    Q_OBJECT
private slots:
    void treeRefusesWhatTheReaderRefuses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("location");
        QTest::newRow("101 levels")
            << QStringLiteral("a: ") + nested(101) << QStringLiteral("deeper than 100 levels")
            << QStringLiteral("t.yml:1:103");
        QTest::newRow("200000 brackets")
            << QString(200000, QLatin1Char('[')) << QStringLiteral("deeper than 100 levels")
            << QStringLiteral("t.yml:1:");
        QTest::newRow("alias bomb")
            << aliasBomb() << QStringLiteral("more than 200000 nodes") << QStringLiteral("t.yml:");
        QTest::newRow("alias tower") <<
            [] {
                QString t = QStringLiteral("a0: &a0 ") + nested(90) + QLatin1Char('\n');
                for (int i = 1; i < 5; ++i)
                    t += QStringLiteral("a%1: &a%1 %2*a%3%4\n")
                             .arg(i)
                             .arg(QString(90, QLatin1Char('[')))
                             .arg(i - 1)
                             .arg(QString(90, QLatin1Char(']')));
                return t;
            }() << QStringLiteral("more than 200 levels")
                                     << QStringLiteral("t.yml:");
        QTest::newRow("alias in itself")
            << QStringLiteral("a: &x [1, *x]\n") << QStringLiteral("contains it")
            << QStringLiteral("t.yml:1:11");
        QTest::newRow("over 4 MiB")
            << QString(4 * 1024 * 1024 + 1, QLatin1Char('a')) << QStringLiteral("larger than 4 MiB")
            << QStringLiteral("t.yml:1:1");
    }
    void treeRefusesWhatTheReaderRefuses() {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QFETCH(QString, location);
        const Result<YamlEditor> editor = YamlEditor::parse(text, QStringLiteral("t.yml"));
        QVERIFY(!editor.ok());
        QVERIFY2(editor.error().message.contains(words), qPrintable(editor.error().toString()));
        QVERIFY2(editor.error().location.startsWith(location), qPrintable(editor.error().location));
        // The reader refuses the same text.
        QVERIFY(ConfigReader::readText(text.toUtf8(), QStringLiteral("t.yml")).hasErrors());
        // So does a value given to `lkc set` (aliases are followed there too).
        if (!words.contains(QLatin1String("4 MiB")))
            QVERIFY(!YamlValue::parse(text).ok());
    }

    void withinTheLimitsIsFine() {
        const Result<YamlEditor> editor =
            YamlEditor::parse(QStringLiteral("a: ") + nested(99) + QLatin1Char('\n'));
        QVERIFY2(editor.ok(), qPrintable(editor ? QString() : editor.error().toString()));
        QVERIFY(YamlEditor::parse(QStringLiteral("a: &x [1, 2]\nb: *x\n")).ok());
    }

    void editsMayNotBreakTheLimits() {
        const Result<YamlEditor> editor = YamlEditor::parse(QStringLiteral("a:\n  b: 1\n"));
        QVERIFY(editor.ok());
        // 2 levels of path + 99 of value: 101.
        YamlValue deep = YamlValue::fromString(QStringLiteral("x"));
        for (int i = 0; i < 99; ++i)
            deep = YamlValue::fromList({deep});
        const Result<YamlTextEdits> tooDeep =
            editor->set(YamlPath::parse(QStringLiteral("a.b")).value(), deep);
        QVERIFY(!tooDeep.ok());
        QVERIFY2(tooDeep.error().message.contains(QLatin1String("101 levels")),
                 qPrintable(tooDeep.error().toString()));
        // One level less is fine, and reads back.
        const Result<YamlTextEdits> fits =
            editor->set(YamlPath::parse(QStringLiteral("a.b")).value(), deep.items().first());
        QVERIFY(fits.ok());
        QVERIFY(editor->applied(*fits).ok());

        const QString big(YamlLimits::kMaxInputBytes, QLatin1Char('x'));
        const Result<YamlTextEdits> tooBig =
            editor->set(YamlPath::parse(QStringLiteral("a.c")).value(), YamlValue::fromString(big));
        QVERIFY(!tooBig.ok());
        QVERIFY2(tooBig.error().message.contains(QLatin1String("larger than 4 MiB")),
                 qPrintable(tooBig.error().toString()));
        const Result<YamlTextEdits> item = editor->insertItem(
            YamlPath::parse(QStringLiteral("a.list")).value(), 0, YamlValue::fromString(big));
        QVERIFY(!item.ok());
    }
};

QTEST_GUILESS_MAIN(TestYamlLimits)
#include "tst_yamllimits.moc"
