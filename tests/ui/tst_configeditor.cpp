// SPDX-License-Identifier: Apache-2.0
#include "document/configdocument.h"
#include "document/diagnosticsmodel.h"
#include "document/outlinemodel.h"
#include "editors/entryform.h"
#include "editors/listeditors.h"
#include "editors/scalareditors.h"
#include "editors/tableeditors.h"
#include "mainwindow.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace Lkc;

namespace {
QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString example(const QString &name) {
    return Test::sourceDir() + QStringLiteral("/resources/examples/") + name;
}

// Lines of b that are not in a at the same place (a crude line diff).
QStringList changedLines(const QString &a, const QString &b) {
    const QStringList la = a.split(QLatin1Char('\n'));
    const QStringList lb = b.split(QLatin1Char('\n'));
    QStringList out;
    qsizetype i = 0;
    while (i < la.size() && i < lb.size() && la[i] == lb[i])
        ++i;
    qsizetype ja = la.size() - 1, jb = lb.size() - 1;
    while (ja >= i && jb >= i && la[ja] == lb[jb]) {
        --ja;
        --jb;
    }
    for (qsizetype k = i; k <= jb; ++k)
        out << lb[k];
    return out;
}
} // namespace

class TestConfigEditor : public QObject {
    Q_OBJECT
private slots:
    void modelsPassTheTester() {
        ConfigDocument document;
        QVERIFY(document.load(example(QStringLiteral("sshd.yml"))).ok());
        OutlineModel outline;
        QAbstractItemModelTester outlineTester(&outline);
        outline.setConfig(document.config());
        QVERIFY(outline.rowCount() >= 7);
        DiagnosticsModel diagnostics;
        QAbstractItemModelTester diagnosticsTester(&diagnostics);
        diagnostics.setDiagnostics(document.diagnostics());
        const QModelIndex services = outline.indexForPath(QStringLiteral("services"));
        QVERIFY(services.isValid());
        QVERIFY(outline.rowCount(services) >= 3);
        QCOMPARE(outline.indexForPath(QStringLiteral("services[1].readonly"))
                     .data(OutlineModel::YamlPathRole),
                 QVariant(QStringLiteral("services[1]")));
    }

    // A form edit changes only its line in the text, is one undo step, and the
    // re-parsed model has the change.
    void formEditChangesTheText() {
        MainWindow window;
        QVERIFY(window.openFile(example(QStringLiteral("sshd.yml"))));
        const QString before = window.document()->text();
        window.selectPath(QStringLiteral("services[1]"));
        QCOMPARE(window.form()->currentPath().toString(), QStringLiteral("services[1]"));

        auto *readonlyEditor =
            qobject_cast<BoolFieldEditor *>(window.form()->fieldWidget(QStringLiteral("readonly")));
        QVERIFY(readonlyEditor);
        QComboBox *readonly = readonlyEditor->comboBox();
        QCOMPARE(readonly->currentIndex(), 0); // not set
        readonly->setCurrentIndex(1);
        emit readonly->activated(1);

        const QString after = window.document()->text();
        QCOMPARE(changedLines(before, after).size(), 1);
        QVERIFY(changedLines(before, after).first().trimmed() == QStringLiteral("readonly: true"));
        QVERIFY(window.document()->config().services[1].readonly.value_or(false));
        QVERIFY(window.windowTitle().contains(QLatin1Char('*')));

        window.editor()->undo();
        QCOMPARE(window.document()->text(), before);
        QVERIFY(!window.document()->config().services[1].readonly.has_value());
        window.editor()->redo();
        QCOMPARE(window.document()->text(), after);
    }

    void textEditUpdatesTheForm() {
        MainWindow window;
        QVERIFY(window.openFile(example(QStringLiteral("sshd.yml"))));
        window.selectPath(QStringLiteral("kernel"));
        auto *cmdlineEditor =
            qobject_cast<LineFieldEditor *>(window.form()->fieldWidget(QStringLiteral("cmdline")));
        QVERIFY(cmdlineEditor);
        QLineEdit *cmdline = cmdlineEditor->lineEdit();
        const QString old = cmdline->text();
        QVERIFY(!old.isEmpty());
        QString text = window.document()->text();
        text.replace(old, QStringLiteral("console=ttyS0 quiet"));
        QTextCursor cursor(window.document()->textDocument());
        cursor.select(QTextCursor::Document);
        cursor.insertText(text);
        // Typing re-parses after a short pause; the form follows then.
        QTRY_COMPARE(cmdline->text(), QStringLiteral("console=ttyS0 quiet"));
    }

    void listFieldEditsAList() {
        MainWindow window;
        QVERIFY(window.openFile(example(QStringLiteral("sshd.yml"))));
        window.selectPath(QStringLiteral("services[0]"));
        auto *env =
            qobject_cast<KeyValueEditor *>(window.form()->fieldWidget(QStringLiteral("env")));
        QVERIFY(env);
        const int rows = env->table()->rowCount();
        env->addRow();
        env->table()->item(rows, 1)->setText(QStringLiteral("vt100")); // no name yet: not written
        env->table()->item(rows, 0)->setText(QStringLiteral("TERM"));
        QCOMPARE(window.document()->config().services[0].env.value_or(QStringList()).last(),
                 QStringLiteral("TERM=vt100"));
    }

