// SPDX-License-Identifier: Apache-2.0
// Every kind of form editor, driven as a user would: each changes exactly the
// lines it should, as one undo step that restores the exact bytes. And the
// schema walk: every key LinuxKit's schema has gets an editor in the form.
#include "config/linuxkitschema.h"
#include "document/configdocument.h"
#include "editors/celllistdialog.h"
#include "editors/entryform.h"
#include "editors/listeditors.h"
#include "editors/modeeditor.h"
#include "editors/scalareditors.h"
#include "editors/tableeditors.h"
#include "testenv.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTableWidget>
#include <QTest>

using namespace Lkc;

namespace {
QString fixtureText() {
    QFile f(Test::sourceDir() + QStringLiteral("/tests/fixtures/ui/every-editor.yml"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The lines of `b` between the common head and tail of `a` and `b`.
QStringList changedLines(const QString &a, const QString &b) {
    const QStringList la = a.split(QLatin1Char('\n'));
    const QStringList lb = b.split(QLatin1Char('\n'));
    qsizetype i = 0;
    while (i < la.size() && i < lb.size() && la[i] == lb[i])
        ++i;
    qsizetype ja = la.size() - 1, jb = lb.size() - 1;
    while (ja >= i && jb >= i && la[ja] == lb[jb]) {
        --ja;
        --jb;
    }
    return lb.mid(i, jb - i + 1);
}

// How many lines of `a` the change replaced.
qsizetype removedLineCount(const QString &a, const QString &b) {
    const QStringList la = a.split(QLatin1Char('\n'));
    const QStringList lb = b.split(QLatin1Char('\n'));
    qsizetype i = 0;
    while (i < la.size() && i < lb.size() && la[i] == lb[i])
        ++i;
    qsizetype ja = la.size() - 1, jb = lb.size() - 1;
    while (ja >= i && jb >= i && la[ja] == lb[jb]) {
        --ja;
        --jb;
    }
    return ja - i + 1;
}

template <typename T> T *editorOf(EntryForm &form, const QString &key) {
    return qobject_cast<T *>(form.fieldWidget(key));
}
} // namespace

class TestFieldEditors : public QObject {
    Q_OBJECT

    ConfigDocument *m_document = nullptr;
    EntryForm *m_form = nullptr;
    QString m_before;

    void open(const QString &section, const QString &path) {
        m_form->showNode(section, *YamlPath::parse(path));
        m_before = m_document->text();
    }
    // The edit replaced `removed` lines by `added`, and one undo brings the bytes back.
    // Waits until the text after an undo is parsed and the form shows it again.
    void settle() { QTRY_VERIFY(!m_document->isParsing()); }
    void expectEdit(const QStringList &added, qsizetype removed) {
        const QString after = m_document->text();
        QCOMPARE(changedLines(m_before, after), added);
        QCOMPARE(removedLineCount(m_before, after), removed);
        m_document->textDocument()->undo();
        QCOMPARE(m_document->text(), m_before);
        QVERIFY(!m_document->textDocument()->isUndoAvailable());
    }

private slots:
    void init() {
        m_document = new ConfigDocument;
        m_document->setText(fixtureText());
        QVERIFY(m_document->editor());
        m_form = new EntryForm(m_document);
    }
    void cleanup() {
        delete m_form;
        delete m_document;
    }

    void textField() {
        open(QStringLiteral("kernel"), QStringLiteral("kernel"));
        auto *cmdline = editorOf<LineFieldEditor>(*m_form, QStringLiteral("cmdline"));
        QVERIFY(cmdline);
        QCOMPARE(cmdline->lineEdit()->text(), QStringLiteral("console=tty0 console=ttyS0"));
        cmdline->lineEdit()->setText(QStringLiteral("console=ttyS0"));
        emit cmdline->lineEdit()->editingFinished();
        expectEdit({QStringLiteral("  cmdline: \"console=ttyS0\"")}, 1);
    }

    void initEntryIsItsImage() {
        open(QStringLiteral("init"), QStringLiteral("init[1]"));
        auto *image = editorOf<LineFieldEditor>(*m_form, QString());
        QVERIFY(image);
        QCOMPARE(image->lineEdit()->text(), QStringLiteral("linuxkit/runc:v1.0"));
        image->lineEdit()->setText(QStringLiteral("linuxkit/runc:v2.0"));
        emit image->lineEdit()->editingFinished();
        expectEdit({QStringLiteral("  - linuxkit/runc:v2.0")}, 1);
    }

    void triStateBoolShowsTheDefault() {
        open(QStringLiteral("services"), QStringLiteral("services[0]"));
        auto *readonly = editorOf<BoolFieldEditor>(*m_form, QStringLiteral("readonly"));
        QVERIFY(readonly);
        QCOMPARE(readonly->comboBox()->currentIndex(), 0);
        QVERIFY(readonly->comboBox()->currentText().contains(QStringLiteral("no")));
        readonly->comboBox()->setCurrentIndex(1);
        emit readonly->comboBox()->activated(1);
        const QStringList added = changedLines(m_before, m_document->text());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().trimmed(), QStringLiteral("readonly: true"));
        expectEdit(added, 0);
    }

    void choiceCombo() {
        open(QStringLiteral("services"), QStringLiteral("services[0]"));
        auto *net = editorOf<ChoiceFieldEditor>(*m_form, QStringLiteral("net"));
        QVERIFY(net);
        const int host = net->comboBox()->findData(QStringLiteral("host"));
        QVERIFY(host > 0);
        net->comboBox()->setCurrentIndex(host);
        emit net->comboBox()->activated(host);
        const QStringList added = changedLines(m_before, m_document->text());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().trimmed(), QStringLiteral("net: host"));
        expectEdit(added, 0);
    }

    void capabilitiesChecklist() {
        open(QStringLiteral("services"), QStringLiteral("services[0]"));
        auto *caps = editorOf<CapabilitiesEditor>(*m_form, QStringLiteral("capabilities"));
        QVERIFY(caps);
        QListWidget *list = caps->listWidget();
        QCOMPARE(list->count(), 41); // every CAP_* the kernel knows
        caps->searchField()->setText(QStringLiteral("sys_adm"));
        int visible = 0;
        QListWidgetItem *admin = nullptr;
        for (int i = 0; i < list->count(); ++i)
            if (!list->item(i)->isHidden()) {
                ++visible;
                admin = list->item(i);
            }
        QCOMPARE(visible, 1);
        QCOMPARE(admin->text(), QStringLiteral("CAP_SYS_ADMIN"));
        admin->setCheckState(Qt::Checked);
        expectEdit({QStringLiteral("      - CAP_SYS_ADMIN")}, 0);

        caps->setAll();
        QCOMPARE(m_document->config().services[0].capabilities.value_or(QStringList()),
                 QStringList{QStringLiteral("all")});
        m_document->textDocument()->undo();
        QCOMPARE(m_document->text(), m_before);
    }

    void stringListEditsAndReorders() {
        open(QStringLiteral("services"), QStringLiteral("services[0]"));
        auto *command = editorOf<StringListEditor>(*m_form, QStringLiteral("command"));
        QVERIFY(command);
        QCOMPARE(command->listWidget()->count(), 3);
        command->listWidget()->item(2)->setText(QStringLiteral("echo bye"));
        expectEdit({QStringLiteral("    command: [\"/bin/sh\", \"-c\", \"echo bye\"]")}, 1);

        // A drag in the list is a row move in its model.
        command->setValue(
            m_document->value(*YamlPath::parse(QStringLiteral("services[0].command"))));
        QVERIFY(command->listWidget()->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
        expectEdit({QStringLiteral("    command: [\"echo hi\", \"/bin/sh\", \"-c\"]")}, 1);
    }

    // A block list: editing, adding and removing an item touch that item's line only.
    void stringListItemEditsAreOneLine() {
        open(QStringLiteral("trust"), QStringLiteral("trust"));
        auto *org = editorOf<StringListEditor>(*m_form, QStringLiteral("org"));
        QVERIFY(org);
        QCOMPARE(org->listWidget()->count(), 1);
        org->addItem(QStringLiteral("docker"));
        expectEdit({QStringLiteral("    - docker")}, 0);
        settle();
        QCOMPARE(org->listWidget()->count(), 1);
        org->listWidget()->item(0)->setText(QStringLiteral("lkc"));
        expectEdit({QStringLiteral("    - lkc")}, 1);
    }

    // A drop on a table row moves that item: its lines and nothing else, one undo step.
    void tableRowsReorderByDrag() {
        open(QStringLiteral("services"), QStringLiteral("services[0]"));
        m_form->resize(900, 1400);
        m_form->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_form));
        auto *binds = editorOf<PartsTableEditor>(*m_form, QStringLiteral("binds"));
        QVERIFY(binds);
        QTableWidget *table = binds->table();
        QCOMPARE(table->rowCount(), 2);
        // Drop row 1 on the upper half of row 0, as a mouse drag ends. (A synthetic
        // QDropEvent never reaches an item view offscreen: the drop's position is what
        // is tested here, the event handler only forwards to it.)
        const QRect first = table->visualRect(table->model()->index(0, 0));
        binds->dropRow(1, QPoint(first.center().x(), first.top() + 2));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("/var/log"));
        expectEdit({QStringLiteral("      - /var/log:/var/log"),
                    QStringLiteral("      - /etc/resolv.conf:/etc/resolv.conf")},
                   2);
        settle();

