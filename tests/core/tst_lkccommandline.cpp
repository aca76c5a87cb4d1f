// SPDX-License-Identifier: Apache-2.0
// The window's "Show the command" lines and lkc's own flags are one
// function pair: options → arguments → options gives back the same options.
#include "run/lkccommandline.h"

#include <QTest>

using namespace Lkc;

class TestLkcCommandLine : public QObject {
    Q_OBJECT
private slots:
    void defaultsGiveABareRun() {
        QemuOptions o;
        o.path = QStringLiteral("out/starter.iso");
        QCOMPARE(LkcCommandLine::runArguments(o),
                 QStringList({QStringLiteral("run"), QStringLiteral("out/starter.iso")}));
    }

    void runOptionsRoundTrip() {
        QemuOptions o;
        o.path = QStringLiteral("/tmp/my image/starter-efi.iso");
        o.memMiB = 2048;
        o.cpus = 2;
        o.accel = QStringLiteral("tcg");
        o.uefi = true;
        o.networking = QStringLiteral("none");
        o.publish = {QStringLiteral("2222:22"), QStringLiteral("8080:80/tcp")};
        o.disks = {QemuDisk{QStringLiteral("/tmp/a=b.img"), 512, QStringLiteral("raw")},
                   QemuDisk{QString(), 2048, QString()}};
        const QStringList args = LkcCommandLine::runArguments(o);
        Result<QemuOptions> back = LkcCommandLine::parseRunArguments(args);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back->path, o.path);
        QCOMPARE(back->memMiB, 2048);
        QCOMPARE(back->cpus, 2);
        QCOMPARE(back->accel, QStringLiteral("tcg"));
        QVERIFY(back->uefi);
        QCOMPARE(back->networking, QStringLiteral("none"));
        QCOMPARE(back->publish, o.publish);
        QCOMPARE(back->disks.size(), 2);
        QCOMPARE(back->disks[0].path, QStringLiteral("/tmp/a=b.img"));
        QCOMPARE(back->disks[0].sizeMiB, 512);
        QCOMPARE(back->disks[0].format, QStringLiteral("raw"));
        QCOMPARE(back->disks[1].path, QString());
        QCOMPARE(back->disks[1].sizeMiB, 2048);
    }

    void parsesLinuxKitSpellings() {
        Result<QemuOptions> o = LkcCommandLine::parseRunArguments(
            {QStringLiteral("qemu"), QStringLiteral("--mem=512"), QStringLiteral("-uefi=false"),
             QStringLiteral("-cpus"), QStringLiteral("4"), QStringLiteral("x")});
        QVERIFY(o.ok());
        QCOMPARE(o->memMiB, 512);
        QCOMPARE(o->cpus, 4);
        QVERIFY(!o->uefi);
        QVERIFY(!LkcCommandLine::parseRunArguments(
                     {QStringLiteral("-mem"), QStringLiteral("lots"), QStringLiteral("x")})
                     .ok());
        QVERIFY(!LkcCommandLine::parseRunArguments({QStringLiteral("-bogus"), QStringLiteral("x")})
                     .ok());
    }

    void runProblemsAreNamed_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("option");
        using P = LkcCommandLine::RunProblem;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << int(P::Help)
                              << QStringLiteral("help");
        QTest::newRow("-h as a value")
            << QStringList{QStringLiteral("-data"), QStringLiteral("-h"), QStringLiteral("x")}
            << int(P::None) << QString();
        QTest::newRow("no value") << QStringList{QStringLiteral("x"), QStringLiteral("-mem")}
                                  << int(P::NeedsValue) << QStringLiteral("mem");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("--cpus=two"), QStringLiteral("x")} << int(P::NeedsNumber)
            << QStringLiteral("cpus");
        QTest::newRow("bad disk") << QStringList{QStringLiteral("-disk"), QStringLiteral("size=x"),
                                                 QStringLiteral("x")}
                                  << int(P::BadDisk) << QStringLiteral("disk");
        QTest::newRow("unknown") << QStringList{QStringLiteral("-bogus"), QStringLiteral("x")}
                                 << int(P::UnknownOption) << QStringLiteral("bogus");
        QTest::newRow("no path") << QStringList{QStringLiteral("-uefi")} << int(P::NotOnePath)
                                 << QString();
        QTest::newRow("run is a path here")
            << QStringList{QStringLiteral("run")} << int(P::None) << QString();
        QTest::newRow("data twice")
            << QStringList{QStringLiteral("-data"), QStringLiteral("a"),
                           QStringLiteral("-data-file"), QStringLiteral("f"), QStringLiteral("x")}
            << int(P::DataConflict) << QString();
    }
    void runProblemsAreNamed() {
        QFETCH(QStringList, args);
        QFETCH(int, problem);
        QFETCH(QString, option);
        const LkcCommandLine::RunParse r = LkcCommandLine::parseRun(args);
        QCOMPARE(int(r.problem), problem);
        QCOMPARE(r.option, option);
        if (r.problem == LkcCommandLine::RunProblem::BadDisk)
            QVERIFY(!r.detail.isEmpty());
        if (r.problem == LkcCommandLine::RunProblem::None)
            QCOMPARE(r.options.path, args.last());
    }

    void buildAndTestBootLines() {
        LkcCommandLine::Build b;
        b.configs = {QStringLiteral("starter.yml")};
        b.formats = {QStringLiteral("iso-bios"), QStringLiteral("raw-bios")};
        b.dir = QStringLiteral("out");
        b.name = QStringLiteral("starter");
        QCOMPARE(LkcCommandLine::render(LkcCommandLine::buildArguments(b)),
                 QStringLiteral("lkc build --format iso-bios,raw-bios --dir out --name starter "
                                "starter.yml"));
        LkcCommandLine::TestBoot t;
        t.configs = b.configs;
        t.formats = {QStringLiteral("kernel+initrd")};
        t.memMiB = 2048;
        QCOMPARE(LkcCommandLine::render(LkcCommandLine::testBootArguments(t)),
                 QStringLiteral("lkc test-boot --format kernel+initrd --mem 2048 starter.yml"));
    }

    void quotingIsForAPosixShell() {
        QCOMPARE(LkcCommandLine::shellQuote(QStringLiteral("a b")), QStringLiteral("'a b'"));
        QCOMPARE(LkcCommandLine::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(LkcCommandLine::shellQuote(QString()), QStringLiteral("''"));
        QCOMPARE(LkcCommandLine::render(LkcCommandLine::writeArguments(QStringLiteral("x.img"),
                                                                       QStringLiteral("/dev/sdb"))),
                 QStringLiteral("lkc write x.img /dev/sdb"));
        QCOMPARE(LkcCommandLine::render(LkcCommandLine::serveArguments(
                     QStringLiteral("0.0.0.0:8080"), {QStringLiteral("a.iso")})),
                 QStringLiteral("lkc serve --listen 0.0.0.0:8080 a.iso"));
    }
};

QTEST_MAIN(TestLkcCommandLine)
#include "tst_lkccommandline.moc"
