// SPDX-License-Identifier: Apache-2.0
// Form edits as text replacements, over every node of the corpus: removing keys and items re-parse
// to exactly the intended tree and touch only the lines they must.
#include "tst_yamledit_support.h"

#include <algorithm>

using namespace Lkc;
using namespace Lkc::EditTest;

class TestYamlEditCorpusRemove : public QObject {
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

            // remove: only the entry's lines (and comments right above it) change; an
            // emptied parent becomes [] or {} on its own key line.
            {
                YamlValue expected = tree;
                removeAt(expected, path);
                const QString after = applyAndCheck(text, editor->remove(path), expected,
                                                    QStringLiteral("remove ") + name);
                QVERIFY2(!after.isNull(), qPrintable(QStringLiteral("remove ") + name));
                const LineDiff d = diffLines(text, after);
                // The first key of `- name: x` takes the next key up to the '-' line.
                const QString lineText = text.split(QLatin1Char('\n')).at(firstLine);
                const bool behindDash =
                    lineText.left(span->column - 1).trimmed() == QLatin1String("-");
                qsizetype allowedEnd = lastLine + 1;
                if (behindDash) { // … and the comments between them go
                    const YamlValue *parent = tree.find(path.parent());
                    if (parent->entries().size() > 1) {
                        auto next = editor->span(path.parent().key(parent->entries().at(1).first));
                        QVERIFY(next.ok());
                        allowedEnd = next->line;
                    }
                }
                auto parentSpan = editor->span(path.parent());
                if (!path.parent().isRoot() && parentSpan.ok() &&
                    text.mid(parentSpan->offset, parentSpan->length).contains(QLatin1Char('['))) {
                    // In a flow list over several lines the next item moves up.
                    allowedEnd = editor->syntaxTree().text().lineOf(parentSpan->offset +
                                                                    parentSpan->length) +
                                 1;
                }
                QVERIFY2(d.oldEnd <= allowedEnd, qPrintable(QStringLiteral("remove ") + name));
                QVERIFY2(d.first >= firstLine - 4, qPrintable(QStringLiteral("remove ") + name));
                QVERIFY2(d.newCount() <= 1, qPrintable(QStringLiteral("remove ") + name));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestYamlEditCorpusRemove)
#include "tst_yamledit_corpusremove.moc"
