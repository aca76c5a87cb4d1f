// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

class QPlainTextEdit;
class QTableView;
class QTreeView;
class QLabel;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QModelIndex;

namespace Lkc {

class BootFlowView;
class BuildPanel;
class ConfigDocument;
class ConsolePanel;
class DiagnosticsModel;
class EffectiveConfigView;
class EntryForm;
class LayoutView;
class OutlineModel;
class PreviewController;
class WelcomePage;

// The composer's main window: the outline of the config, its YAML text and a
// form for the selected node, all views of one ConfigDocument; problems,
// build and console below; what the build will make (effective configuration,
// layout, boot flow) on the right. A welcome page stands in until a config is open.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    void newFromTemplate(const QString &resourcePath);
    QString currentPath() const;

    ConfigDocument *document() const { return m_document; }
    QPlainTextEdit *editor() const { return m_editor; }
    QTreeView *outlineView() const { return m_outlineView; }
    QTableView *problemsView() const { return m_problemsView; }
    EntryForm *form() const { return m_form; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    BuildPanel *buildPanel() const { return m_buildPanel; }
    ConsolePanel *consolePanel() const { return m_consolePanel; }
    EffectiveConfigView *effectiveView() const { return m_effectiveView; }
    LayoutView *layoutView() const { return m_layoutView; }
    BootFlowView *bootFlowView() const { return m_bootFlowView; }
    PreviewController *previews() const { return m_previews; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    QList<QDockWidget *> docks() const;
    QDockWidget *dock(const QString &objectName) const;
    bool isWelcomeShown() const;
    // Where the image store is (tests point it at a fixture store).
    void setStorePath(const QString &path);

    // Selects the outline node for a YAML path ("services[1]") and shows its form.
    void selectPath(const QString &yamlPath);
    QString selectedPath() const { return m_selectedPath; }
    void jumpTo(int line, int column);
    // Shows the console and boots `pathOrPrefix` there.
    void bootInConsole(const QString &pathOrPrefix, bool uefi = false);

    // Recent files, newest first (QSettings).
    QStringList recentFiles() const;
    // Pins every image reference of the config to the digest the local store
    // has, as one undo step; returns how many were pinned.
    int pinAllImages();
    // Pins the image of the selected entry.
    bool pinSelectedImage();
    void showWelcome();
    void startTour();
    // The Help action's target: the installed or source user guide ("" when none).
    static QString userGuidePath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showConsole();
    void createDocks();
    void createActions();
    void openDialog();
    bool save();
    bool saveAs();
    bool maybeSave();
    void updateTitle();
    void onChecked();
    void onOutlineSelection();
    void showProblem(const QModelIndex &problem);
    void showOutlineMenu(const QPoint &pos);
    void addEntry(const QString &section);
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void showEditor();
    bool prepareBuild();
    void buildWithFormat(const QString &format);
    void runImage();
    void chooseImage();
    void showHelp();
    void showAbout();
    QString selectedImagePath() const;

    ConfigDocument *m_document;
    QPlainTextEdit *m_editor;
    OutlineModel *m_outline;
    QTreeView *m_outlineView;
    EntryForm *m_form;
    DiagnosticsModel *m_diagnostics;
    QTableView *m_problemsView;
    QLabel *m_problemSummary;
    BuildPanel *m_buildPanel;
    ConsolePanel *m_consolePanel;
    PreviewController *m_previews;
    EffectiveConfigView *m_effectiveView;
    LayoutView *m_layoutView;
    BootFlowView *m_bootFlowView;
    WelcomePage *m_welcome;
    QStackedWidget *m_stack;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QDockWidget *m_buildDock = nullptr;
    QDockWidget *m_consoleDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_effectiveDock = nullptr;
    QDockWidget *m_layoutDock = nullptr;
    QDockWidget *m_bootFlowDock = nullptr;
    QString m_selectedPath;
    QString m_storePath;
    bool m_runAfterBuild = false;
};

} // namespace Lkc
