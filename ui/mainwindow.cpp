// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"
#include "build/buildpanel.h"
#include "console/consolepanel.h"
#include "document/configdocument.h"
#include "document/diagnosticsmodel.h"
#include "document/outlinemodel.h"
#include "editors/entryform.h"
#include "preview/bootflowview.h"
#include "preview/effectiveconfigview.h"
#include "preview/layoutview.h"
#include "preview/previewcontroller.h"
#include "welcome/guidedtour.h"
#include "welcome/welcomepage.h"
#include "yaml/yamltextview.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace Lkc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ConfigDocument(this))
    , m_editor(new YamlTextView(m_document, this))
    , m_outline(new OutlineModel(this))
    , m_outlineView(new QTreeView(this))
    , m_form(new EntryForm(m_document, this))
    , m_diagnostics(new DiagnosticsModel(this))
    , m_problemsView(new QTableView(this))
    , m_problemSummary(new QLabel(this))
    , m_buildPanel(new BuildPanel(m_document, this))
    , m_consolePanel(new ConsolePanel(this))
    , m_previews(new PreviewController(m_document, this))
    , m_effectiveView(new EffectiveConfigView(this))
    , m_layoutView(new LayoutView(this))
    , m_bootFlowView(new BootFlowView(this))
    , m_welcome(new WelcomePage(this))
    , m_stack(new QStackedWidget(this)) {
    m_outlineView->setModel(m_outline);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setAccessibleName(tr("Outline"));
    m_outlineView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_outlineView->setDragDropMode(QAbstractItemView::InternalMove);
    // Thousands of entries lay out in one pass instead of one measurement per row.
    m_outlineView->setUniformRowHeights(true);
    // Updates in place keep the expansion; only a new shape of the tree needs expanding.
    connect(m_outline, &QAbstractItemModel::modelReset, m_outlineView, &QTreeView::expandAll);
    connect(m_outline, &OutlineModel::moveRequested, m_document, &ConfigDocument::moveItem);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("editorSplitter"));
    splitter->addWidget(m_outlineView);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_form);
    // The form keeps room for its fields next to docks whose text (longer in French) would
    // otherwise take the width; its rows wrap below that.
    m_form->setMinimumWidth(300);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({170, 430, 380});
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(splitter);
    setCentralWidget(m_stack);

    m_problemsView->setModel(m_diagnostics);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problemsView->horizontalHeader()->setSectionResizeMode(DiagnosticsModel::MessageColumn,
                                                             QHeaderView::Stretch);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->setAccessibleName(tr("Problems"));
    createDocks();

    // Run from the build panel: the config's run options, in the console.
    connect(m_buildPanel, &BuildPanel::runRequested, this, [this](const QemuOptions &options) {
        showConsole();
        m_consolePanel->bootWith(options);
    });
    connect(m_consolePanel, &ConsolePanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    statusBar()->addPermanentWidget(m_problemSummary);

    // Problems and outline need only the check, which comes before the forms' parse.
    connect(m_document, &ConfigDocument::checked, this, &MainWindow::onChecked);
    connect(m_document, &ConfigDocument::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_document, &ConfigDocument::loadingChanged, this, [this](bool loading) {
        // A big file is coming in: the old file's entries and problems go, and the
        // form waits for the new parse.
        m_form->setEnabled(!loading);
        if (loading) {
            m_outline->setConfig(Config());
            m_diagnostics->setDiagnostics({});
        }
    });
    connect(m_document, &ConfigDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ConfigDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_outlineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onOutlineSelection);
    connect(m_outlineView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showOutlineMenu);
    connect(m_problemsView, &QAbstractItemView::activated, this, &MainWindow::showProblem);
    connect(m_problemsView, &QAbstractItemView::clicked, this, [this](const QModelIndex &i) {
        if (i.column() == DiagnosticsModel::FixColumn && i.row() < m_diagnostics->rowCount())
            m_document->applyQuickFix(m_diagnostics->diagnostics().at(i.row()));
    });
    connect(m_form, &EntryForm::editFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    // The previews: computed on a worker, shown here; selecting in them selects the entry.
    m_form->setPreview(m_previews); // the form greys what the image's label sets
    connect(m_previews, &PreviewController::containersReady, m_effectiveView,
            &EffectiveConfigView::setContainers);
    connect(m_previews, &PreviewController::bootFlowReady, m_bootFlowView, &BootFlowView::setSteps);
    connect(m_previews, &PreviewController::layoutReady, m_layoutView, &LayoutView::setLayout);
    connect(m_previews, &PreviewController::layoutFailed, m_layoutView, &LayoutView::setMessage);
    connect(m_layoutView, &LayoutView::entrySelected, this, &MainWindow::selectPath);
    connect(m_bootFlowView, &BootFlowView::entrySelected, this, &MainWindow::selectPath);
    connect(m_effectiveView, &EffectiveConfigView::yamlKeyActivated, this, &MainWindow::selectPath);

    connect(m_welcome, &WelcomePage::templateChosen, this, &MainWindow::newFromTemplate);
    connect(m_welcome, &WelcomePage::recentChosen, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::tourRequested, this, &MainWindow::startTour);

    createActions();
    // Not larger than the screen (1366×768 has less height than 800 once panels are out).
    const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(qMin(1440, room.width()), qMin(860, room.height()));
    onChecked();
    updateTitle();
    setAcceptDrops(true);

    // The layout of docks and toolbars as the user left it.
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: dock sizes only hold once the window has its size, so they are set
        // when the event loop runs (1280×800 and 1366×768 keep the text and form roomy).
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_problemsDock}, {qBound(110, height() / 6, 170)}, Qt::Vertical);
            resizeDocks({m_bootFlowDock}, {qBound(280, width() / 4, 400)}, Qt::Horizontal);
        });
    }
    m_welcome->setRecentFiles(recentFiles());
}

