// SPDX-License-Identifier: Apache-2.0
// The form greys, for every key the YAML leaves out, what the image's
// org.mobyproject.config label sets (read on the preview's worker from a
// content store made here), else LinuxKit's default; and it says when the
// image is not in the store.
#include "document/configdocument.h"
#include "editors/entryform.h"
#include "editors/listeditors.h"
#include "editors/scalareditors.h"
#include "image/contentstore.h"
#include "image/imagebuilder.h"
#include "preview/previewcontroller.h"
#include "testenv.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Lkc;

namespace {
const char *kConfig = "kernel:\n"
                      "  image: lkc.local/t/kernel:1\n"
                      "init:\n"
                      "  - lkc.local/t/init:1\n"
                      "services:\n"
                      "  - name: web\n"
                      "    image: lkc.local/t/svc:1\n"
                      "    capabilities:\n"
                      "      - CAP_CHOWN\n"
                      "  - name: gone\n"
                      "    image: lkc.local/t/missing:1\n";

const char *kLabel = R"({"capabilities":["CAP_NET_ADMIN","CAP_SYS_ADMIN"],"readonly":true,)"
                     R"("net":"host","cwd":"/srv","binds":["/var/run:/var/run"],)"
                     R"("sysctl":{"net.ipv4.ip_forward":"1"},)"
                     R"("mounts":[{"type":"cgroup","destination":"/sys/fs/cgroup"}]})";

template <typename T> T *editorOf(EntryForm &form, const char *key) {
    return qobject_cast<T *>(form.fieldWidget(QString::fromLatin1(key)));
}
} // namespace

class TestFormLabels : public QObject {
    Q_OBJECT
    QString m_store;

private slots:
    void initTestCase() {
        const QString dir = Test::scratchDir(QStringLiteral("ui-formlabels"));
        m_store = dir + QStringLiteral("/store");
        QDir().mkpath(dir + QStringLiteral("/img/bin"));
        QFile f(dir + QStringLiteral("/img/bin/true"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(300, 't'));
        f.close();
        Result<ContentStore> store = ContentStore::open(m_store);
        QVERIFY(store.ok());
        ImageBuildOptions options;
        options.fromDirectory = dir + QStringLiteral("/img");
        options.ref = QStringLiteral("lkc.local/t/svc:1");
        options.labels = {{QStringLiteral("org.mobyproject.config"), QString::fromUtf8(kLabel)}};
        options.cmd = {QStringLiteral("/bin/true")};
        QVERIFY(ImageBuilder::build(options, *store, JobControl()).ok());
    }

    void labelValuesAreGreyedWhereTheYamlIsSilent() {
        ConfigDocument document;
        document.setText(QString::fromUtf8(kConfig));
        PreviewController preview(&document);
        preview.setStorePath(m_store);
        EntryForm form(&document);
        form.setPreview(&preview);
        form.showNode(QStringLiteral("services"), *YamlPath::parse(QStringLiteral("services[0]")));
        // The form never reads the store itself: until the worker answers it says so.
        QVERIFY(form.labelStatus().startsWith(QStringLiteral("Reading")));

        QSignalSpy done(&preview, &PreviewController::finished);
        preview.refresh();
        QVERIFY(done.wait(30000));
        QVERIFY(form.labelStatus().contains(QStringLiteral("org.mobyproject.config label")));

        auto *readonly = editorOf<BoolFieldEditor>(form, "readonly");
        QVERIFY(readonly);
        QCOMPARE(readonly->comboBox()->currentIndex(), 0);
        QCOMPARE(readonly->comboBox()->itemText(0),
                 QStringLiteral("not set (from image label: yes)"));
        auto *net = editorOf<ChoiceFieldEditor>(form, "net");
        QVERIFY(net);
        QCOMPARE(net->comboBox()->itemText(0), QStringLiteral("not set (from image label: host)"));
        auto *cwd = editorOf<LineFieldEditor>(form, "cwd");
        QVERIFY(cwd);
        QCOMPARE(cwd->lineEdit()->placeholderText(), QStringLiteral("from image label: /srv"));
        QVERIFY(cwd->lineEdit()->text().isEmpty());

        // Lists and tables: a greyed line under the editor.
        const struct {
            const char *key;
            const char *text;
        } hints[] = {{"binds", "from image label: /var/run:/var/run"},
                     {"sysctl", "from image label: net.ipv4.ip_forward: 1"},
                     {"mounts", "from image label: {type: cgroup, destination: /sys/fs/cgroup}"}};
        for (const auto &h : hints) {
            QLabel *hint = form.inheritedHint(QString::fromLatin1(h.key));
            QVERIFY2(hint, h.key);
            QVERIFY2(!hint->isHidden(), h.key);
            QCOMPARE(hint->text(), QString::fromLatin1(h.text));
            QCOMPARE(hint->foregroundRole(), QPalette::PlaceholderText);
        }
        // The YAML sets capabilities: its list is shown, not the label's.
        QVERIFY(form.inheritedHint(QStringLiteral("capabilities"))->isHidden());

        // Setting a key in the form replaces the label's value; removing it brings it back.
        readonly->comboBox()->setCurrentIndex(2);
        emit readonly->comboBox()->activated(2);
        QVERIFY(document.text().contains(QStringLiteral("    readonly: false\n")));
        QCOMPARE(readonly->comboBox()->currentIndex(), 2);
        document.textDocument()->undo();
        QTRY_COMPARE(readonly->comboBox()->currentIndex(), 0);
        QCOMPARE(readonly->comboBox()->itemText(0),
                 QStringLiteral("not set (from image label: yes)"));

        // An image the store does not have: the form says so, the defaults show.
        form.showNode(QStringLiteral("services"), *YamlPath::parse(QStringLiteral("services[1]")));
        QVERIFY(form.labelStatus().startsWith(
            QStringLiteral("Image not in the local store: label values unknown")));
        auto *unknown = editorOf<BoolFieldEditor>(form, "readonly"); // the form was rebuilt
        QVERIFY(unknown);
        QCOMPARE(unknown->comboBox()->itemText(0), QStringLiteral("not set (default: no)"));
        QVERIFY(!editorOf<LineFieldEditor>(form, "cwd")
                     ->lineEdit()
                     ->placeholderText()
                     .startsWith(QStringLiteral("from image label")));
        QVERIFY(!form.inheritedHint(QStringLiteral("binds"))
                     ->text()
                     .startsWith(QStringLiteral("from image label")));
    }
};

QTEST_MAIN(TestFormLabels)
#include "tst_formlabels.moc"