    // A problem selects the entry, puts the text cursor on its line and the
    // keyboard focus in the field's editor.
    void problemClickFocusesTheField() {
        const QString dir = Test::scratchDir(QStringLiteral("ui-problem-focus"));
        const QString path = dir + QStringLiteral("/caps.yml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kernel:\n  image: linuxkit/kernel:6.6\nservices:\n  - name: x\n"
                "    image: linuxkit/getty:1\n  - name: y\n    image: linuxkit/getty:1\n"
                "    capabilities:\n      - CAP_SYS_ADMN\n");
        f.close();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        DiagnosticsModel *model = window.diagnosticsModel();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(DiagnosticsModel::CodeRole).toString() ==
                QLatin1String("capability"))
                row = r;
        QVERIFY(row >= 0);
        emit window.problemsView()->activated(model->index(row, 0));
        QCOMPARE(window.form()->currentPath().toString(), QStringLiteral("services[1]"));
        QCOMPARE(window.editor()->textCursor().blockNumber(), 8);
        auto *caps = qobject_cast<CapabilitiesEditor *>(
            window.form()->fieldWidget(QStringLiteral("capabilities")));
        QVERIFY(caps);
        QTRY_COMPARE(window.focusWidget(), caps->listWidget());
    }

    // "Did you mean" is one click in the problems list, and one undo step.
    void quickFixFromTheProblemsList() {
        MainWindow window;
        const QString text = QStringLiteral("kernel:\n  image: linuxkit/kernel:6.6\nservices:\n"
                                            "  - name: x\n    image: linuxkit/getty:1\n"
                                            "    readonlly: true\n");
        window.document()->setText(text);
        DiagnosticsModel *model = window.diagnosticsModel();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (!model->index(r, 0).data(DiagnosticsModel::FixRole).toString().isEmpty())
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, 0).data(DiagnosticsModel::FixRole).toString(),
                 QStringLiteral("readonly"));
        emit window.problemsView()->clicked(model->index(row, DiagnosticsModel::FixColumn));
        QVERIFY(window.document()->text().contains(QStringLiteral("    readonly: true\n")));
        QVERIFY(window.document()->config().services[0].readonly.value_or(false));
        window.editor()->undo();
        QCOMPARE(window.document()->text(), text);
    }

    // Entries carry their problems as badges; dropping an entry moves it in the text.
    void outlineBadgesAndDrag() {
        ConfigDocument document;
        document.setText(QStringLiteral("services:\n  - name: a\n    image: x:1\n"
                                        "  - name: b\n    image: x:1\n    readonlly: true\n"
                                        "  - name: c\n    image: x:1\n"));
        OutlineModel outline;
        QAbstractItemModelTester tester(&outline);
        outline.setConfig(document.config(), document.diagnostics());
        const QModelIndex b = outline.indexForPath(QStringLiteral("services[1]"));
        QCOMPARE(b.data(OutlineModel::ErrorCountRole).toInt(), 1);
        QVERIFY(!b.data(Qt::DecorationRole).isNull());
        QCOMPARE(outline.indexForPath(QStringLiteral("services[0]"))
                     .data(OutlineModel::ErrorCountRole)
                     .toInt(),
                 0);
        QCOMPARE(b.parent().data(OutlineModel::ErrorCountRole).toInt(), 1);

        connect(&outline, &OutlineModel::moveRequested, &document, &ConfigDocument::moveItem);
        const QModelIndex c = outline.indexForPath(QStringLiteral("services[2]"));
        QVERIFY(outline.flags(c) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> data(outline.mimeData({c}));
        QVERIFY(data);
        QVERIFY(outline.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, c.parent()));
        outline.dropMimeData(data.get(), Qt::MoveAction, 0, 0, c.parent());
        QCOMPARE(document.config().services[0].name.value_or(QString()), QStringLiteral("c"));
        // A drop into another list is refused.
        QVERIFY(!outline.canDropMimeData(data.get(), Qt::MoveAction, 0, 0,
                                         outline.indexForPath(QStringLiteral("files"))));
    }

    void problemsNavigateToTheirLine() {
        const QString dir = Test::scratchDir(QStringLiteral("ui-problems"));
        const QString path = dir + QStringLiteral("/broken.yml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kernel:\n  image: linuxkit/kernel:6.6\nservices:\n  - name: x\n"
                "    image: linuxkit/getty:1\n    readonlly: true\n");
        f.close();
        MainWindow window;
        QVERIFY(window.openFile(path));
        DiagnosticsModel *model = window.diagnosticsModel();
        QVERIFY(model->errorCount() >= 1);
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(DiagnosticsModel::LineRole).toInt() == 6)
                row = r;
        QVERIFY2(row >= 0, "expected a problem on line 6 (the misspelt key)");
        QVERIFY(model->index(row, DiagnosticsModel::MessageColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("readonly")));
        emit window.problemsView()->activated(model->index(row, 0));
        QCOMPARE(window.editor()->textCursor().blockNumber(), 5);
    }

    void crlfAndUntouchedSaveKeepBytes() {
        const QString dir = Test::scratchDir(QStringLiteral("ui-crlf"));
        QByteArray original = readAll(example(QStringLiteral("minimal.yml")));
        original.replace("\n", "\r\n");
        const QString path = dir + QStringLiteral("/crlf.yml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original);
        f.close();
        ConfigDocument document;
        QVERIFY(document.load(path).ok());
        QCOMPARE(document.toBytes(), original);
        QVERIFY(document.save(dir + QStringLiteral("/out.yml")).ok());
        QCOMPARE(readAll(dir + QStringLiteral("/out.yml")), original);
    }
};

QTEST_MAIN(TestConfigEditor)
#include "tst_configeditor.moc"
