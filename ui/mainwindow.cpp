// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"
#include "build/buildpanel.h"
#include "console/consolepanel.h"
#include "document/configdocument.h"
#include "document/diagnosticsmodel.h"
#include "document/outlinemodel.h"
#include "editors/entryform.h"
#include "editors/fieldcatalog.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBlock>
#include <QTreeView>

namespace Lkc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ConfigDocument(this))
    , m_editor(new QPlainTextEdit(this))
    , m_outline(new OutlineModel(this))
    , m_outlineView(new QTreeView(this))
    , m_form(new EntryForm(m_document, this))
    , m_diagnostics(new DiagnosticsModel(this))
    , m_problemsView(new QTableView(this))
    , m_problemSummary(new QLabel(this))
    , m_buildPanel(new BuildPanel(m_document, this))
    , m_consolePanel(new ConsolePanel(this)) {
    m_editor->setDocument(m_document->textDocument());
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("YAML text"));

    m_outlineView->setModel(m_outline);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setAccessibleName(tr("Outline"));
    m_outlineView->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_outlineView);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({220, 520, 420});
    setCentralWidget(splitter);

    m_problemsView->setModel(m_diagnostics);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problemsView->horizontalHeader()->setSectionResizeMode(DiagnosticsModel::MessageColumn,
                                                             QHeaderView::Stretch);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->setAccessibleName(tr("Problems"));
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problems"));
    problemsDock->setWidget(m_problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    m_buildDock = new QDockWidget(tr("Build"), this);
    m_buildDock->setObjectName(QStringLiteral("build"));
    m_buildDock->setWidget(m_buildPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_buildDock);
    m_consoleDock = new QDockWidget(tr("Console"), this);
    m_consoleDock->setObjectName(QStringLiteral("console"));
    m_consoleDock->setWidget(m_consolePanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_consoleDock);
    tabifyDockWidget(problemsDock, m_buildDock);
    tabifyDockWidget(m_buildDock, m_consoleDock);
    problemsDock->raise();
    resizeDocks({problemsDock}, {220}, Qt::Vertical);
    // Run from the build panel (issue 9): the config's run options, in the console.
    connect(m_buildPanel, &BuildPanel::runRequested, this, [this](const QemuOptions &options) {
        m_consoleDock->raise();
        m_consolePanel->bootWith(options);
    });
    connect(m_consolePanel, &ConsolePanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    statusBar()->addPermanentWidget(m_problemSummary);

    connect(m_document, &ConfigDocument::reparsed, this, &MainWindow::onReparsed);
    connect(m_document, &ConfigDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ConfigDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_outlineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onOutlineSelection);
    connect(m_outlineView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showOutlineMenu);
    connect(m_problemsView, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        jumpTo(i.data(DiagnosticsModel::LineRole).toInt(),
               i.data(DiagnosticsModel::ColumnRole).toInt());
    });
    connect(m_form, &EntryForm::editFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    createMenus();
    resize(1280, 800);
    onReparsed();
    updateTitle();
}

void MainWindow::createMenus() {
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *templates = fileMenu->addMenu(tr("&New from Template"));
    const QDir examples(QStringLiteral(":/examples"));
    for (const QString &name : examples.entryList({QStringLiteral("*.yml")}, QDir::Files)) {
        const QString path = examples.filePath(name);
        templates->addAction(name, this, [this, path] { newFromTemplate(path); });
    }
    fileMenu->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    fileMenu->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    fileMenu->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *buildMenu = menuBar()->addMenu(tr("&Build"));
    buildMenu->addAction(tr("&Build"), QKeySequence(Qt::CTRL | Qt::Key_B), this, [this] {
        m_buildDock->raise();
        m_buildPanel->startBuild();
    });
    buildMenu->addAction(tr("&Cancel Build"), m_buildPanel, &BuildPanel::cancelBuild);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo =
        editMenu->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QPlainTextEdit::undo);
    QAction *redo =
        editMenu->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QPlainTextEdit::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_document->textDocument(), &QTextDocument::undoAvailable, undo, &QAction::setEnabled);
    connect(m_document->textDocument(), &QTextDocument::redoAvailable, redo, &QAction::setEnabled);
}

QString MainWindow::currentPath() const {
    return m_document->filePath();
}

bool MainWindow::openFile(const QString &path) {
    const Status loaded = m_document->load(path);
    if (!loaded.ok()) {
        statusBar()->showMessage(loaded.error().toString());
        return false;
    }
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
}