        // A key/value map (sysctl) moves its entry.
        auto *sysctl = editorOf<KeyValueEditor>(*m_form, QStringLiteral("sysctl"));
        QVERIFY(sysctl);
        sysctl->moveRow(1, 0);
        expectEdit({QStringLiteral("      net.core.somaxconn: \"1024\""),
                    QStringLiteral("      net.ipv4.ip_forward: \"1\"")},
                   2);
        settle();

        // KEY=value pairs (env) and objects (mounts) move as whole items.
        auto *env = editorOf<KeyValueEditor>(*m_form, QStringLiteral("env"));
        env->moveRow(0, 1);
        expectEdit({QStringLiteral("      - TERM=linux"), QStringLiteral("      - INSECURE=true")},
                   2);
        settle();
        auto *mounts = editorOf<ObjectTableEditor>(*m_form, QStringLiteral("mounts"));
        mounts->moveRow(1, 0);
        const QStringList moved = changedLines(m_before, m_document->text());
        QCOMPARE(moved.first(), QStringLiteral("      - destination: /run"));
        QCOMPARE(moved.size(), 8); // both mounts' lines, swapped
        QCOMPARE(
            m_document->value(*YamlPath::parse(QStringLiteral("services[0].mounts[0].destination")))
                ->scalarText(),
            QStringLiteral("/run"));
        expectEdit(moved, 8);
        settle();
        // A row still being filled in does not move (it is not in the YAML yet).
        mounts->addRow();
        const QString before = m_document->text();
        mounts->moveRow(2, 0);
        QCOMPARE(m_document->text(), before);
    }

    // A list inside a cell (a mount's options) has a list editor of its own;
    // each change is one item's edit.
    void listInACellHasItsOwnEditor() {
        open(QStringLiteral("services"), QStringLiteral("services[0]"));
        auto *mounts = editorOf<ObjectTableEditor>(*m_form, QStringLiteral("mounts"));
        QVERIFY(mounts);
        const int options = int(mounts->columnKeys().indexOf(QStringLiteral("options")));
        QVERIFY(options >= 0);
        // Not typed in as text: the cell opens the list editor.
        QVERIFY(!(mounts->table()->item(1, options)->flags() & Qt::ItemIsEditable));
        emit mounts->table()->cellDoubleClicked(1, options);
        QPointer<CellListDialog> dialog = mounts->openCellList(1, options);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QListWidget *list = dialog->listEditor()->listWidget();
        QCOMPARE(list->count(), 2);
        list->item(1)->setText(QStringLiteral("noexec"));
        expectEdit({QStringLiteral("          - noexec")}, 1);
        settle(); // the dialog follows the text
        QCOMPARE(list->item(1)->text(), QStringLiteral("nodev"));

        dialog->listEditor()->addItem(QStringLiteral("ro"));
        expectEdit({QStringLiteral("          - ro")}, 0);
        settle();
        QCOMPARE(list->count(), 2);

        QVERIFY(list->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0));
        expectEdit({QStringLiteral("          - nodev"), QStringLiteral("          - nosuid")}, 2);
        settle();

        list->setCurrentRow(0);
        dialog->listEditor()->removeCurrent();
        expectEdit({}, 1);
        settle();

        // A flow list stays a flow list on its line.
        CellListDialog *flow = mounts->openCellList(0, options);
        QVERIFY(flow);
        QVERIFY(!dialog); // one at a time: the other one closed
        flow->listEditor()->addItem(QStringLiteral("nosuid"));
        expectEdit({QStringLiteral("        options: [rw, nosuid]")}, 1);
        QVERIFY(!mounts->openCellList(
            0, int(mounts->columnKeys().indexOf(QStringLiteral("destination")))));
    }

    void keyValueTables() {
        open(QStringLiteral("services"), QStringLiteral("services[0]"));
        auto *env = editorOf<KeyValueEditor>(*m_form, QStringLiteral("env"));
        QVERIFY(env);
        QCOMPARE(env->table()->item(0, 0)->text(), QStringLiteral("INSECURE"));
        env->table()->item(0, 1)->setText(QStringLiteral("false"));
        expectEdit({QStringLiteral("      - INSECURE=false")}, 1);
        QVERIFY(!env->checkCell(0, 0, QStringLiteral("A=B")).isEmpty());

        auto *sysctl = editorOf<KeyValueEditor>(*m_form, QStringLiteral("sysctl"));
        QVERIFY(sysctl);
        sysctl->table()->item(0, 1)->setText(QStringLiteral("0"));
        const QStringList added = changedLines(m_before, m_document->text());
        QCOMPARE(added.size(), 1);
        QVERIFY(added.first().startsWith(QStringLiteral("      net.ipv4.ip_forward: ")));
        QVERIFY(added.first().contains(QLatin1Char('0')));
        expectEdit(added, 1);
    }

    void partsTableChecksAsYouType() {
        open(QStringLiteral("services"), QStringLiteral("services[0]"));
        auto *binds = editorOf<PartsTableEditor>(*m_form, QStringLiteral("binds"));
        QVERIFY(binds);
        QCOMPARE(binds->table()->columnCount(), 3);
        QCOMPARE(binds->table()->item(0, 1)->text(), QStringLiteral("/etc/resolv.conf"));
        QVERIFY(!binds->checkCell(0, 1, QStringLiteral("etc/resolv.conf")).isEmpty());
        QVERIFY(binds->checkCell(0, 1, QStringLiteral("/etc/hosts")).isEmpty());
        binds->table()->item(0, 2)->setText(QStringLiteral("ro"));
        expectEdit({QStringLiteral("      - /etc/resolv.conf:/etc/resolv.conf:ro")}, 1);
    }

    void objectTableEditsOneKey() {
        open(QStringLiteral("services"), QStringLiteral("services[0]"));
        auto *mounts = editorOf<ObjectTableEditor>(*m_form, QStringLiteral("mounts"));
        QVERIFY(mounts);
        const int source = int(mounts->columnKeys().indexOf(QStringLiteral("source")));
        QVERIFY(source >= 0);
        mounts->table()->item(0, source)->setText(QStringLiteral("tmpfs"));
        const QStringList added = changedLines(m_before, m_document->text());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().trimmed(), QStringLiteral("source: tmpfs"));
        expectEdit(added, 0);

        auto *devices = editorOf<ObjectTableEditor>(*m_form, QStringLiteral("devices"));
        QVERIFY(devices);
        const int major = int(devices->columnKeys().indexOf(QStringLiteral("major")));
        QVERIFY(!devices->checkCell(0, major, QStringLiteral("x1")).isEmpty());
        QVERIFY(devices->checkCell(0, major, QStringLiteral("4")).isEmpty());
    }

    void modeGrid() {
        open(QStringLiteral("files"), QStringLiteral("files[0]"));
        auto *mode = editorOf<ModeEditor>(*m_form, QStringLiteral("mode"));
        QVERIFY(mode);
        QVERIFY(mode->bitBox(8)->isChecked());  // owner read
        QVERIFY(!mode->bitBox(0)->isChecked()); // others execute
        mode->bitBox(0)->setChecked(true);
        QCOMPARE(mode->octalEdit()->text(), QStringLiteral("0645"));
        expectEdit({QStringLiteral("    mode: \"0645\"")}, 1);
    }

    void contentsEditor() {
        open(QStringLiteral("files"), QStringLiteral("files[0]"));
        auto *contents = editorOf<ContentsFieldEditor>(*m_form, QStringLiteral("contents"));
        QVERIFY(contents);
        QCOMPARE(contents->textEdit()->toPlainText(), QStringLiteral("hello\n"));
        contents->textEdit()->setPlainText(QStringLiteral("hello\nworld\n"));
        contents->commit();
        QCOMPARE(m_document->config().files[0].contents.value_or(QString()),
                 QStringLiteral("hello\nworld\n"));
        QCOMPARE(removedLineCount(m_before, m_document->text()), 1);
        m_document->textDocument()->undo();
        QCOMPARE(m_document->text(), m_before);
    }

    void fileKindShowsOnlyItsFields() {
        open(QStringLiteral("files"), QStringLiteral("files[0]"));
        QComboBox *kind = m_form->fileKindCombo();
        QVERIFY(kind);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("contents"));
        QVERIFY(!m_form->fieldWidget(QStringLiteral("contents"))->isHidden());
        QVERIFY(m_form->fieldWidget(QStringLiteral("symlink"))->isHidden());
        const int directory = kind->findData(QStringLiteral("directory"));
        kind->setCurrentIndex(directory);
        emit kind->activated(directory);
        QVERIFY(m_document->config().files[0].directory.value_or(false));
        QVERIFY(!m_document->config().files[0].contents.has_value());
        QVERIFY(m_form->fieldWidget(QStringLiteral("contents"))->isHidden());
        m_document->textDocument()->undo(); // one step for both keys
        QCOMPARE(m_document->text(), m_before);
    }

    void nestedObjectField() {
        open(QStringLiteral("services"), QStringLiteral("services[0]"));
        auto *mkdir = editorOf<StringListEditor>(*m_form, QStringLiteral("runtime/mkdir"));
        QVERIFY(mkdir);
        mkdir->addItem(QStringLiteral("/var/lib/getty"));
        QCOMPARE(m_document->value(*YamlPath::parse(QStringLiteral("services[0].runtime.mkdir[0]")))
                     ->scalarText(),
                 QStringLiteral("/var/lib/getty"));
        QCOMPARE(removedLineCount(m_before, m_document->text()), 0);
        m_document->textDocument()->undo();
        QCOMPARE(m_document->text(), m_before);
    }

    // Typing YAML updates the form.
    void typingUpdatesTheForm() {
        open(QStringLiteral("services"), QStringLiteral("services[0]"));
        auto *caps = editorOf<CapabilitiesEditor>(*m_form, QStringLiteral("capabilities"));
        QTextCursor cursor(m_document->textDocument());
        cursor.setPosition(m_document->text().indexOf(QStringLiteral("CAP_NET_ADMIN")));
        cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        cursor.movePosition(QTextCursor::EndOfLine, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("CAP_KILL"));
        // The worker parses the new text; the form follows when it is applied.
        QTRY_VERIFY(!m_document->isParsing());
        bool killChecked = false, netAdminChecked = true;
        for (int i = 0; i < caps->listWidget()->count(); ++i) {
            const QListWidgetItem *item = caps->listWidget()->item(i);
            if (item->text() == QLatin1String("CAP_KILL"))
                killChecked = item->checkState() == Qt::Checked;
            if (item->text() == QLatin1String("CAP_NET_ADMIN"))
                netAdminChecked = item->checkState() == Qt::Checked;
        }
        QVERIFY(killChecked);
        QVERIFY(!netAdminChecked);
    }

    // Every property the schema has under kernel, init, the image entries (with
    // runtime, devices, mounts, resources, rlimits, id mappings), files, volumes
    // and trust has an editor in the form; a table counts for its columns.
    void schemaWalkFindsAnEditorForEveryKey() {
        const QJsonObject properties =
            LinuxKitSchema::root().value(QLatin1String("properties")).toObject();
        const struct {
            const char *section;
            const char *path;
        } nodes[] = {{"kernel", "kernel"},        {"init", "init[0]"},
                     {"onboot", "onboot[0]"},     {"onshutdown", "onshutdown[0]"},
                     {"services", "services[0]"}, {"files", "files[0]"},
                     {"volumes", "volumes[0]"},   {"trust", "trust"}};
        QStringList missing;
        int checked = 0;
        std::function<void(const QJsonObject &, const QString &)> walk =
            [&](const QJsonObject &schema, const QString &prefix) {
                const QJsonObject resolved = LinuxKitSchema::resolve(schema);
                const QJsonObject props = resolved.value(QLatin1String("properties")).toObject();
                for (auto it = props.begin(); it != props.end(); ++it) {
                    const QString key = prefix.isEmpty() ? it.key() : prefix + u'/' + it.key();
                    const QJsonObject child = LinuxKitSchema::resolve(it.value().toObject());
                    ++checked;
                    if (!m_form->fieldWidget(key))
                        missing << key;
                    if (child.value(QLatin1String("type")).toString() == QLatin1String("object") &&
                        child.contains(QLatin1String("properties")))
                        walk(child, key);
                    const QJsonObject items =
                        LinuxKitSchema::resolve(child.value(QLatin1String("items")).toObject());
                    for (const QString &column :
                         items.value(QLatin1String("properties")).toObject().keys()) {
                        ++checked;
                        if (!m_form->fieldWidget(key + u'/' + column))
                            missing << key + u'/' + column;
                    }
                }
            };
        for (const auto &node : nodes) {
            const QString section = QString::fromLatin1(node.section);
            m_form->showNode(section, *YamlPath::parse(QString::fromLatin1(node.path)));
            const QJsonObject schema = properties.value(section).toObject();
            if (section == QLatin1String("init")) {
                ++checked;
                if (!m_form->fieldWidget(QString()))
                    missing << QStringLiteral("init[]");
                continue;
            }
            QJsonObject entry = LinuxKitSchema::resolve(schema);
            if (entry.value(QLatin1String("type")).toString() == QLatin1String("array"))
                entry = entry.value(QLatin1String("items")).toObject();
            const int before = int(missing.size());
            walk(entry, QString());
            for (int i = before; i < missing.size(); ++i)
                missing[i].prepend(section + u':');
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no editor for: ") +
                                               missing.join(QStringLiteral(", "))));
        QVERIFY(checked > 150); // the walk really went through the image entry's depth
    }
};

QTEST_MAIN(TestFieldEditors)
#include "tst_fieldeditors.moc"
