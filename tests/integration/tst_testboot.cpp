// SPDX-License-Identifier: Apache-2.0
// `lkc test-boot` end to end on the starter kit's kernel and init (the image
// store must hold them: packaging/starter-kit/build-starter-kit.sh): one
// format that must PASS, and a config whose kernel cannot find its root that
// must FAIL as a kernel panic.
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Lkc;

static const char *kConfig = "kernel:\n"
                             "  image: lkc.local/starter/kernel:6.1\n"
                             "  cmdline: \"console=ttyS0%1\"\n"
                             "init:\n"
                             "  - lkc.local/starter/init:1\n"
                             "  - lkc.local/starter/runc:1\n";

class TestTestBoot : public QObject {
    Q_OBJECT

    QString m_dir;
    QString m_store;

    QString writeConfig(const QString &name, const QString &extraCmdline) {
        const QString path = m_dir + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QString::fromLatin1(kConfig).arg(extraCmdline).toUtf8());
        return path;
    }

private slots:
    void initTestCase() {
        for (const char *p : {"qemu-system-x86_64", "qemu-img", "xorriso", "mkfs.fat", "mcopy"})
            if (!Test::haveProgram(QString::fromLatin1(p)) &&
                !QFile::exists(QStringLiteral("/usr/sbin/") + QString::fromLatin1(p)))
                QFAIL(qPrintable(QStringLiteral("%1 is not installed (packaging/setup.sh)")
                                     .arg(QString::fromLatin1(p))));
        m_dir = Test::scratchDir(QStringLiteral("testboot"));
        // The kit in a store of the tests' own, not whatever ~/.linuxkit/cache holds:
        // a fresh machine must run this test, not skip it.
        QString error;
        m_store = Test::starterKitStore(&error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
    }

    void passesAndTellsAPanic() {
        const QString good = writeConfig(QStringLiteral("good.yml"), {});
        const Test::ProcessResult pass = Test::runLkc(
            {QStringLiteral("test-boot"), good, QStringLiteral("--format"),
             QStringLiteral("iso-bios"), QStringLiteral("--accel"), QStringLiteral("tcg"),
             QStringLiteral("--timeout"), QStringLiteral("90"), QStringLiteral("--dir"),
             m_dir + QStringLiteral("/good"), QStringLiteral("--cache"), m_store},
            240000);
        qInfo("%s", pass.out.constData());
        QCOMPARE(pass.exitCode, 0);
        QVERIFY(QRegularExpression(
                    QStringLiteral("iso-bios\\s+PASS\\s+[0-9.]+s\\s+[0-9.]+s\\s+SeaBIOS"))
                    .match(QString::fromUtf8(pass.out))
                    .hasMatch());
        QFile log(m_dir + QStringLiteral("/good/iso-bios/console.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("all services started"));

        // No root and no usable rdinit: the kernel panics; test-boot says so
        // instead of waiting for the timeout.
        const QString bad =
            writeConfig(QStringLiteral("bad.yml"), QStringLiteral(" rdinit=/nonexistent"));
        const Test::ProcessResult fail = Test::runLkc(
            {QStringLiteral("test-boot"), bad, QStringLiteral("-f"),
             QStringLiteral("kernel+initrd"), QStringLiteral("--accel"), QStringLiteral("tcg"),
             QStringLiteral("--timeout"), QStringLiteral("90"), QStringLiteral("--dir"),
             m_dir + QStringLiteral("/bad"), QStringLiteral("--cache"), m_store},
            240000);
        qInfo("%s", fail.out.constData());
        QCOMPARE(fail.exitCode, 1);
        QVERIFY2(fail.out.contains("kernel panic: Kernel panic - not syncing: VFS"),
                 fail.out.constData());
    }

    void rejectsBadArguments() {
        const Test::ProcessResult r =
            Test::runLkc({QStringLiteral("test-boot"), QStringLiteral("x.yml"),
                          QStringLiteral("--format"), QStringLiteral("floppy")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown format type floppy"));
    }
};

QTEST_GUILESS_MAIN(TestTestBoot)
#include "tst_testboot.moc"
