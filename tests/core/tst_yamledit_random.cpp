// SPDX-License-Identifier: Apache-2.0
// Random chains of form edits (fixed seed) over corpus files, each on the text the previous
// edit produced: every step re-parses to exactly the tree an independent model predicts.
#include "tst_yamledit_support.h"

#include <QRandomGenerator>

using namespace Lkc;
using namespace Lkc::EditTest;

namespace {

YamlValue randomValue(QRandomGenerator &rng, int depth) {
    static const char *const strings[] = {
        "plain",  "0644", "yes", "@pkg:./x", "a: b", "",           "multi\nline\n",
        "/a:/b",  "-1",   "#x",  "[x]",      "ünï",  " lead",      "x #y",
        "null",   "~",    "1e3", "t\tab",    "a,b",  "two\nlines", "  indented\nfirst\n",
        "k: {x}", "'q'"};
    switch (rng.bounded(depth > 0 ? 6 : 4)) {
    case 0:
        return YamlValue::fromBool(rng.bounded(2) == 1);
    case 1:
        return YamlValue::fromInt(rng.bounded(1000));
    case 2:
    case 3:
        return str(strings[rng.bounded(int(std::size(strings)))]);
    case 4: {
        QList<YamlValue> items;
        for (int i = 0, n = rng.bounded(1, 3); i < n; ++i)
            items.append(randomValue(rng, depth - 1));
        return YamlValue::fromList(items);
    }
    default: {
        QList<YamlValue::Entry> entries;
        for (int i = 0, n = rng.bounded(1, 3); i < n; ++i)
            entries.append({QStringLiteral("k%1").arg(i), randomValue(rng, depth - 1)});
        return YamlValue::fromMap(entries);
    }
    }
}

} // namespace

class TestYamlEditRandom : public QObject {
    Q_OBJECT
private slots:
    void randomChains() {
        // LKC_YAMLEDIT_CHAINS and LKC_YAMLEDIT_SEED run a longer or different search.
        const int chains = qEnvironmentVariableIntValue("LKC_YAMLEDIT_CHAINS") > 0
                               ? qEnvironmentVariableIntValue("LKC_YAMLEDIT_CHAINS")
                               : 12;
        QRandomGenerator rng(qEnvironmentVariableIsSet("LKC_YAMLEDIT_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("LKC_YAMLEDIT_SEED"))
                                 : 20260401u);
        const QStringList files = corpusFiles();
        int steps = 0;
        for (int chain = 0; chain < chains; ++chain) {
            const QString file = files[rng.bounded(int(files.size()))];
            QString text = readText(file);
            if (rng.bounded(3) == 0)
                text.replace(QLatin1String("\n"), QLatin1String("\r\n"));
            if (rng.bounded(3) == 0 && text.endsWith(QLatin1Char('\n')))
                text.chop(text.endsWith(QLatin1String("\r\n")) ? 2 : 1);
            YamlValue model = treeOf(text);
            for (int step = 0; step < 25; ++step, ++steps) {
                auto editor = YamlEditor::parse(text, file);
                QVERIFY2(editor.ok(),
                         qPrintable(editor.ok() ? QString() : editor.error().toString()));
                QList<YamlPath> paths;
                allPaths(model, YamlPath(), paths);
                if (paths.isEmpty())
                    break;
                const YamlPath path = paths[rng.bounded(int(paths.size()))];
                YamlValue *node = model.find(path);
                QVERIFY(node);
                YamlValue expected = model;
                Result<YamlTextEdits> edits = Error(QString());
                QString what;
                const int op = rng.bounded(5);
                if (op == 0 && path.size() > 1) {
                    removeAt(expected, path);
                    edits = editor->remove(path);
                    what = QStringLiteral("remove");
                } else if (op == 1 && node->isList()) {
                    const YamlValue v = randomValue(rng, 1);
                    const int at = rng.bounded(int(node->items().size()) + 1);
                    expected.find(path)->items().insert(at, v);
                    edits = editor->insertItem(path, at, v);
                    what = QStringLiteral("insert %1 at %2").arg(v.toDebugString()).arg(at);
                } else if (op == 2 && node->isList() && node->items().size() >= 2) {
                    const int from = rng.bounded(int(node->items().size()));
                    const int to = rng.bounded(int(node->items().size()));
                    expected.find(path)->items().move(from, to);
                    edits = editor->moveItem(path.item(from), to);
                    what = QStringLiteral("move %1 to %2").arg(from).arg(to);
                } else if (op == 3 && node->isMap()) {
                    const YamlValue v = randomValue(rng, 1);
                    const QString key = QStringLiteral("new%1").arg(step);
                    expected.find(path)->insert(key, v);
                    edits = editor->set(path.key(key), v);
                    what = QStringLiteral("add %1: %2").arg(key, v.toDebugString());
                } else {
                    const YamlValue v = randomValue(rng, 1);
                    *expected.find(path) = v;
                    edits = editor->set(path, v);
                    what = QStringLiteral("set to %1").arg(v.toDebugString());
                }
                what = QStringLiteral("%1 step %2: %3 %4")
                           .arg(file)
                           .arg(step)
                           .arg(path.toString(), what);
                const QString after = applyAndCheck(text, edits, expected, what);
                QVERIFY2(!after.isNull(), qPrintable(what));
                // CRLF files stay CRLF.
                if (text.contains(QLatin1String("\r\n")))
                    QVERIFY2(after.count(QLatin1Char('\n')) == after.count(QLatin1String("\r\n")),
                             qPrintable(what));
                text = after;
                model = expected;
            }
        }
        QVERIFY(steps > 200);
    }
};

QTEST_GUILESS_MAIN(TestYamlEditRandom)
#include "tst_yamledit_random.moc"
