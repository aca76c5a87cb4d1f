// SPDX-License-Identifier: Apache-2.0
// Every bootable format of the starter example, built by `lkc build` and booted
// by `lkc test-boot` under QEMU (TCG; SeaBIOS or OVMF as the format needs), must
// reach the starter kit's "all services started" line. The table it prints is
// the one in the README.
#include "testenv.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Lkc::Test;

class TestStarterFormats : public QObject {
    Q_OBJECT
private slots:
    void everyBootableFormatBoots() {
        QString error;
        const QString store = starterKitStore(&error);
        QVERIFY2(!store.isEmpty(), qPrintable(error));
        const QStringList formats = {
            QStringLiteral("kernel+initrd"), QStringLiteral("iso-bios"),
            QStringLiteral("iso-efi"),       QStringLiteral("iso-efi-initrd"),
            QStringLiteral("raw-bios"),      QStringLiteral("raw-efi"),
            QStringLiteral("qcow2-bios"),    QStringLiteral("qcow2-efi"),
            QStringLiteral("vhd"),           QStringLiteral("dynamic-vhd"),
            QStringLiteral("vmdk"),          QStringLiteral("aws"),
        };
        const QString dir = scratchDir(QStringLiteral("starter-formats"));
        const ProcessResult r =
            runLkc({QStringLiteral("test-boot"), QStringLiteral("--accel"), QStringLiteral("tcg"),
                    QStringLiteral("--cache"), store, QStringLiteral("--dir"), dir,
                    QStringLiteral("--timeout"), QStringLiteral("180"), QStringLiteral("--format"),
                    formats.join(QLatin1Char(',')),
                    sourceDir() + QStringLiteral("/resources/examples/starter.yml")},
                   formats.size() * 240000);
        const QString table = QString::fromUtf8(r.out);
        QFile saved(dir + QStringLiteral("/table.txt"));
        if (saved.open(QIODevice::WriteOnly))
            saved.write(r.out);
        QVERIFY2(r.finished, "lkc test-boot did not finish in time");
        QVERIFY2(r.exitCode == 0, qPrintable(table + QString::fromUtf8(r.err.right(3000))));
        for (const QString &format : formats) {
            const QRegularExpression row(QLatin1Char('^') + QRegularExpression::escape(format) +
                                             QStringLiteral("\\s+PASS\\s"),
                                         QRegularExpression::MultilineOption);
            QVERIFY2(row.match(table).hasMatch(), qPrintable(format + QLatin1Char('\n') + table));
        }
    }
};

QTEST_GUILESS_MAIN(TestStarterFormats)
#include "tst_starterformats.moc"
