// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

class QPlainTextEdit;

namespace Lkc {

// The composer's main window. Today: the YAML text of one config, opened and
// saved byte for byte; the form editors, problems, build and console panels
// join it as they are built.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    QString currentPath() const { return m_path; }
    QPlainTextEdit *editor() const { return m_editor; }

private:
    void openDialog();
    void save();
    void updateTitle();

    QPlainTextEdit *m_editor = nullptr;
    QString m_path;
};

} // namespace Lkc
