// SPDX-License-Identifier: Apache-2.0
// Saving from the window on a full disk (a small tmpfs, mounted as root): the
// save fails with a message naming the file and "no space left", the file on
// disk keeps its bytes and the document stays modified. The build panel offers
// only formats lkc really builds.
#include "build/buildpanel.h"
#include "build/outputs/outputwriter.h"
#include "document/configdocument.h"
#include "fulldisk.h"
#include "mainwindow.h"
#include "testenv.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

using namespace Lkc;

namespace {

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

const QByteArray kConfig =
    "kernel:\n  image: linuxkit/kernel:6.6.71\n  cmdline: \"console=ttyS0\"\n"
    "init:\n  - linuxkit/init:v1.2.0\n";

} // namespace

class TestFullDiskSave : public QObject {
    Q_OBJECT
private slots:
    void documentSaveKeepsFile() {
        Test::FullDisk disk(QStringLiteral("ui-fulldisk-doc"), 64 * 1024);
        QString why;
        QVERIFY2(disk.mount(&why), qPrintable(why));
        const QString path = disk.filePath(QStringLiteral("config.yml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kConfig);
        f.close();
        ConfigDocument document;
        QVERIFY(document.load(path).ok());
        QTextCursor cursor(document.textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("onboot: []\n"));
        QVERIFY(document.isModified());
        QVERIFY(disk.fill());
        const Status s = document.save(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().toString().contains(QStringLiteral("no space left")),
                 qPrintable(s.error().toString()));
        QVERIFY2(s.error().toString().contains(path), qPrintable(s.error().toString()));
        QCOMPARE(readAll(path), kConfig);
        QVERIFY(document.isModified());
        disk.unfill();
        QVERIFY(document.save(path).ok());
        QVERIFY(readAll(path).endsWith("onboot: []\n"));
    }

    void windowSaveShowsWhy() {
        Test::FullDisk disk(QStringLiteral("ui-fulldisk-window"), 64 * 1024);
        QString why;
        QVERIFY2(disk.mount(&why), qPrintable(why));
        const QString path = disk.filePath(QStringLiteral("config.yml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kConfig);
        f.close();
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(QStringLiteral("onboot: []\n"));
        QVERIFY(disk.fill());
        QString shown;
        // The warning is modal: read and close it from the event loop.
        QTimer::singleShot(0, &window, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                shown = box->text();
                box->close();
            }
        });
        QVERIFY(!window.saveFile(path));
        QVERIFY2(shown.contains(QStringLiteral("no space left")), qPrintable(shown));
        QVERIFY2(shown.contains(path), qPrintable(shown));
        QCOMPARE(readAll(path), kConfig);
        QVERIFY(window.document()->isModified());
    }

    void buildPanelOffersBuiltFormats() {
        ConfigDocument document;
        BuildPanel panel(&document);
        // The formats are the checkable entries of the "Output formats" button's menu.
        QToolButton *formats = nullptr;
        for (QToolButton *b : panel.findChildren<QToolButton *>())
            if (b->menu() && b->accessibleName() == QStringLiteral("Output formats"))
                formats = b;
        QVERIFY(formats);
        QStringList offered;
        for (QAction *a : formats->menu()->actions())
            if (a->isCheckable())
                offered << a->text();
        QCOMPARE(offered, availableOutputFormats());
        QVERIFY(!offered.contains(QStringLiteral("rpi3")));
        QVERIFY(!offered.contains(QStringLiteral("kernel+erofs")));
        for (const QString &format : offered)
            QVERIFY2(createOutputWriter(format).ok(), qPrintable(format));
    }
};

QTEST_MAIN(TestFullDiskSave)
#include "tst_fulldisksave.moc"
