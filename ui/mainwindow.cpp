// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QStatusBar>

namespace Lkc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_editor(new QPlainTextEdit(this)) {
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    setCentralWidget(m_editor);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *saveAction = fileMenu->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = editMenu->addAction(tr("&Undo"), m_editor, &QPlainTextEdit::undo);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = editMenu->addAction(tr("&Redo"), m_editor, &QPlainTextEdit::redo);
    redo->setShortcut(QKeySequence::Redo);

    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &MainWindow::updateTitle);
    resize(1000, 700);
    updateTitle();
}

bool MainWindow::openFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("Cannot open %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_editor->setPlainText(QString::fromUtf8(file.readAll()));
    m_editor->document()->setModified(false);
    m_path = path;
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

bool MainWindow::saveFile(const QString &path) {
    // QSaveFile: a crash or full disk never leaves a half-written config.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->toPlainText().toUtf8()) < 0 ||
        !file.commit()) {
        QMessageBox::warning(this, tr("Save failed"),
                             tr("Cannot save %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_path = path;
    m_editor->document()->setModified(false);
    updateTitle();
    return true;
}

void MainWindow::openDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open LinuxKit config"), {},
                                                      tr("LinuxKit configs (*.yml *.yaml)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::save() {
    QString path = m_path;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Save LinuxKit config"), {},
                                            tr("LinuxKit configs (*.yml *.yaml)"));
    if (!path.isEmpty())
        saveFile(path);
}

void MainWindow::updateTitle() {
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    setWindowTitle(
        tr("%1%2 — LinuxKit Composer")
            .arg(name, m_editor->document()->isModified() ? QStringLiteral("*") : QString()));
}

} // namespace Lkc
