// SPDX-License-Identifier: Apache-2.0
// The YAML view as a code editor: colours, line numbers, problem marks with
// their message, find and replace, go to line, comment/uncomment, and the
// parse that runs on the worker and is applied only for the current text.
#include "document/configdocument.h"
#include "testenv.h"
#include "yaml/findbar.h"
#include "yaml/yamltextview.h"

#include <QLineEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Lkc;

namespace {
const QString kText = QStringLiteral("kernel:\n"
                                     "  image: linuxkit/kernel:6.6 # the kernel\n"
                                     "services:\n"
                                     "  - name: getty\n"
                                     "    image: linuxkit/getty:1\n"
                                     "    readonlly: true\n"
                                     "  - name: getty2\n"
                                     "    image: \"linuxkit/getty:1\"\n");
}

class TestYamlTextView : public QObject {
    Q_OBJECT
private slots:
    void highlightsKeysStringsAndComments() {
        ConfigDocument document;
        YamlTextView view(&document);
        document.setText(kText);
        const QTextBlock image = document.textDocument()->findBlockByNumber(1);
        const QList<QTextLayout::FormatRange> formats = image.layout()->formats();
        QVERIFY(formats.size() >= 2);
        bool key = false, comment = false;
        for (const QTextLayout::FormatRange &r : formats) {
            const QString covered = image.text().mid(r.start, r.length);
            key =
                key || (covered == QLatin1String("image") && r.format.fontWeight() > QFont::Normal);
            comment =
                comment || (covered == QLatin1String("# the kernel") && r.format.fontItalic());
        }
        QVERIFY(key);
        QVERIFY(comment);
        QVERIFY(view.lineNumberAreaWidth() > 0);
        QVERIFY(view.viewport()->geometry().left() >= view.lineNumberAreaWidth());
    }

    void problemsAreUnderlinedWithTheirMessage() {
        ConfigDocument document;
        YamlTextView view(&document);
        document.setText(kText);
        const DiagnosticList here = view.diagnosticsAt(6);
        QVERIFY(!here.isEmpty());
        bool marked = false;
        for (const QTextEdit::ExtraSelection &s : view.extraSelections())
            if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline &&
                s.cursor.blockNumber() == 5) {
                marked = true;
                QCOMPARE(s.cursor.selectedText(), QStringLiteral("readonlly"));
                QVERIFY(s.format.toolTip().contains(QStringLiteral("readonlly")));
            }
        QVERIFY(marked);
    }

    void findReplaceIsOneUndoStep() {
        ConfigDocument document;
        YamlTextView view(&document);
        document.setText(kText);
        view.showFind(true);
        QVERIFY(view.findBar()->isVisibleTo(&view));
        view.findBar()->findField()->setText(QStringLiteral("getty"));
        QVERIFY(view.findBar()->findNext());
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("getty"));
        QCOMPARE(view.textCursor().blockNumber(), 3);
        view.findBar()->replaceField()->setText(QStringLiteral("tty"));
        QCOMPARE(view.findBar()->replaceAll(), 4);
        QVERIFY(!document.text().contains(QStringLiteral("getty")));
        document.textDocument()->undo();
        QCOMPARE(document.text(), kText);
    }

    void goToLine() {
        ConfigDocument document;
        YamlTextView view(&document);
        document.setText(kText);
        view.goToLine(5, 5);
        QCOMPARE(view.textCursor().blockNumber(), 4);
        QCOMPARE(view.textCursor().positionInBlock(), 4);
    }

    void commentAndUncomment() {
        ConfigDocument document;
        YamlTextView view(&document);
        document.setText(kText);
        QTextCursor cursor(document.textDocument());
        cursor.setPosition(document.positionOf(4, 1));
        cursor.setPosition(document.positionOf(6, 3), QTextCursor::KeepAnchor);
        view.setTextCursor(cursor);
        view.toggleComment();
        const QStringList lines = document.text().split(QLatin1Char('\n'));
        QCOMPARE(lines[3], QStringLiteral("  # - name: getty"));
        QCOMPARE(lines[4], QStringLiteral("  #   image: linuxkit/getty:1"));
        QCOMPARE(lines[5], QStringLiteral("  #   readonlly: true"));
        QCOMPARE(lines[6], QStringLiteral("  - name: getty2"));
        view.toggleComment();
        QCOMPARE(document.text(), kText);
        document.textDocument()->undo();
        document.textDocument()->undo();
        QCOMPARE(document.text(), kText);
    }

    // Typing is parsed on the worker; the result of an older text is dropped.
    void typingIsParsedOffTheGuiThread() {
        ConfigDocument document;
        YamlTextView view(&document);
        document.setText(kText);
        QVERIFY(!document.diagnostics().isEmpty());
        const quint64 before = document.generation();
        QTextCursor cursor(document.textDocument());
        cursor.setPosition(int(kText.indexOf(QStringLiteral("readonlly"))) + 7);
        cursor.deleteChar(); // "readonly": the problem goes away
        cursor.insertText(QStringLiteral("l"));
        cursor.deletePreviousChar();
        QVERIFY(document.generation() >= before + 3);
        QVERIFY(document.isParsing());
        int reparsed = 0;
        connect(&document, &ConfigDocument::reparsed, this, [&] { ++reparsed; });
        QTRY_VERIFY(!document.isParsing());
        QVERIFY(reparsed >= 1);
        for (const Diagnostic &d : document.diagnostics())
            QVERIFY2(!d.message.contains(QStringLiteral("readonlly")), qPrintable(d.message));
        QVERIFY(document.config().services[0].readonly.value_or(false));
    }
};

QTEST_MAIN(TestYamlTextView)
#include "tst_yamltextview.moc"
