// SPDX-License-Identifier: Apache-2.0
// The window's previews and first-run parts, driven through the real widgets
// on a small image store made here (kernel, init and a labelled service).
#include "build/buildpanel.h"
#include "document/configdocument.h"
#include "image/imagebuilder.h"
#include "mainwindow.h"
#include "preview/bootflowmodel.h"
#include "preview/bootflowview.h"
#include "preview/effectiveconfigview.h"
#include "preview/effectivelinesmodel.h"
#include "preview/imagepicker.h"
#include "preview/layoutmodel.h"
#include "preview/layoutview.h"
#include "preview/localimagesmodel.h"
#include "preview/previewcontroller.h"
#include "testenv.h"
#include "welcome/guidedtour.h"
#include "welcome/welcomepage.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Lkc;

namespace {
const char *kConfig = "kernel:\n"
                      "  image: lkc.local/t/kernel:1\n"
                      "  cmdline: \"console=ttyS0\"\n"
                      "  tar: none\n"
                      "init:\n"
                      "  - lkc.local/t/init:1\n"
                      "onboot:\n"
                      "  - name: first\n"
                      "    image: lkc.local/t/svc:1\n"
                      "    command: [\"/bin/true\"]\n"
                      "services:\n"
                      "  - name: web\n"
                      "    image: lkc.local/t/svc:1\n"
                      "    readonly: true\n"
                      "files:\n"
                      "  - path: etc/motd\n"
                      "    contents: \"hi\\n\"\n"
                      "  - path: etc/data\n"
                      "    source: data.txt\n";
} // namespace

class TestPreviews : public QObject {
    Q_OBJECT
private:
    QString m_dir, m_store, m_config;

    bool makeImage(const QString &name, const QMap<QString, QByteArray> &files,
                   const QMap<QString, QString> &labels = {}) {
        const QString root = m_dir + QStringLiteral("/img-") + name;
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QString path = root + QLatin1Char('/') + it.key();
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write(it.value());
        }
        Result<ContentStore> store = ContentStore::open(m_store);
        if (!store)
            return false;
        ImageBuildOptions options;
        options.fromDirectory = root;
        options.ref = QStringLiteral("lkc.local/t/") + name + QStringLiteral(":1");
        options.labels = labels;
        options.cmd = {QStringLiteral("/bin/sh")};
        return ImageBuilder::build(options, *store, JobControl()).ok();
    }

    // A window on the test store with the config open and the previews done.
    std::unique_ptr<MainWindow> openWindow(bool withLayout) {
        auto w = std::make_unique<MainWindow>();
        w->setStorePath(m_store);
        w->show();
        if (withLayout)
            w->dock(QStringLiteral("layout"))->raise();
        QSignalSpy done(w->previews(), &PreviewController::finished);
        if (!w->openFile(m_config))
            return nullptr;
        for (int i = 0; i < 100 && (w->previews()->isRunning() || done.isEmpty()); ++i)
            done.wait(200);
        for (int i = 0; withLayout && i < 300 && w->layoutView()->model()->rowCount() == 0; ++i)
            QTest::qWait(100);
        return w;
    }

