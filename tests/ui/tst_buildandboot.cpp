// SPDX-License-Identifier: Apache-2.0
// The GUI's whole main job on real parts: open the starter config, build it
// in the build panel (a real BuildJob on a worker thread), boot the result in
// the console panel (real QEMU under TCG), type into the shell, power off.
#include "build/buildpanel.h"
#include "console/consolepanel.h"
#include "console/terminalwidget.h"
#include "mainwindow.h"
#include "testenv.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Lkc;

class TestBuildAndBoot : public QObject {
    Q_OBJECT
private slots:
    void buildBootTypePowerOff() {
        QString error;
        const QString store = Test::starterKitStore(&error);
        QVERIFY2(!store.isEmpty(), qPrintable(error));
        const QString out = Test::scratchDir(QStringLiteral("ui-buildandboot"));

        MainWindow window;
        window.show();
        QVERIFY(
            window.openFile(Test::sourceDir() + QStringLiteral("/resources/examples/starter.yml")));
        BuildPanel *build = window.buildPanel();
        build->setStorePath(store);
        build->setFormat(QStringLiteral("kernel+initrd"));
        QCOMPARE(build->format(), QStringLiteral("kernel+initrd"));
        build->setOutputDir(out);
        QSignalSpy built(build, &BuildPanel::buildFinished);
        build->startBuild();
        QVERIFY(build->isBuilding());
        QVERIFY(built.wait(300000));
        QVERIFY2(built.first().first().toBool(), qPrintable(build->logText()));
        QVERIFY(build->logText().contains(QStringLiteral("Extract kernel image:")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/starter-kernel")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/starter-initrd.img")));

        ConsolePanel *console = window.consolePanel();
        QSignalSpy stopped(console, &ConsolePanel::stopped);
        console->boot(out + QStringLiteral("/starter"));
        QTRY_VERIFY_WITH_TIMEOUT(console->isRunning(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(console->session()->output().contains("all services started"),
                                 180000);
        // The getty shell answers through the terminal widget's key handling.
        QTRY_VERIFY_WITH_TIMEOUT(console->terminal()->screenText().contains(QLatin1Char('#')),
                                 60000);
        QTest::keyClicks(console->terminal(), QStringLiteral("echo lkc-$((6*7))"));
        QTest::keyClick(console->terminal(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            console->terminal()->screenText().contains(QStringLiteral("lkc-42")), 60000);
        console->powerOff();
        QVERIFY(stopped.wait(60000));
        QVERIFY(!console->isRunning());
    }
};

QTEST_MAIN(TestBuildAndBoot)
#include "tst_buildandboot.moc"
