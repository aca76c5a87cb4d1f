// SPDX-License-Identifier: Apache-2.0
// The window's actions: toolbar, menus, recent files, drag and drop, images,
// build and run, help. The widgets and their wiring are in mainwindow.cpp.
#include "build/buildpanel.h"
#include "build/imagepins.h"
#include "document/configdocument.h"
#include "document/outlinemodel.h"
#include "editors/entryform.h"
#include "image/contentstore.h"
#include "languagesetting.h"
#include "mainwindow.h"
#include "preview/imagepicker.h"
#include "preview/previewcontroller.h"
#include "welcome/welcomepage.h"
#include "yaml/yamltextview.h"

#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextCursor>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

namespace Lkc {

namespace {
constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recentFiles");

bool isConfigFile(const QUrl &url) {
    const QString path = url.toLocalFile();
    return url.isLocalFile() &&
           (path.endsWith(QLatin1String(".yml")) || path.endsWith(QLatin1String(".yaml")));
}
} // namespace

void MainWindow::createActions() {
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *templates = new QMenu(tr("&New from Template"), this);
    for (const WelcomePage::Template &t : WelcomePage::templates())
        templates->addAction(t.title, this, [this, r = t.resource] { newFromTemplate(r); });
    templates->addSeparator();
    const QDir examples(QStringLiteral(":/examples"));
    for (const QString &name : examples.entryList({QStringLiteral("*.yml")}, QDir::Files)) {
        const QString path = examples.filePath(name);
        templates->addAction(name, this, [this, path] { newFromTemplate(path); });
    }
    QAction *newAction = fileMenu->addAction(tr("&New"), QKeySequence::New, this, [this] {
        newFromTemplate(WelcomePage::templates().first().resource);
    });
    newAction->setToolTip(tr("New config from the annotated minimal template"));
    fileMenu->addMenu(templates);
    QAction *open =
        fileMenu->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    QAction *saveAction =
        fileMenu->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    fileMenu->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Welcome Page"), this, &MainWindow::showWelcome);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo =
        editMenu->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QPlainTextEdit::undo);
    QAction *redo =
        editMenu->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QPlainTextEdit::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_document->textDocument(), &QTextDocument::undoAvailable, undo, &QAction::setEnabled);
    connect(m_document->textDocument(), &QTextDocument::redoAvailable, redo, &QAction::setEnabled);
    editMenu->addSeparator();
    editMenu->addActions(static_cast<YamlTextView *>(m_editor)->editActions());

    QMenu *imageMenu = menuBar()->addMenu(tr("&Images"));
    imageMenu->addAction(tr("&Choose Image…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                         &MainWindow::chooseImage);
    imageMenu->addAction(tr("&Pin to Digest"), this, &MainWindow::pinSelectedImage);
    imageMenu->addAction(tr("Pin &All Images to Digests"), this, &MainWindow::pinAllImages);

    QMenu *buildMenu = menuBar()->addMenu(tr("&Build"));
    buildMenu->addAction(tr("&Build"), QKeySequence(Qt::CTRL | Qt::Key_B), this, [this] {
        if (!prepareBuild())
            return;
        m_buildDock->show();
        m_buildDock->raise();
        m_buildPanel->startBuild();
    });
    QAction *buildIso =
        buildMenu->addAction(tr("Build &ISO"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this,
                             [this] { buildWithFormat(QStringLiteral("iso-bios")); });
    QAction *run = buildMenu->addAction(tr("&Run"), QKeySequence(Qt::CTRL | Qt::Key_R), this,
                                        &MainWindow::runImage);
    run->setToolTip(tr("Build a kernel+initrd and boot it in the console"));
    buildMenu->addAction(tr("&Cancel Build"), m_buildPanel, &BuildPanel::cancelBuild);
    connect(m_buildPanel, &BuildPanel::buildFinished, this, [this](bool ok) {
        if (!m_runAfterBuild)
            return;
        m_runAfterBuild = false;
        for (const QString &out : m_buildPanel->lastOutputs())
            if (ok && out.endsWith(QLatin1String("-kernel")))
                bootInConsole(out.chopped(int(qstrlen("-kernel"))));
    });

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    buildIso->setIcon(QIcon::fromTheme(QStringLiteral("media-optical")));
    run->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_toolBar->addAction(newAction);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(newAction))) {
        button->setMenu(templates);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    m_toolBar->addAction(open);
    m_toolBar->addAction(saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(buildIso);
    m_toolBar->addAction(run);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    int n = 1;
    for (QDockWidget *d : docks()) {
        QAction *toggle = d->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_0 + n++)));
        m_viewMenu->addAction(toggle);
    }
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    m_viewMenu->addSeparator();
    // Keyboard paths into the three central views.
    m_viewMenu->addAction(tr("Go to &Outline"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] {
        showEditor();
        m_outlineView->setFocus();
    });
    m_viewMenu->addAction(tr("Go to &YAML"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] {
        showEditor();
        m_editor->setFocus();
    });
    m_viewMenu->addAction(tr("Go to &Form"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] {
        showEditor();
        // The form's first field takes the focus, as Tab into it would.
        m_form->setFocus(Qt::TabFocusReason);
        if (QWidget *first = m_form->nextInFocusChain(); first && m_form->isAncestorOf(first))
            first->setFocus(Qt::TabFocusReason);
    });
    m_viewMenu->addAction(tr("&Refresh Previews"), QKeySequence::Refresh, m_previews,
                          &PreviewController::refresh);
    m_viewMenu->addSeparator();
    // The language is read at start-up (the translators are installed before any widget).
    QMenu *languageMenu = m_viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(languageMenu);
    const auto addLanguage = [&](const QString &code, const QString &label) {
        QAction *a = languageMenu->addAction(label);
        // A language is named in itself ("Deutsch"), never translated.
        a->setProperty("lkcNotTranslated", !code.isEmpty());
        a->setCheckable(true);
        a->setChecked(LanguageSetting::chosen() == code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            LanguageSetting::setChosen(code);
            statusBar()->showMessage(
                tr("The language changes when LinuxKit Composer starts again."), 8000);
        });
    };
    addLanguage(QString(), tr("System Language"));
    for (const QString &code : LanguageSetting::available())
        addLanguage(code, LanguageSetting::nativeName(code));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&User Guide"), QKeySequence::HelpContents, this, &MainWindow::showHelp);
    helpMenu->addAction(tr("Take the &Tour"), this, &MainWindow::startTour);
    helpMenu->addAction(tr("&About LinuxKit Composer"), this, &MainWindow::showAbout);
}