void MainWindow::createDocks() {
    const auto makeDock = [this](const QString &title, const QString &name, QWidget *widget,
                                 Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    m_problemsDock = makeDock(tr("Problems"), QStringLiteral("problems"), m_problemsView,
                              Qt::BottomDockWidgetArea);
    // The build and console panels scroll inside their dock: their full height would
    // otherwise be the bottom dock's minimum and take the text's room at 1280×800.
    const auto scrolling = [this](QWidget *panel) {
        auto *area = new QScrollArea(this);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(panel);
        return area;
    };
    m_buildDock = makeDock(tr("Build"), QStringLiteral("build"), scrolling(m_buildPanel),
                           Qt::BottomDockWidgetArea);
    m_consoleDock = makeDock(tr("Console"), QStringLiteral("console"), scrolling(m_consolePanel),
                             Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_problemsDock, m_buildDock);
    tabifyDockWidget(m_buildDock, m_consoleDock);
    m_problemsDock->raise();

    m_bootFlowDock = makeDock(tr("Boot Flow"), QStringLiteral("bootflow"), m_bootFlowView,
                              Qt::RightDockWidgetArea);
    m_layoutDock =
        makeDock(tr("Layout"), QStringLiteral("layout"), m_layoutView, Qt::RightDockWidgetArea);
    m_effectiveDock = makeDock(tr("Effective Configuration"), QStringLiteral("effective"),
                               m_effectiveView, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_bootFlowDock, m_layoutDock);
    tabifyDockWidget(m_layoutDock, m_effectiveDock);
    m_bootFlowDock->raise();
    // The layout flattens images and compresses the initrd: only while it is shown.
    connect(m_layoutDock, &QDockWidget::visibilityChanged, m_previews,
            &PreviewController::setLayoutEnabled);
}

QList<QDockWidget *> MainWindow::docks() const {
    return {m_problemsDock, m_buildDock,  m_consoleDock,
            m_bootFlowDock, m_layoutDock, m_effectiveDock};
}

QDockWidget *MainWindow::dock(const QString &objectName) const {
    for (QDockWidget *d : docks())
        if (d->objectName() == objectName)
            return d;
    return nullptr;
}

void MainWindow::setStorePath(const QString &path) {
    m_storePath = path;
    m_buildPanel->setStorePath(path);
    m_previews->setStorePath(path);
    m_previews->refresh();
}

QString MainWindow::currentPath() const {
    return m_document->filePath();
}

bool MainWindow::isWelcomeShown() const {
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::showWelcome() {
    m_welcome->setRecentFiles(recentFiles());
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::showEditor() {
    m_stack->setCurrentIndex(1);
}

bool MainWindow::openFile(const QString &path) {
    const Status loaded = m_document->load(path);
    if (!loaded.ok()) {
        statusBar()->showMessage(loaded.error().toString());
        return false;
    }
    addRecentFile(QFileInfo(path).absoluteFilePath());
    showEditor();
    // A big file is still loading: its first parse schedules the previews.
    if (!m_document->isParsing())
        m_previews->refresh();
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

void MainWindow::newFromTemplate(const QString &resourcePath) {
    if (!maybeSave())
        return;
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_document->setText(QString::fromUtf8(file.readAll()));
    showEditor();
    m_previews->refresh();
}

bool MainWindow::saveFile(const QString &path) {
    const Status saved = m_document->save(path);
    if (!saved.ok()) {
        QMessageBox::warning(this, tr("Save failed"), saved.error().toString());
        return false;
    }
    addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

void MainWindow::openDialog() {
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open LinuxKit config"), {},
                                                      tr("LinuxKit configs (*.yml *.yaml)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save() {
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveFile(m_document->filePath());
}

bool MainWindow::saveAs() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save LinuxKit config"), {},
                                                      tr("LinuxKit configs (*.yml *.yaml)"));
    return !path.isEmpty() && saveFile(path);
}

bool MainWindow::maybeSave() {
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1%2 — LinuxKit Composer")
                       .arg(m_document->displayName(),
                            m_document->isModified() ? QStringLiteral("*") : QString()));
}

void MainWindow::onChecked() {
    m_outline->setConfig(m_document->config(), m_document->diagnostics());
    m_diagnostics->setDiagnostics(m_document->diagnostics());
    m_problemSummary->setText(tr("%n error(s)", nullptr, m_diagnostics->errorCount()) +
                              QStringLiteral(", ") +
                              tr("%n warning(s)", nullptr, m_diagnostics->warningCount()));
    if (!m_selectedPath.isEmpty()) {
        const QSignalBlocker blocker(m_outlineView->selectionModel());
        const QModelIndex index = m_outline->indexForPath(m_selectedPath);
        if (index != m_outlineView->currentIndex())
            m_outlineView->setCurrentIndex(index);
    }
}

void MainWindow::selectPath(const QString &yamlPath) {
    if (yamlPath.isEmpty())
        return;
    if (isWelcomeShown())
        showEditor();
    const QModelIndex index = m_outline->indexForPath(yamlPath);
    if (index.isValid())
        m_outlineView->setCurrentIndex(index);
}

void MainWindow::showProblem(const QModelIndex &problem) {
    // The entry's form, the problem's line in the text, then the field itself.
    const QString yamlPath = problem.data(DiagnosticsModel::YamlPathRole).toString();
    if (!yamlPath.isEmpty())
        selectPath(yamlPath);
    jumpTo(problem.data(DiagnosticsModel::LineRole).toInt(),
           problem.data(DiagnosticsModel::ColumnRole).toInt());
    if (yamlPath.isEmpty() || !m_form->focusPath(yamlPath))
        m_editor->setFocus();
}

void MainWindow::onOutlineSelection() {
    const QModelIndex index = m_outlineView->currentIndex();
    if (!index.isValid())
        return;
    // Read the index first: showing the form may re-parse a stale text, which
    // resets the outline and leaves `index` dangling.
    m_selectedPath = index.data(OutlineModel::YamlPathRole).toString();
    const QString section = index.data(OutlineModel::SectionRole).toString();
    const int line = index.data(OutlineModel::LineRole).toInt();
    const QString selected = m_selectedPath;
    const Result<YamlPath> path = YamlPath::parse(selected);
    if (path.ok())
        m_form->showNode(section, *path);
    m_effectiveView->showEntry(selected);
    m_bootFlowView->showEntry(selected);
    if (line > 0)
        jumpTo(line, 1);
}

void MainWindow::showConsole() {
    m_consoleDock->show();
    m_consoleDock->raise();
    // The bottom docks start low for the problems list; a booting VM wants a screenful
    // of lines, so the console grows to about 24 lines unless it is taller already.
    // Queued: on first start the docks get their sizes when the event loop runs.
    QTimer::singleShot(0, this, [this] {
        const int wanted =
            qMin(height() / 2, m_consoleDock->fontMetrics().lineSpacing() * 24 + 120);
        if (!m_consoleDock->isFloating() && m_consoleDock->height() < wanted)
            resizeDocks({m_consoleDock}, {wanted}, Qt::Vertical);
    });
}

void MainWindow::bootInConsole(const QString &pathOrPrefix, bool uefi) {
    showConsole();
    m_consolePanel->boot(pathOrPrefix, uefi);
}

void MainWindow::jumpTo(int line, int column) {
    if (line <= 0)
        return;
    QTextCursor cursor(m_document->textDocument());
    cursor.setPosition(m_document->positionOf(line, column));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
}

void MainWindow::startTour() {
    showEditor();
    auto *tour = new GuidedTour(
        this,
        {{m_toolBar, tr("Toolbar"),
          tr("New, Open and Save a config; Build ISO makes a bootable ISO; Run builds a "
             "kernel+initrd and boots it in the console.")},
         {m_outlineView, tr("Outline"),
          tr("The parts of a LinuxKit image in boot order: kernel, init, onboot, services, "
             "onshutdown, files. Select one to edit it; right-click to add, move or remove.")},
         {m_editor, tr("YAML"),
          tr("The config itself. Forms edit this text and nothing else: one undo history for "
             "both.")},
         {m_form, tr("Form"), tr("Every field of the selected entry, with help on each.")},
         {m_bootFlowDock, tr("Boot flow"),
          tr("In what order the image starts and what each step does.")},
         {m_layoutDock, tr("Layout"),
          tr("The files the build will write and how large they are; set a size budget to see "
             "what is too big.")},
         {m_effectiveDock, tr("Effective configuration"),
          tr("The config.json the build writes for the selected container: green from your "
             "YAML, purple from the image's label, grey LinuxKit's defaults.")},
         {m_problemsDock, tr("Problems"),
          tr("Errors and warnings as you type; activate one to go to its line.")},
         {m_buildDock, tr("Build"), tr("Build in any format and watch LinuxKit's progress.")}});
    tour->start();
}

} // namespace Lkc
