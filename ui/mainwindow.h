// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

class QPlainTextEdit;
class QTableView;
class QTreeView;
class QLabel;
class QDockWidget;
class QModelIndex;

namespace Lkc {

class BuildPanel;
class ConfigDocument;
class ConsolePanel;
class DiagnosticsModel;
class EntryForm;
class OutlineModel;

// The composer's main window: the outline of the config, its YAML text and a
// form for the selected node, all views of one ConfigDocument; problems below.
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

    // Selects the outline node for a YAML path ("services[1]") and shows its form.
    void selectPath(const QString &yamlPath);
    void jumpTo(int line, int column);
    // Shows the console and boots `pathOrPrefix` there.
    void bootInConsole(const QString &pathOrPrefix, bool uefi = false);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void openDialog();
    bool save();
    bool saveAs();
    bool maybeSave();
    void updateTitle();
    void onReparsed();
    void onOutlineSelection();
    void showProblem(const QModelIndex &problem);
    void showOutlineMenu(const QPoint &pos);
    void addEntry(const QString &section);

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
    QDockWidget *m_buildDock = nullptr;
    QDockWidget *m_consoleDock = nullptr;
    QString m_selectedPath;
};

} // namespace Lkc
