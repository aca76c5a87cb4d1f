// SPDX-License-Identifier: Apache-2.0
// Form edits as text replacements, over every node of the corpus: adding keys and list items and
// moving items re-parse to exactly the intended tree and touch only the lines they must.
#include "tst_yamledit_support.h"

#include <algorithm>

using namespace Lkc;
using namespace Lkc::EditTest;

class TestYamlEditCorpusAdd : public QObject {
    Q_OBJECT
private slots:
    void corpus_data() { addCorpusRows(); }

    // Every node of every corpus file: remove it, set it, add to it, reorder it.
    void corpus() {
        LKC_LOAD_CORPUS_ROW();
        for (const YamlPath &path : paths) {
            const QString name = path.toString();
            const YamlValue *node = tree.find(path);
            QVERIFY(node);
            auto span = editor->span(path);
            QVERIFY(span.ok());

            // append to a list: exactly one new line (block) or one changed line (flow).
            if (node->isList()) {
                YamlValue expected = tree;
                expected.find(path)->items().append(str("appended-item"));
                const QString after =
                    applyAndCheck(text, editor->appendItem(path, str("appended-item")), expected,
                                  QStringLiteral("append to ") + name);
                QVERIFY2(!after.isNull(), qPrintable(QStringLiteral("append to ") + name));
                const LineDiff d = diffLines(text, after);
                QVERIFY2(d.newCount() - d.oldCount() <= 1 && d.oldCount() <= 1,
                         qPrintable(QStringLiteral("append to ") + name));
                // And insert at the front.
                expected = tree;
                expected.find(path)->items().prepend(str("first-item"));
                QVERIFY(!applyAndCheck(text, editor->insertItem(path, 0, str("first-item")),
                                       expected, QStringLiteral("insert into ") + name)
                             .isNull());
            }
            // a new key with a nested value in a mapping: only new lines.
            if (node->isMap()) {
                const YamlValue added = YamlValue::fromMap({{QStringLiteral("path"), str("etc/x")},
                                                            {QStringLiteral("mode"), str("0644")}});
                YamlValue expected = tree;
                expected.find(path)->insert(QStringLiteral("newkey"), added);
                const QString after =
                    applyAndCheck(text, editor->set(path.key(QStringLiteral("newkey")), added),
                                  expected, QStringLiteral("add key to ") + name);
                QVERIFY2(!after.isNull(), qPrintable(QStringLiteral("add key to ") + name));
                const LineDiff d = diffLines(text, after);
                QVERIFY2(d.oldCount() <= 1, qPrintable(QStringLiteral("add key to ") + name));
            }
            // reorder: first to last and last to first; the lines are the same set.
            if (node->isList() && node->items().size() >= 2) {
                const int last = int(node->items().size() - 1);
                YamlValue expected = tree;
                expected.find(path)->items().move(0, last);
                const QString after = applyAndCheck(text, editor->moveItem(path.item(0), last),
                                                    expected, QStringLiteral("move in ") + name);
                QVERIFY2(!after.isNull(), qPrintable(QStringLiteral("move in ") + name));
                QStringList a = text.split(QLatin1Char('\n'));
                QStringList b = after.split(QLatin1Char('\n'));
                // Block lists move whole lines (flow lists move items within lines).
                if (!text.mid(span->offset, span->length).contains(QLatin1Char('['))) {
                    std::sort(a.begin(), a.end());
                    std::sort(b.begin(), b.end());
                    QCOMPARE(a, b);
                }
                expected = tree;
                expected.find(path)->items().move(last, 0);
                QVERIFY(!applyAndCheck(text, editor->moveItem(path.item(last), 0), expected,
                                       QStringLiteral("move back in ") + name)
                             .isNull());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestYamlEditCorpusAdd)
#include "tst_yamledit_corpusadd.moc"
