// SPDX-License-Identifier: Apache-2.0
// The starter example's EFI formats, built and booted by `lkc test-boot` under
// QEMU (TCG, OVMF), must reach the starter kit's "all services started" line.
// Each boot path is booted once in the suite, TCG boots being what CI waits on:
// kernel+initrd in tst_starterboot, iso-bios (as a CD and as a disk) and
// raw-bios in tst_rescueflow and tst_testboot, iso-efi under SeaBIOS in
// tst_formats, the EFI ones here. qcow2-*, vhd, dynamic-vhd, vmdk and aws are
// the raw image in another container, which QEMU probes the same way as
// `qemu-img compare`: tst_formats checks them block for block against raw.
#include "testenv.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Lkc::Test;

class TestStarterFormats : public QObject {
    Q_OBJECT
private slots:
    void efiFormatsBoot() {
        QString error;
        const QString store = starterKitStore(&error);
        QVERIFY2(!store.isEmpty(), qPrintable(error));
        const QStringList formats = {QStringLiteral("iso-efi"), QStringLiteral("iso-efi-initrd"),
                                     QStringLiteral("raw-efi")};
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