bool MainWindow::saveFile(const QString &path) {
    const Status saved = m_document->save(path);
    if (!saved.ok()) {
        QMessageBox::warning(this, tr("Save failed"), saved.error().toString());
        return false;
    }
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
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1%2 — LinuxKit Composer")
                       .arg(m_document->displayName(),
                            m_document->isModified() ? QStringLiteral("*") : QString()));
}

void MainWindow::onReparsed() {
    m_outline->setConfig(m_document->config());
    m_diagnostics->setDiagnostics(m_document->diagnostics());
    m_problemSummary->setText(tr("%n error(s)", nullptr, m_diagnostics->errorCount()) +
                              QStringLiteral(", ") +
                              tr("%n warning(s)", nullptr, m_diagnostics->warningCount()));
    if (!m_selectedPath.isEmpty()) {
        const QSignalBlocker blocker(m_outlineView->selectionModel());
        const QModelIndex index = m_outline->indexForPath(m_selectedPath);
        m_outlineView->setCurrentIndex(index);
    }
    m_outlineView->expandAll();
}

void MainWindow::selectPath(const QString &yamlPath) {
    const QModelIndex index = m_outline->indexForPath(yamlPath);
    if (index.isValid())
        m_outlineView->setCurrentIndex(index);
}

void MainWindow::onOutlineSelection() {
    const QModelIndex index = m_outlineView->currentIndex();
    if (!index.isValid())
        return;
    m_selectedPath = index.data(OutlineModel::YamlPathRole).toString();
    const QString section = index.data(OutlineModel::SectionRole).toString();
    const Result<YamlPath> path = YamlPath::parse(m_selectedPath);
    if (path.ok())
        m_form->showNode(section, *path);
    const int line = index.data(OutlineModel::LineRole).toInt();
    if (line > 0)
        jumpTo(line, 1);
}

void MainWindow::bootInConsole(const QString &pathOrPrefix, bool uefi) {
    m_consoleDock->raise();
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

void MainWindow::addEntry(const QString &section) {
    YamlValue entry;
    if (section == QLatin1String("files"))
        entry = YamlValue::fromMap(
            {{QStringLiteral("path"), YamlValue::fromString(QStringLiteral("etc/motd"))},
             {QStringLiteral("contents"), YamlValue::fromString(QStringLiteral("hello\n"))}});
    else if (section == QLatin1String("init"))
        entry = YamlValue::fromString(QStringLiteral("lkc.local/starter/init:1"));
    else
        entry = YamlValue::fromMap(
            {{QStringLiteral("name"), YamlValue::fromString(QStringLiteral("new"))},
             {QStringLiteral("image"), YamlValue::fromString(QStringLiteral("busybox:latest"))}});
    const YamlPath listPath = YamlPath().key(section);
    if (!m_document->appendItem(listPath, entry)) {
        statusBar()->showMessage(m_document->lastEditError(), 8000);
        return;
    }
    // The new entry is the list's last item; the text says how long the list is.
    const std::optional<YamlValue> list = m_document->value(listPath);
    const qsizetype count = list ? list->items().size() : 0;
    selectPath(listPath.item(int(count) - 1).toString());
}

void MainWindow::showOutlineMenu(const QPoint &pos) {
    const QModelIndex index = m_outlineView->indexAt(pos);
    if (!index.isValid())
        return;
    const QString section = index.data(OutlineModel::SectionRole).toString();
    const QString yamlPath = index.data(OutlineModel::YamlPathRole).toString();
    const Result<YamlPath> path = YamlPath::parse(yamlPath);
    QMenu menu(this);
    if (section != QLatin1String("kernel")) {
        const SectionSpec *spec = FieldCatalog::section(section);
        menu.addAction(tr("Add %1").arg(spec ? spec->entryLabel : section), this,
                       [this, section] { addEntry(section); });
    }
    if (path.ok() && !path->isRoot() && path->last().isIndex()) {
        const int row = path->last().index;
        const int count = m_outline->rowCount(index.parent());
        QAction *up = menu.addAction(tr("Move Up"), this,
                                     [this, p = *path, row] { m_document->moveItem(p, row - 1); });
        up->setEnabled(row > 0);
        QAction *down = menu.addAction(
            tr("Move Down"), this, [this, p = *path, row] { m_document->moveItem(p, row + 1); });
        down->setEnabled(row + 1 < count);
        menu.addAction(tr("Remove"), this, [this, p = *path] { m_document->removeValue(p); });
    }
    if (!menu.isEmpty())
        menu.exec(m_outlineView->viewport()->mapToGlobal(pos));
}

} // namespace Lkc