// ---- recent files

QStringList MainWindow::recentFiles() const {
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    updateRecentMenu();
    m_welcome->setRecentFiles(files);
}

void MainWindow::updateRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        m_recentMenu
            ->addAction(tr("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName()), this,
                        [this, path] {
                            if (maybeSave())
                                openFile(path);
                        })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

// ---- drag and drop of a .yml

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && isConfigFile(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !isConfigFile(urls.first()))
        return;
    event->acceptProposedAction();
    if (maybeSave())
        openFile(urls.first().toLocalFile());
}

// ---- build and run

bool MainWindow::prepareBuild() {
    // An untitled config has no folder to build beside: ask once.
    if (m_document->filePath().isEmpty() &&
        QSettings().value(QStringLiteral("build/untitledDir")).toString().isEmpty()) {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Where should the untitled config be built?"), QDir::homePath());
        if (dir.isEmpty())
            return false;
        QSettings().setValue(QStringLiteral("build/untitledDir"), dir);
    }
    if (m_document->filePath().isEmpty())
        m_buildPanel->setOutputDir(
            QSettings().value(QStringLiteral("build/untitledDir")).toString());
    return true;
}

void MainWindow::buildWithFormat(const QString &format) {
    if (!prepareBuild())
        return;
    m_buildPanel->setFormat(format);
    m_buildDock->show();
    m_buildDock->raise();
    m_buildPanel->startBuild();
}

void MainWindow::runImage() {
    m_runAfterBuild = true;
    buildWithFormat(QStringLiteral("kernel+initrd"));
    if (!m_buildPanel->isBuilding())
        m_runAfterBuild = false;
}

// ---- images

QString MainWindow::selectedImagePath() const {
    // "services[1]" -> "services[1].image"; "init[0]" is the image itself.
    const QString entry = m_selectedPath.section(QLatin1Char('.'), 0, 0);
    if (entry == QLatin1String("kernel"))
        return QStringLiteral("kernel.image");
    if (entry.startsWith(QLatin1String("init[")))
        return entry;
    if (entry.contains(QLatin1Char('[')) && !entry.startsWith(QLatin1String("files[")))
        return entry + QStringLiteral(".image");
    return {};
}

