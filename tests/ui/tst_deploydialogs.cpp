// SPDX-License-Identifier: Apache-2.0
// The deploy half in the window: the Publish dialog serves an image on
// loopback with the line for the target and shows the download; the Write
// dialog greys out the disks it must refuse, with the reason.
#include "deploy/filehash.h"
#include "deploy/publishdialog.h"
#include "deploy/writediskdialog.h"
#include "testenv.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Lkc;

class TestDeployDialogs : public QObject {
    Q_OBJECT
private slots:
    void publishServesAndShowsTheDownload() {
        const QString path =
            Test::scratchDir(QStringLiteral("ui-deploy")) + QStringLiteral("/disk.img");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray bytes(3 * 1024 * 1024 + 17, 'z');
        f.write(bytes);
        f.close();

        PublishDialog dialog({path});
        dialog.setListen(QStringLiteral("127.0.0.1"), 0);
        QSignalSpy changed(&dialog, &PublishDialog::publishingChanged);
        dialog.startPublishing();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.publisher() && dialog.publisher()->isRunning(), 30000);
        QVERIFY(dialog.url().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(dialog.url().endsWith(QStringLiteral("/disk.img")));
        QVERIFY2(dialog.targetLine().contains(QStringLiteral("wget -O- ")) &&
                     dialog.targetLine().contains(QStringLiteral("dd of=/dev/sda")),
                 qPrintable(dialog.targetLine()));
        QCOMPARE(dialog.checksum(), QString::fromLatin1(*FileHash::sha256Hex(path)));
        QVERIFY(dialog.commandLine().startsWith(QStringLiteral("lkc serve --listen 127.0.0.1:")));

        QNetworkAccessManager net;
        QNetworkReply *reply = net.get(QNetworkRequest(QUrl(dialog.url())));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QCOMPARE(reply->readAll(), bytes);
        reply->deleteLater();
        QCOMPARE(dialog.downloads()->rowCount(), 1);

        dialog.stopPublishing();
        QTRY_VERIFY(!dialog.publisher());
        QNetworkReply *after = net.get(QNetworkRequest(QUrl(dialog.url())));
        QTRY_VERIFY_WITH_TIMEOUT(after->isFinished(), 30000);
        QVERIFY(after->error() != QNetworkReply::NoError);
        after->deleteLater();
    }

    void writeRefusesSystemAndMountedDisks() {
        const QString path =
            Test::scratchDir(QStringLiteral("ui-deploy-write")) + QStringLiteral("/x.img");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        WriteDiskDialog dialog(path);
        BlockDevice system;
        system.path = QStringLiteral("/dev/vda");
        system.name = QStringLiteral("vda");
        system.type = QStringLiteral("disk");
        system.size = qint64(20) << 30;
        system.holdsSystem = true;
        system.mountpoints = {QStringLiteral("/")};
        BlockDevice mounted = system;
        mounted.path = QStringLiteral("/dev/sdb");
        mounted.name = QStringLiteral("sdb");
        mounted.holdsSystem = false;
        mounted.mountpoints = {QStringLiteral("/media/stick")};
        mounted.model = QStringLiteral("Stick A");
        BlockDevice free = mounted;
        free.path = QStringLiteral("/dev/sdc");
        free.name = QStringLiteral("sdc");
        free.mountpoints.clear();
        free.removable = true;
        free.transport = QStringLiteral("usb");
        free.model = QStringLiteral("Stick B");
        free.size = qint64(8) << 30;
        dialog.setDevices({system, mounted, free});
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsEnabled));
        QVERIFY(!(table->item(1, 0)->flags() & Qt::ItemIsEnabled));
        QVERIFY(table->item(0, 4)->text().startsWith(QStringLiteral("no: ")));
        QVERIFY(table->item(1, 4)->text().startsWith(QStringLiteral("no: ")));
        QCOMPARE(table->item(2, 4)->text(), QStringLiteral("yes"));
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("Stick B"));
        table->selectRow(2);
        QCOMPARE(dialog.commandLine(),
                 QStringLiteral("lkc write ") + path + QStringLiteral(" /dev/sdc"));
    }
};

QTEST_MAIN(TestDeployDialogs)
#include "tst_deploydialogs.moc"
