// SPDX-License-Identifier: Apache-2.0
// Form edits that change a node's shape, over every node of the corpus: a scalar becomes a
// multi-line string or a list, a list or mapping becomes a scalar. Each re-parses to exactly
// the intended tree and leaves the lines before and after the node alone.
#include "tst_yamledit_support.h"

using namespace Lkc;
using namespace Lkc::EditTest;

class TestYamlEditCorpusReplace : public QObject {
    Q_OBJECT
private slots:
    void corpus_data() { addCorpusRows(); }

    void corpus() {
        LKC_LOAD_CORPUS_ROW();
        const YamlValue multiLine = str("first line\n  second: indented\n\nlast # not a comment\n");
        const YamlValue list =
            YamlValue::fromList({str("a"), YamlValue::fromInt(7),
                                 YamlValue::fromMap({{QStringLiteral("k"), str("0644")}})});
        for (const YamlPath &path : paths) {
            const YamlValue *node = tree.find(path);
            auto span = editor->span(path);
            QVERIFY(span.ok());
            const qsizetype firstLine = span->line - 1;
            const qsizetype lastLine =
                editor->syntaxTree().text().lineOf(span->offset + span->length);
            // Scalars alternate between the two shapes, which keeps the test fast.
            const QList<YamlValue> replacements =
                !node->isScalar() ? QList<YamlValue>{str("scalar now")}
                                  : QList<YamlValue>{(paths.indexOf(path) % 2) ? list : multiLine};
            for (const YamlValue &value : replacements) {
                YamlValue expected = tree;
                *expected.find(path) = value;
                const QString what =
                    QStringLiteral("set %1 to %2").arg(path.toString(), value.toDebugString());
                const QString after = applyAndCheck(text, editor->set(path, value), expected, what);
                QVERIFY2(!after.isNull(), qPrintable(what));
                const LineDiff d = diffLines(text, after);
                QVERIFY2(d.first >= firstLine && d.oldEnd <= lastLine + 1, qPrintable(what));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestYamlEditCorpusReplace)
#include "tst_yamledit_corpusreplace.moc"
