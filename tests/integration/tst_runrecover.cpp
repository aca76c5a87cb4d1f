// SPDX-License-Identifier: Apache-2.0
// `lkc run` of a folder where a build was killed while moving its outputs into
// place: the dead build had decided on its new set, so run finishes the renames
// first (as the next `lkc build` would) and boots new kernel + new initrd, never
// new kernel + old initrd. QEMU is `true` here: what counts is what run hands it.
#include "build/outputs/outputstaging.h"
#include "buildworkload.h"

#include <QTest>

using namespace Lkc;
using namespace Lkc::Test;

class TestRunRecover : public QObject {
    Q_OBJECT

    QString m_scratch;
    BuildWorkload m_work;

    QString config(const QString &name, const QString &cmdline) {
        QString text = m_work.configText;
        text.replace(QStringLiteral("console=ttyS0"), cmdline);
        const QString path = m_scratch + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0)
            return {};
        return path;
    }

    ProcessResult build(const QString &out, const QString &config) {
        return runLkc({QStringLiteral("build"), QStringLiteral("--offline"),
                       QStringLiteral("--cache"), m_work.store, QStringLiteral("--dir"), out,
                       QStringLiteral("--name"), QStringLiteral("work"), QStringLiteral("-f"),
                       QStringLiteral("kernel+initrd"), config},
                      120000);
    }

private slots:
    void initTestCase() {
        m_scratch = scratchDir(QStringLiteral("runrecover"));
        const QString made =
            makeWorkload(m_scratch + QStringLiteral("/work"), 1, 256 << 10, &m_work);
        QVERIFY2(made.isEmpty(), qPrintable(made));
    }

    void runFinishesAKilledBuildsRenames() {
        const QString out = scratchDir(QStringLiteral("runrecover-out"));
        const ProcessResult old =
            build(out, config(QStringLiteral("old.yml"), QStringLiteral("console=ttyS0 old")));
        QVERIFY2(old.exitCode == 0, old.err.constData());
        // Killed after moving the first output (the kernel) into place.
        qputenv("LKC_TEST_CRASH_AT", "renamed-1");
        const ProcessResult killed =
            build(out, config(QStringLiteral("new.yml"), QStringLiteral("console=ttyS0 new")));
        qunsetenv("LKC_TEST_CRASH_AT");
        QVERIFY2(killed.exitCode == -1, killed.err.constData()); // died of SIGKILL
        QVERIFY(OutputStaging::hasPendingCommit(out));

        qputenv("LKC_RUN_PRINT_COMMAND", "1");
        const ProcessResult run =
            runLkc({QStringLiteral("run"), QStringLiteral("-accel"), QStringLiteral("tcg"),
                    QStringLiteral("-qemu"), QStringLiteral("true"), QStringLiteral("-state"),
                    m_scratch + QStringLiteral("/state"), out + QStringLiteral("/work")});
        qunsetenv("LKC_RUN_PRINT_COMMAND");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("interrupted build"), run.err.constData());
        QVERIFY(!OutputStaging::hasPendingCommit(out));
        QCOMPARE(QDir(out).entryList({QStringLiteral(".lkc-build-*")},
                                     QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        // The command QEMU got: the new build's cmdline, read after the renames.
        QVERIFY2(run.err.contains("-append console=ttyS0 new"), run.err.constData());
        QFile cmdline(out + QStringLiteral("/work-cmdline"));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QCOMPARE(cmdline.readAll(), QByteArray("console=ttyS0 new"));
    }
};

QTEST_GUILESS_MAIN(TestRunRecover)
#include "tst_runrecover.moc"
