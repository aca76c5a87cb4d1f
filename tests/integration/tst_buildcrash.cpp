// SPDX-License-Identifier: Apache-2.0
// SIGKILL at each step of a build's final phase (LKC_TEST_CRASH_AT failpoints
// in OutputStaging), over the outputs of an earlier build: the next run into
// that folder leaves no staging folder behind, and the outputs are all old or
// all new, never new kernel + old initrd. A live build's staging is left alone.
#include "build/outputs/outputstaging.h"
#include "buildworkload.h"

#include <QDirIterator>
#include <QProcess>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Lkc;
using namespace Lkc::Test;

namespace {

QMap<QString, QByteArray> outputs(const QString &dir) {
    QMap<QString, QByteArray> out;
    for (const QString &name : QDir(dir).entryList(QDir::Files)) {
        QFile f(QDir(dir).filePath(name));
        out.insert(name, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("?"));
    }
    return out;
}

QStringList stagingLeft(const QString &dir) {
    return QDir(dir).entryList({QStringLiteral(".lkc-build-*")},
                               QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestBuildCrash : public QObject {
    Q_OBJECT
private:
    QString m_scratch;
    BuildWorkload m_work;

    QString writeConfig(const QString &name, const QString &cmdline, bool missingImage = false) {
        QString text = m_work.configText;
        text.replace(QStringLiteral("console=ttyS0"), cmdline);
        if (missingImage)
            text.replace(QStringLiteral("lkc.test/init:1"), QStringLiteral("lkc.test/absent:1"));
        const QString path = m_scratch + QLatin1Char('/') + name;
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(text.toUtf8());
        return path;
    }

    ProcessResult build(const QString &out, const QString &config, const QByteArray &crashAt = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("LKC_TEST_CRASH_AT"), QString::fromLatin1(crashAt));
        p.setProcessEnvironment(env);
        p.start(lkcBinary(), {QStringLiteral("build"), QStringLiteral("--offline"),
                              QStringLiteral("--cache"), m_work.store, QStringLiteral("--dir"), out,
                              QStringLiteral("--name"), QStringLiteral("work"),
                              QStringLiteral("-f"), QStringLiteral("kernel+initrd"), config});
        ProcessResult r;
        r.finished = p.waitForFinished(120000);
        if (!r.finished) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private slots:
    void initTestCase() {
        m_scratch = scratchDir(QStringLiteral("buildcrash"));
        const QString made =
            makeWorkload(m_scratch + QStringLiteral("/work"), 1, 256 << 10, &m_work);
        QVERIFY2(made.isEmpty(), qPrintable(made));
    }

    void killAtEachStep_data() {
        QTest::addColumn<QByteArray>("point");
        QTest::addColumn<bool>("expectNew");
        QTest::newRow("writers done, nothing decided") << QByteArray("staged") << false;
        QTest::newRow("commit written") << QByteArray("committed") << true;
        QTest::newRow("after the first rename") << QByteArray("renamed-1") << true;
        QTest::newRow("after the second rename") << QByteArray("renamed-2") << true;
    }
    void killAtEachStep() {
        QFETCH(QByteArray, point);
        QFETCH(bool, expectNew);
        const QString out = scratchDir(QStringLiteral("buildcrash-out"));
        const ProcessResult first =
            build(out, writeConfig(QStringLiteral("old.yml"), QStringLiteral("console=ttyS0 old")));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const auto before = outputs(out);
        QCOMPARE(before.value(QStringLiteral("work-cmdline")), QByteArray("console=ttyS0 old"));

        const ProcessResult killed =
            build(out, writeConfig(QStringLiteral("new.yml"), QStringLiteral("console=ttyS0 new")),
                  point);
        QVERIFY2(killed.exitCode == -1, killed.err.constData()); // died of SIGKILL
        QCOMPARE(stagingLeft(out).size(), 1);
        if (point == "staged")
            QCOMPARE(outputs(out), before); // nothing moved yet
        QCOMPARE(OutputStaging::hasPendingCommit(out), expectNew);

        // The next run into the folder (here one that then fails: an image is missing)
        // settles what the dead build left, before anything else.
        const ProcessResult next =
            build(out, writeConfig(QStringLiteral("broken.yml"), QStringLiteral("x"), true));
        QVERIFY(next.exitCode != 0);
        QVERIFY2(next.err.contains("interrupted build"), next.err.constData());
        QCOMPARE(stagingLeft(out), QStringList());
        const auto after = outputs(out);
        QCOMPARE(after.keys(), before.keys());
        const QByteArray cmdline = after.value(QStringLiteral("work-cmdline"));
        QCOMPARE(cmdline,
                 expectNew ? QByteArray("console=ttyS0 new") : QByteArray("console=ttyS0 old"));
        if (expectNew) {
            // All new: the initrd differs (the config file is in it), the kernel is the same
            // image's.
            QVERIFY(after.value(QStringLiteral("work-initrd.img")) !=
                    before.value(QStringLiteral("work-initrd.img")));
        } else {
            QCOMPARE(after, before);
        }
    }

    void liveStagingIsLeftAlone() {
        const QString out = scratchDir(QStringLiteral("buildcrash-live"));
        const QString live = out + QStringLiteral("/.lkc-build-live01");
        QVERIFY(QDir().mkpath(live));
        const QByteArray owner = QFile::encodeName(live + QStringLiteral("/owner"));
        const int fd = ::open(owner.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX), 0);
        const ProcessResult r =
            build(out, writeConfig(QStringLiteral("live.yml"), QStringLiteral("console=ttyS0")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(stagingLeft(out), QStringList{QStringLiteral(".lkc-build-live01")});
        ::close(fd);
        // Its owner gone, the next build removes it.
        const ProcessResult again =
            build(out, writeConfig(QStringLiteral("live.yml"), QStringLiteral("console=ttyS0")));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(stagingLeft(out), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBuildCrash)
#include "tst_buildcrash.moc"
