// SPDX-License-Identifier: Apache-2.0
// Form edits as text replacements, over every node of the corpus: setting values re-parse to
// exactly the intended tree and touch only the lines they must.
#include "tst_yamledit_support.h"

#include <algorithm>

using namespace Lkc;
using namespace Lkc::EditTest;

class TestYamlEditCorpusSet : public QObject {
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
            const qsizetype firstLine = span->line - 1;
            const qsizetype lastLine =
                editor->syntaxTree().text().lineOf(span->offset + span->length);

            // set a scalar to a new string: only its own lines change.
            if (node->isScalar()) {
                YamlValue expected = tree;
                *expected.find(path) = str("new value: needs 'quotes'");
                const QString after = applyAndCheck(text, editor->set(path, *expected.find(path)),
                                                    expected, QStringLiteral("set ") + name);
                QVERIFY2(!after.isNull(), qPrintable(QStringLiteral("set ") + name));
                const LineDiff d = diffLines(text, after);
                QVERIFY2(d.first >= firstLine && d.oldEnd <= lastLine + 1,
                         qPrintable(QStringLiteral("set ") + name));
                QVERIFY(d.newCount() >= 1 && d.newCount() <= d.oldCount());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestYamlEditCorpusSet)
#include "tst_yamledit_corpusset.moc"
