// SPDX-License-Identifier: Apache-2.0
// The YAML view as a code editor: colours, line numbers, problem marks with
// their message, find and replace, go to line, comment/uncomment, and the
// parse that runs on the worker and is applied only for the current text.
#include "document/configdocument.h"
#include "testenv.h"
#include "yaml/findbar.h"
#include "yaml/yamlhighlighter.h"
#include "yaml/yamltextview.h"

#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
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

    // A big file goes in slice by slice while the event loop runs: no undo step,
    // not modified, read-only until all of it is in, the exact bytes, and checked
    // on the worker. Only the lines on screen are coloured.
    void bigFileLoadsInSlices() {
        const QString dir = Test::scratchDir(QStringLiteral("ui-bigload"));
        const QString path = dir + QStringLiteral("/big.yml");
        QByteArray bytes = "kernel:\n  image: linuxkit/kernel:6.6\nservices:\n";
        for (int i = 0; bytes.size() <= 2 * ConfigDocument::kSyncLoadLimit; ++i)
            bytes += QStringLiteral("  - name: svc%1 # entry\n    image: linuxkit/getty:1\n")
                         .arg(i)
                         .toUtf8();
        bytes +=
            "  - name: last\n    image: linuxkit/getty:1\n    readonlly: true"; // no final newline
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        ConfigDocument document;
        YamlTextView view(&document);
        view.resize(600, 400);
        view.show();
        QSignalSpy loading(&document, &ConfigDocument::loadingChanged);
        QVERIFY(document.load(path).ok());
        QVERIFY(document.isLoading());
        QVERIFY(document.isParsing());
        QVERIFY(view.isReadOnly());
        // Not all of it yet: the rest comes in on later turns of the event loop.
        QVERIFY(document.textDocument()->characterCount() < bytes.size());
        QSignalSpy modified(&document, &ConfigDocument::modificationChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!document.isLoading(), 60000);
        QCOMPARE(loading.size(), 2);
        QCOMPARE(modified.size(), 0);
        QVERIFY(!view.isReadOnly());
        QVERIFY(!document.isModified());
        QVERIFY(!document.textDocument()->isUndoAvailable());
        QCOMPARE(document.toBytes(), bytes);
        QTRY_VERIFY_WITH_TIMEOUT(!document.isParsing(), 60000);
        bool misspelt = false;
        for (const Diagnostic &d : document.lastDiagnostics())
            misspelt = misspelt || d.message.contains(QStringLiteral("readonlly"));
        QVERIFY(misspelt);

        // Colours: the first lines (on screen) yes, the last (off screen) not yet.
        QVERIFY(view.highlighter()->isLazy());
        QTRY_VERIFY(view.highlighter()->isHighlighted(1));
        const int last = document.textDocument()->blockCount() - 1;
        QVERIFY(!view.highlighter()->isHighlighted(last));
        QVERIFY(document.textDocument()->findBlockByNumber(last).layout()->formats().isEmpty());
        // Colouring late is no change of the text.
        const quint64 generation = document.generation();
        view.goToLine(last + 1);
        QTRY_VERIFY(view.highlighter()->isHighlighted(last));
        QVERIFY(!document.textDocument()->findBlockByNumber(last).layout()->formats().isEmpty());
        QCOMPARE(document.generation(), generation);
        QVERIFY(!document.isParsing());

        // Typing is one undo step, and undo gives the loaded bytes back.
        QTest::keyClick(&view, Qt::Key_X);
        QVERIFY(document.isModified());
        document.textDocument()->undo();
        QCOMPARE(document.toBytes(), bytes);
        QVERIFY(!document.textDocument()->isUndoAvailable());
    }

    // A big file keeps CRLF line ends byte for byte; one that is not UTF-8 is
    // refused even when the bad byte comes late.
    void bigFileKeepsCrlfAndRefusesBadBytes() {
        const QString dir = Test::scratchDir(QStringLiteral("ui-bigload-crlf"));
        QByteArray bytes = "services:\r\n";
        for (int i = 0; bytes.size() <= 2 * ConfigDocument::kSyncLoadLimit; ++i)
            bytes +=
                QStringLiteral("  - name: svc%1 # \u00e9t\u00e9\r\n    image: linuxkit/getty:1\r\n")
                    .arg(i)
                    .toUtf8();
        const QString crlf = dir + QStringLiteral("/crlf.yml");
        const QString bad = dir + QStringLiteral("/bad.yml");
        {
            QFile f(crlf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            QFile g(bad);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(bytes + "  - name: \xff\n");
        }
        ConfigDocument document;
        QVERIFY(document.load(crlf).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!document.isLoading(), 60000);
        QVERIFY(!document.text().contains(QLatin1Char('\r')));
        QCOMPARE(document.toBytes(), bytes);
        // Asking for the text (or the parse) during the load puts the rest in at once.
        QVERIFY(document.load(crlf).ok());
        QVERIFY(document.isLoading());
        QCOMPARE(document.toBytes(), bytes);
        QVERIFY(!document.isLoading());
        QVERIFY(!document.isModified());
        QVERIFY(!document.config().services.isEmpty());

        QSignalSpy failed(&document, &ConfigDocument::loadFailed);
        QVERIFY(document.load(bad).ok()); // big: found out while loading
        QTRY_VERIFY_WITH_TIMEOUT(!document.isLoading(), 60000);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("UTF-8")));
        QVERIFY(document.text().isEmpty());
        QVERIFY(document.filePath().isEmpty());
    }

    // A form edit computes its text edit from the last parse and leaves the new
    // parse to the worker; reading the parse right away still gets the new text's.
    void formEditIsParsedOnTheWorker() {
        ConfigDocument document;
        document.setText(kText);
        const quint64 before = document.generation();
        int reparsed = 0;
        connect(&document, &ConfigDocument::reparsed, this, [&] { ++reparsed; });
        QVERIFY(document.setValue(YamlPath::parse(QStringLiteral("services[1].readonly")).value(),
                                  YamlValue::fromBool(true)));
        QCOMPARE(document.generation(), before + 1);
        QVERIFY(document.isParsing());
        QCOMPARE(reparsed, 0);
        QTRY_VERIFY(!document.isParsing());
        QCOMPARE(reparsed, 1);
        QVERIFY(document.config().services[1].readonly.value_or(false));
        document.textDocument()->undo();
        QCOMPARE(document.text(), kText);
    }
};

QTEST_MAIN(TestYamlTextView)
#include "tst_yamltextview.moc"