void MainWindow::chooseImage() {
    const QString path = selectedImagePath();
    if (path.isEmpty()) {
        statusBar()->showMessage(tr("Select an entry with an image in the outline first."), 8000);
        return;
    }
    const Result<YamlPath> yamlPath = YamlPath::parse(path);
    const std::optional<YamlValue> current = yamlPath ? m_document->value(*yamlPath) : std::nullopt;
    ImagePicker picker(m_previews->storePath(), current ? current->scalarText() : QString(), this);
    if (picker.exec() != QDialog::Accepted || picker.chosenReference().isEmpty() || !yamlPath)
        return;
    if (!m_document->setValue(*yamlPath, YamlValue::fromString(picker.chosenReference())))
        statusBar()->showMessage(m_document->lastEditError(), 8000);
}

bool MainWindow::pinSelectedImage() {
    const QString path = selectedImagePath();
    const Result<YamlPath> yamlPath = YamlPath::parse(path);
    const std::optional<YamlValue> current =
        path.isEmpty() || !yamlPath ? std::nullopt : m_document->value(*yamlPath);
    if (!current) {
        statusBar()->showMessage(tr("Select an entry with an image in the outline first."), 8000);
        return false;
    }
    Result<ContentStore> store =
        ContentStore::open(m_previews->storePath(), ContentStore::Access::ReadOnly);
    Result<QString> digest = store ? ImagePins::storeDigest(*store, current->scalarText())
                                   : Result<QString>(store.error());
    if (!digest) {
        statusBar()->showMessage(digest.error().toString(), 8000);
        return false;
    }
    const QString pinned = ImagePins::pinned(current->scalarText(), *digest);
    if (pinned == current->scalarText())
        return true;
    return m_document->setValue(*yamlPath, YamlValue::fromString(pinned));
}

int MainWindow::pinAllImages() {
    Result<ContentStore> store =
        ContentStore::open(m_previews->storePath(), ContentStore::Access::ReadOnly);
    if (!store) {
        statusBar()->showMessage(store.error().toString(), 8000);
        return 0;
    }
    // Every edit inside one outer edit block: one step for Undo.
    QTextCursor block(m_document->textDocument());
    block.beginEditBlock();
    int pinned = 0;
    QStringList missing;
    for (const ImageUse &use : ImagePins::uses(m_document->config())) {
        Result<QString> digest = ImagePins::storeDigest(*store, use.written);
        if (!digest) {
            missing.append(use.written);
            continue;
        }
        const QString text = ImagePins::pinned(use.written, *digest);
        const Result<YamlPath> path = YamlPath::parse(use.yamlPath);
        if (text != use.written && path && m_document->setValue(*path, YamlValue::fromString(text)))
            ++pinned;
    }
    block.endEditBlock();
    statusBar()->showMessage(
        missing.isEmpty() ? tr("Pinned %n image(s) to their digests.", nullptr, pinned)
                          : tr("Pinned %n image(s); not in the local store: %1", nullptr, pinned)
                                .arg(missing.join(QStringLiteral(", "))),
        10000);
    return pinned;
}

// ---- help

QString MainWindow::userGuidePath() {
    const QString app = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        app + QStringLiteral("/../share/doc/linuxkit-composer/user-guide.md"),
        app + QStringLiteral("/../../docs/user-guide.md"), // the build tree, beside the sources
        app + QStringLiteral("/../docs/user-guide.md"),
        QStringLiteral("/usr/share/doc/linuxkit-composer/user-guide.md")};
    for (const QString &c : candidates)
        if (QFileInfo::exists(c))
            return QFileInfo(c).canonicalFilePath();
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                  QStringLiteral("doc/linuxkit-composer/user-guide.md"));
}

void MainWindow::showHelp() {
    const QString guide = userGuidePath();
    if (guide.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(guide)))
        QMessageBox::information(this, tr("User Guide"),
                                 guide.isEmpty()
                                     ? tr("The user guide is not installed on this system. It is "
                                          "docs/user-guide.md in the source tree.")
                                     : tr("No program is set up to open %1.").arg(guide));
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About LinuxKit Composer"),
        tr("<h3>LinuxKit Composer %1</h3><p>Compose, build and boot LinuxKit images: a "
           "desktop application and the <code>lkc</code> command line tool.</p><p>Licensed "
           "under the Apache License 2.0.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

// ---- outline entries

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
    if (section != QLatin1String("kernel") && section != QLatin1String("trust")) {
        const SectionDescription *spec = FormatDescription::section(section);
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
