// SPDX-License-Identifier: Apache-2.0
// BuildPlan: LinuxKit's format rules (§1, §6.1) and the names of the outputs.
#include "build/buildplan.h"
#include "build/outputs/outputwriter.h"

#include <QTest>

using namespace Lkc;

class TestBuildPlan : public QObject {
    Q_OBJECT
private slots:
    void formats() {
        BuildPlan p;
        p.formats = {QStringLiteral("kernel+initrd,tar-kernel-initrd"),
                     QStringLiteral("kernel+initrd")};
        Result<BuildPlan> plan = BuildPlan::create(p);
        QVERIFY(plan.ok());
        QCOMPARE(plan->formats, (QStringList{QStringLiteral("kernel+initrd"),
                                             QStringLiteral("tar-kernel-initrd")}));

        p.formats.clear();
        QCOMPARE(BuildPlan::create(p)->formats, QStringList{QStringLiteral("kernel+initrd")});
        p.outputFile = QStringLiteral("x.tar");
        QCOMPARE(BuildPlan::create(p)->formats, QStringList{QStringLiteral("tar")});

        p.outputFile.clear();
        p.formats = {QStringLiteral("tar"), QStringLiteral("kernel+initrd")};
        QVERIFY(BuildPlan::create(p).error().message.contains(QLatin1String("only format")));
        p.formats = {QStringLiteral("qcow")};
        QVERIFY(BuildPlan::create(p).error().message.contains(
            QLatin1String("unknown format type qcow")));
        p.formats = {QStringLiteral("kernel+initrd")};
        p.outputFile = QStringLiteral("x");
        QVERIFY(!BuildPlan::create(p).ok());
    }

    void knownFormatsAndWriters() {
        const QStringList known = knownOutputFormats();
        QCOMPARE(known.size(), 22); // LinuxKit's 20 + raw-bios-gz, raw-efi-gz
        QStringList sorted = known;
        sorted.sort();
        QCOMPARE(known, sorted);
        OutputInputs in;
        in.cmdline = QStringLiteral("console=ttyS0");
        const auto names = [&in](const QString &format) {
            Result<std::shared_ptr<OutputWriter>> w = createOutputWriter(format);
            return w ? (*w)->outputNames(QStringLiteral("x"), in) : QStringList{w.error().message};
        };
        QCOMPARE(names(QStringLiteral("kernel+initrd")),
                 (QStringList{QStringLiteral("x-kernel"), QStringLiteral("x-initrd.img"),
                              QStringLiteral("x-cmdline")}));
        QCOMPARE(names(QStringLiteral("tar")), QStringList{QStringLiteral("x.tar")});
        QCOMPARE(names(QStringLiteral("docker")), QStringList{QStringLiteral("x.docker")});
        QCOMPARE(names(QStringLiteral("tar-kernel-initrd")),
                 QStringList{QStringLiteral("x-initrd.tar")});
        in.cmdline.clear();
        QCOMPARE(names(QStringLiteral("kernel+initrd")).size(),
                 2); // no X-cmdline for an empty cmdline
        QVERIFY(!createOutputWriter(QStringLiteral("nope")).ok());
    }
};

QTEST_GUILESS_MAIN(TestBuildPlan)
#include "tst_buildplan.moc"