private slots:
    void initTestCase() {
        m_dir = Test::scratchDir(QStringLiteral("ui-previews"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir + QStringLiteral("/settings"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir + QStringLiteral("/settings"));
        m_store = m_dir + QStringLiteral("/store");
        QVERIFY(makeImage(QStringLiteral("kernel"),
                          {{QStringLiteral("kernel"), QByteArray(40000, 'k')}}));
        QVERIFY(
            makeImage(QStringLiteral("init"), {{QStringLiteral("init"), QByteArray("#!/bin/sh\n")},
                                               {QStringLiteral("bin/sh"), QByteArray(5000, 's')}}));
        QVERIFY(makeImage(
            QStringLiteral("svc"), {{QStringLiteral("bin/true"), QByteArray(3000, 't')}},
            {{QStringLiteral("org.mobyproject.config"),
              QStringLiteral("{\"capabilities\":[\"CAP_NET_ADMIN\"],\"net\":\"host\"}")}}));
        m_config = m_dir + QStringLiteral("/conf/test.yml");
        QDir().mkpath(m_dir + QStringLiteral("/conf"));
        QFile c(m_config);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(kConfig);
        c.close();
        // Read from the config's folder, not the test's working directory.
        QFile d(m_dir + QStringLiteral("/conf/data.txt"));
        QVERIFY(d.open(QIODevice::WriteOnly));
        d.write(QByteArray(1234, 'd'));
    }

    void modelsPassTheTester() {
        auto w = openWindow(true);
        QVERIFY(w);
        QAbstractItemModelTester layout(w->layoutView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester boot(w->bootFlowView()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        w->selectPath(QStringLiteral("services[0]"));
        QAbstractItemModelTester config(w->effectiveView()->configModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester runtime(w->effectiveView()->runtimeModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImagePicker picker(m_store, QStringLiteral("lkc.local/t/svc:1"), w.get());
        QAbstractItemModelTester images(picker.localModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(picker.localModel()->rowCount(), 3);
        QVERIFY(w->layoutView()->model()->rowCount(w->layoutView()->model()->index(0, 0)) > 2);
        w->layoutView()->setBudgetMiB(1); // marks change on every level
        w->previews()->refresh();
        QSignalSpy again(w->previews(), &PreviewController::finished);
        QVERIFY(again.wait(30000));
        w->layoutView()->setBudgetMiB(0);
    }

    void effectiveConfigNamesSources() {
        auto w = openWindow(false);
        QVERIFY(w);
        w->selectPath(QStringLiteral("services[0]"));
        QCOMPARE(w->effectiveView()->shownEntry(), QStringLiteral("services[0]"));
        const QList<EffectiveLine> &lines = w->effectiveView()->configModel()->lines();
        QVERIFY(!lines.isEmpty());
        bool label = false, yaml = false;
        for (const EffectiveLine &l : lines) {
            if (l.text.contains(QLatin1String("CAP_NET_ADMIN")))
                label = l.source == ValueSource::Label;
            if (l.jsonPath == QLatin1String("root.readonly"))
                yaml = l.source == ValueSource::Yaml &&
                       l.yamlPath == QLatin1String("services[0].readonly");
        }
        QVERIFY(label);
        QVERIFY(yaml);
    }

    void layoutNodeSelectsTheEntry() {
        auto w = openWindow(true);
        QVERIFY(w);
        LayoutModel *model = w->layoutView()->model();
        const QModelIndex web = model->indexForPath(QStringLiteral("containers/services/web"));
        QVERIFY(web.isValid());
        w->layoutView()->treeView()->setCurrentIndex(web);
        QCOMPARE(w->selectedPath(), QStringLiteral("services[0]"));
        const QModelIndex motd = model->indexForPath(QStringLiteral("etc/motd"));
        w->layoutView()->treeView()->setCurrentIndex(motd);
        QCOMPARE(w->selectedPath(), QStringLiteral("files[0]"));
        // files: source: data.txt was read from the config's folder.
        const QModelIndex data = model->indexForPath(QStringLiteral("etc/data"));
        QVERIFY(data.isValid());
        QCOMPARE(data.data(LayoutModel::BytesRole).toLongLong(), 1234);
        QVERIFY(w->layoutView()->summary().contains(QLatin1String("initrd")));
        // A budget marks what is larger than it.
        w->layoutView()->setBudgetMiB(1);
        QVERIFY(!model->index(0, 0).data(LayoutModel::OverBudgetRole).toBool());
    }

    void bootFlowStepSelectsTheEntry() {
        auto w = openWindow(false);
        QVERIFY(w);
        BootFlowModel *model = w->bootFlowView()->model();
        QStringList order;
        for (const BootStep &s : model->steps())
            order.append(s.yamlPath);
        QCOMPARE(order, (QStringList{QStringLiteral("kernel"), QStringLiteral("init[0]"),
                                     QStringLiteral("onboot[0]"), QStringLiteral("services[0]")}));
        w->bootFlowView()->listView()->setCurrentIndex(model->index(2));
        QCOMPARE(w->selectedPath(), QStringLiteral("onboot[0]"));
        QVERIFY(model->steps()[2].detail.contains(QLatin1String("/bin/true")));
        // And the other way: the outline selection shows its step.
        w->selectPath(QStringLiteral("services[0]"));
        QCOMPARE(w->bootFlowView()->listView()->currentIndex().row(), 3);
    }

    void pinAllIsOneUndoStep() {
        auto w = openWindow(false);
        QVERIFY(w);
        const QString before = w->editor()->toPlainText();
        QCOMPARE(w->pinAllImages(), 4);
        const QString after = w->editor()->toPlainText();
        QCOMPARE(after.count(QStringLiteral("@sha256:")), 4);
        QVERIFY(after.contains(QLatin1String("image: lkc.local/t/svc:1@sha256:")));
        w->editor()->undo();
        QCOMPARE(w->editor()->toPlainText(), before);
        // One entry alone.
        w->selectPath(QStringLiteral("onboot[0]"));
        QVERIFY(w->pinSelectedImage());
        QCOMPARE(w->editor()->toPlainText().count(QStringLiteral("@sha256:")), 1);
        w->editor()->undo();
        QCOMPARE(w->editor()->toPlainText(), before);
    }

    void recentFilesAndWelcome() {
        QSettings().remove(QStringLiteral("recentFiles"));
        {
            MainWindow w;
            QVERIFY(w.isWelcomeShown());
            QVERIFY(w.openFile(m_config));
            QVERIFY(!w.isWelcomeShown());
        }
        MainWindow w;
        QCOMPARE(w.recentFiles().value(0), QFileInfo(m_config).absoluteFilePath());
        QListWidget *list = w.welcomePage()->recentList();
        QCOMPARE(list->count(), 1);
        emit list->itemActivated(list->item(0));
        QCOMPARE(w.currentPath(), QFileInfo(m_config).absoluteFilePath());

        // A template from the welcome page opens untitled, every key with a reason.
        MainWindow fresh;
        emit fresh.welcomePage()->templateChosen(QStringLiteral(":/templates/minimal.yml"));
        QVERIFY(!fresh.isWelcomeShown());
        QVERIFY(fresh.currentPath().isEmpty());
        QVERIFY(fresh.editor()->toPlainText().contains(QLatin1String("linuxkit/init")));
    }

    void templatesExplainEveryKey() {
        const QRegularExpression key(QStringLiteral("^\\s*(- )?([A-Za-z.]+):"));
        for (const WelcomePage::Template &t : WelcomePage::templates()) {
            QFile f(t.resource);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(t.resource));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            int keys = 0;
            for (int i = 0; i < lines.size(); ++i) {
                const QRegularExpressionMatch m = key.match(lines[i]);
                if (!m.hasMatch())
                    continue;
                ++keys;
                const bool commented = i > 0 && lines[i - 1].trimmed().startsWith(QLatin1Char('#'));
                // "- name: x" carries the comment for the image line right after it.
                const bool imageOfNamedEntry =
                    m.captured(2) == QLatin1String("image") && i > 0 &&
                    lines[i - 1].trimmed().startsWith(QLatin1String("- name:"));
                QVERIFY2(commented || imageOfNamedEntry,
                         qPrintable(t.resource + QStringLiteral(":%1: ").arg(i + 1) + lines[i]));
            }
            QVERIFY(keys > 5);
        }
    }

    void viewMenuBringsBackAClosedDock() {
        MainWindow w;
        w.show();
        for (QDockWidget *dock : w.docks()) {
            dock->close();
            QVERIFY(!dock->isVisible());
            QAction *toggle = nullptr;
            for (QAction *a : w.viewMenu()->actions())
                if (a->text() == dock->windowTitle())
                    toggle = a;
            QVERIFY2(toggle, qPrintable(dock->windowTitle()));
            QVERIFY(!toggle->isChecked());
            toggle->trigger();
            QVERIFY(dock->isVisible());
        }
    }

    void layoutIsRemembered() {
        {
            MainWindow w;
            w.show();
            w.dock(QStringLiteral("console"))->close();
            w.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(!again.dock(QStringLiteral("console"))->isVisible());
        QVERIFY(again.dock(QStringLiteral("problems"))->isVisible() ||
                again.dock(QStringLiteral("build"))->isVisible());
        again.dock(QStringLiteral("console"))->show();
        again.close();
    }

    void dropOpensAYaml() {
        MainWindow w;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_config)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(w.currentPath(), QFileInfo(m_config).absoluteFilePath());
    }

    void tourWalksTheWindow() {
        MainWindow w;
        w.show();
        w.startTour();
        auto *tour = w.findChild<GuidedTour *>();
        QVERIFY(tour);
        QVERIFY(tour->isVisible());
        QCOMPARE(tour->currentStep(), 0);
        tour->next();
        QVERIFY(tour->currentStep() > 0);
        QPointer<GuidedTour> alive(tour);
        QTest::keyClick(tour, Qt::Key_Escape);
        QTRY_VERIFY(!alive || !alive->isVisible());
    }

    void buildFromTheWindowReadsTheConfigFolder() {
        auto w = openWindow(false);
        QVERIFY(w);
        const QString out = m_dir + QStringLiteral("/out");
        w->buildPanel()->setOutputDir(out);
        w->buildPanel()->setFormat(QStringLiteral("tar"));
        w->buildPanel()->setStorePath(m_store);
        QSignalSpy finished(w->buildPanel(), &BuildPanel::buildFinished);
        // The test runs elsewhere: a relative source must still be found.
        QVERIFY(QDir::current() != QDir(m_dir + QStringLiteral("/conf")));
        w->buildPanel()->startBuild();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
    }

    void helpFindsTheGuide() {
        // From the build tree the guide beside the sources is found.
        QVERIFY2(!MainWindow::userGuidePath().isEmpty() ||
                     !QFileInfo::exists(QCoreApplication::applicationDirPath() +
                                        QStringLiteral("/../../docs/user-guide.md")),
                 "user guide not found");
    }
};

QTEST_MAIN(TestPreviews)
#include "tst_previews.moc"
