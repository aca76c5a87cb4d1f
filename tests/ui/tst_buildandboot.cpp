// SPDX-License-Identifier: Apache-2.0
// The GUI's whole main job on real parts: open the starter config, build two
// formats in one go in the build panel (a real BuildJob on a worker thread),
// check the outputs table (sizes, SHA-256), test-boot one in the window's
// PASS/FAIL table, run it in the console (real QEMU under TCG), type into the
// shell, and close the window with the VM running: no QEMU is left.
#include "build/buildpanel.h"
#include "build/testbootmodel.h"
#include "build/testbootpanel.h"
#include "console/consolepanel.h"
#include "console/terminalwidget.h"
#include "deploy/filehash.h"
#include "document/configdocument.h"
#include "mainwindow.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Lkc;

class TestBuildAndBoot : public QObject {
    Q_OBJECT
private slots:
    void offersOnlyFormatsLkcBuilds() {
        const QStringList formats = BuildPanel::buildableFormats();
        QVERIFY(formats.contains(QStringLiteral("kernel+initrd")));
        QVERIFY(formats.contains(QStringLiteral("iso-bios")));
        QVERIFY(!formats.contains(QStringLiteral("rpi3")));
        QVERIFY(!formats.contains(QStringLiteral("kernel+erofs")));
        // tar streams the rootfs alone: choosing it with others keeps one.
        ConfigDocument document;
        BuildPanel panel(&document);
        panel.setFormats({QStringLiteral("iso-bios"), QStringLiteral("raw-bios")});
        QCOMPARE(panel.formats(),
                 QStringList({QStringLiteral("iso-bios"), QStringLiteral("raw-bios")}));
        panel.setFormats({QStringLiteral("iso-bios"), QStringLiteral("tar")});
        QCOMPARE(panel.formats().size(), 1);
    }

    void buildTestBootRunClose() {
        QString error;
        const QString store = Test::starterKitStore(&error);
        QVERIFY2(!store.isEmpty(), qPrintable(error));
        const QString out = Test::scratchDir(QStringLiteral("ui-buildandboot"));

        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(window->openFile(Test::sourceDir() +
                                 QStringLiteral("/resources/examples/starter.yml")));
        BuildPanel *build = window->buildPanel();
        build->setStorePath(store);
        build->setFormats({QStringLiteral("kernel+initrd"), QStringLiteral("tar-kernel-initrd")});
        QCOMPARE(build->formats(), QStringList({QStringLiteral("kernel+initrd"),
                                                QStringLiteral("tar-kernel-initrd")}));
        build->setOutputDir(out);
        QSignalSpy built(build, &BuildPanel::buildFinished);
        QSignalSpy hashed(build, &BuildPanel::checksumsComputed);
        build->startBuild();
        QVERIFY(build->isBuilding());
        QVERIFY(build->commandLine().startsWith(
            QStringLiteral("lkc build --format kernel+initrd,tar-kernel-initrd --dir ")));
        QVERIFY(built.wait(300000));
        QVERIFY2(built.first().first().toBool(), qPrintable(build->logText()));
        QVERIFY(build->logText().contains(QStringLiteral("Extract kernel image:")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/starter-kernel")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/starter-initrd.img")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/starter-initrd.tar")));

        // The outputs table: one row per format, sizes, and SHA-256 from a worker.
        QTableWidget *table = build->outputsTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, BuildPanel::FormatColumn)->text(),
                 QStringLiteral("tar-kernel-initrd"));
        QCOMPARE(table->item(1, BuildPanel::SizeColumn)->data(Qt::UserRole).toLongLong(),
                 QFileInfo(out + QStringLiteral("/starter-initrd.tar")).size());
        QVERIFY(hashed.wait(120000) || build->checksumsReady());
        const Result<QByteArray> tarSum =
            FileHash::sha256Hex(out + QStringLiteral("/starter-initrd.tar"));
        QVERIFY(tarSum.ok());
        QCOMPARE(table->item(1, BuildPanel::Sha256Column)->text(), QString::fromLatin1(*tarSum));
        QVERIFY(table->item(0, BuildPanel::FileColumn)
                    ->text()
                    .contains(QStringLiteral("starter-kernel")));

        // Test boot in the window: the tar is skipped, kernel+initrd boots and passes.
        TestBootModel *results = build->testBootPanel()->model();
        QAbstractItemModelTester tester(results,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy tested(build->testBootPanel(), &TestBootPanel::finished);
        build->testBootPanel()->setTimeoutSeconds(600); // TCG on a busy machine
        build->testBootPanel()->setHangSeconds(300);
        build->testBoot({QStringLiteral("kernel+initrd"), QStringLiteral("tar-kernel-initrd")});
        QVERIFY(build->commandLine().startsWith(
            QStringLiteral("lkc test-boot --format kernel+initrd,tar-kernel-initrd")));
        QCOMPARE(results->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(results->resultText(0), QStringLiteral("booting…"), 30000);
        QVERIFY(tested.wait(700000));
        QVERIFY2(results->resultText(0) == QStringLiteral("PASS"),
                 qPrintable(results->row(0).note));
        QVERIFY(results->row(0).bootMs > 0);
        QCOMPARE(results->resultText(1), QStringLiteral("SKIP"));
        QVERIFY(!results->row(0).accel.isEmpty());

        // Run: the config's run options, in the console.
        ConsolePanel *console = window->consolePanel();
        build->runOutput(QStringLiteral("kernel+initrd"));
        QCOMPARE(build->commandLine(),
                 QStringLiteral("lkc run ") + out + QStringLiteral("/starter"));
        QTRY_VERIFY_WITH_TIMEOUT(console->isRunning(), 30000);
        QCOMPARE(console->commandLine(), build->commandLine());
        QTRY_VERIFY_WITH_TIMEOUT(console->session()->output().contains("all services started"),
                                 180000);
        // The getty shell answers through the terminal widget's key handling.
        QTRY_VERIFY_WITH_TIMEOUT(console->terminal()->screenText().contains(QLatin1Char('#')),
                                 60000);
        QTest::keyClicks(console->terminal(), QStringLiteral("echo lkc-$((6*7))"));
        QTest::keyClick(console->terminal(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            console->terminal()->screenText().contains(QStringLiteral("lkc-42")), 60000);
        // Nothing the terminal answered shows up as typed text.
        QVERIFY2(!console->terminal()->allText().contains(QStringLiteral("^[[")),
                 qPrintable(console->terminal()->allText()));
        // The monitor tab is live.
        QTRY_VERIFY_WITH_TIMEOUT(console->isMonitorConnected(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(console->monitor()->allText().contains(QStringLiteral("QEMU")),
                                 30000);

        // Closing the window with the VM running leaves no QEMU behind.
        QFile pidFile(console->session()->command().stateDir + QStringLiteral("/qemu.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t qemu = pid_t(pidFile.readAll().trimmed().toLongLong());
        QVERIFY(qemu > 0);
        QCOMPARE(::kill(qemu, 0), 0);
        window->close();
        window.reset();
        QCOMPARE(::kill(qemu, 0), -1);
        QCOMPARE(errno, ESRCH);
    }
};

QTEST_MAIN(TestBuildAndBoot)
#include "tst_buildandboot.moc"
