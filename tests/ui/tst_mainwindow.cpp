// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"
#include "testenv.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>

using namespace Lkc;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Recent files and the window layout go to a scratch place, not the user's settings.
        const QString dir = Test::scratchDir(QStringLiteral("ui-mainwindow-settings"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
    }

    // Opening and saving an untouched config gives the same bytes.
    void openSaveIsByteIdentical() {
        const QString dir = Test::scratchDir(QStringLiteral("ui-mainwindow"));
        const QString src = Test::sourceDir() + QStringLiteral("/resources/examples/sshd-2017.yml");
        QFile in(src);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray original = in.readAll();

        MainWindow window;
        QVERIFY(window.openFile(src));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("sshd-2017.yml")));
        const QString copy = dir + QStringLiteral("/copy.yml");
        QVERIFY(window.saveFile(copy));
        QFile out(copy);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), original);
    }

    void typingMarksModifiedAndUndoRestores() {
        MainWindow window;
        QVERIFY(
            window.openFile(Test::sourceDir() + QStringLiteral("/resources/examples/minimal.yml")));
        const QString before = window.editor()->toPlainText();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("# note"));
        QVERIFY(window.windowTitle().contains(QLatin1Char('*')));
        QVERIFY(window.editor()->toPlainText().endsWith(QStringLiteral("# note")));
        window.editor()->undo();
        QCOMPARE(window.editor()->toPlainText(), before);
    }

    void missingFileIsReported() {
        MainWindow window;
        QVERIFY(!window.openFile(QStringLiteral("/nonexistent/x.yml")));
        QVERIFY(window.currentPath().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
