// SPDX-License-Identifier: Apache-2.0
// Every corpus config survives parsing unchanged, and setting any value to what it already
// is changes no byte: the spans the editor finds for each node are exact.
#include "config/yamleditor.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Lkc;

static QStringList corpusFiles() {
    QStringList files;
    const QString root = Test::sourceDir() + QStringLiteral("/tests/fixtures/corpus");
    for (const QString &era : {QStringLiteral("current"), QStringLiteral("2017")}) {
        const QDir dir(root + QLatin1Char('/') + era);
        for (const QString &name :
             dir.entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    return files;
}

// yaml-cpp rejects this example (a comment line at column 0 inside a literal block, which
// go-yaml skips); the editor must then refuse it with the place of the problem.
static bool yamlCppRejects(const QString &file) {
    return file.endsWith(QLatin1String("current/static-ip.yml"));
}

static QByteArray readFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Every path of a tree whose node is a scalar or null.
static void scalarPaths(const YamlValue &v, const YamlPath &at, QList<YamlPath> &out) {
    if (v.isList()) {
        for (qsizetype i = 0; i < v.items().size(); ++i)
            scalarPaths(v.items()[i], at.item(int(i)), out);
    } else if (v.isMap()) {
        for (const auto &[key, child] : v.entries())
            scalarPaths(child, at.key(key), out);
    } else {
        out.append(at);
    }
}

class TestRoundtrip : public QObject {
    Q_OBJECT
private slots:
    void corpusIsComplete() {
        // 33 current examples and 14 from 2017; a missing file would silently shrink the tests.
        QVERIFY(corpusFiles().size() >= 47);
    }

    void unchangedBytes_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("crlf");
        for (const QString &file : corpusFiles()) {
            const QString name =
                QFileInfo(file).dir().dirName() + QLatin1Char('/') + QFileInfo(file).fileName();
            QTest::newRow(qPrintable(name)) << file << false;
            QTest::newRow(qPrintable(name + QStringLiteral(" (CRLF)"))) << file << true;
        }
    }

    void unchangedBytes() {
        QFETCH(QString, file);
        QFETCH(bool, crlf);
        QByteArray bytes = readFile(file);
        QVERIFY(!bytes.isEmpty());
        if (crlf)
            bytes.replace("\n", "\r\n");
        auto editor = YamlEditor::parse(QString::fromUtf8(bytes), file);
        if (yamlCppRejects(file)) {
            QVERIFY(!editor.ok());
            QVERIFY(editor.error().location.endsWith(QLatin1String("static-ip.yml:28:7")));
            return;
        }
        QVERIFY2(editor.ok(), qPrintable(editor.ok() ? QString() : editor.error().toString()));
        QCOMPARE(editor->text().toUtf8(), bytes);
        QCOMPARE(applyYamlTextEdits(bytes, YamlTextEdits{}), bytes);
        QCOMPARE(editor->syntaxTree().text().lineBreak(),
                 crlf ? QStringLiteral("\r\n") : QStringLiteral("\n"));
    }

    void identityEditsChangeNothing_data() { unchangedBytes_data(); }

    void identityEditsChangeNothing() {
        QFETCH(QString, file);
        QFETCH(bool, crlf);
        QByteArray bytes = readFile(file);
        if (crlf)
            bytes.replace("\n", "\r\n");
        const QString text = QString::fromUtf8(bytes);
        if (yamlCppRejects(file))
            QSKIP("yaml-cpp cannot parse this file (see unchangedBytes)");
        auto editor = YamlEditor::parse(text, file);
        QVERIFY(editor.ok());
        auto tree = editor->value(YamlPath());
        QVERIFY(tree.ok());
        QList<YamlPath> paths;
        scalarPaths(*tree, YamlPath(), paths);
        QVERIFY(paths.size() > 3);
        for (const YamlPath &path : paths) {
            auto current = editor->value(path);
            QVERIFY2(current.ok(), qPrintable(path.toString()));
            auto edits = editor->set(path, *current);
            QVERIFY2(edits.ok(), qPrintable(path.toString()));
            const QString after = applyYamlTextEdits(text, *edits);
            if (after != text) {
                qWarning() << "set" << path.toString() << "to" << current->toDebugString()
                           << "changed the text:" << edits->constFirst().offset
                           << edits->constFirst().length << edits->constFirst().replacement;
            }
            QCOMPARE(after, text);
        }
    }
};

QTEST_GUILESS_MAIN(TestRoundtrip)
#include "tst_roundtrip.moc"
