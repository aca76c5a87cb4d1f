// SPDX-License-Identifier: Apache-2.0
// A VM never outlives what started it: SIGTERM or SIGHUP to `lkc run` stops
// its QEMU (and the next `lkc run` of the same state folder gets the pid-file
// lock), and SIGKILL of a process holding a QemuSession takes its QEMU along
// (PR_SET_PDEATHSIG). This binary doubles as that process when
// LKC_TEST_SESSION_HOLDER names a boot prefix.
#include "bootfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/types.h>
#include <unistd.h>

using namespace Lkc;

namespace {

// True while `pid` is a live process (a zombie awaiting its reaper counts as gone).
bool alive(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const qsizetype close = s.lastIndexOf(')');
    return close > 0 && s.size() > close + 2 && s.at(close + 2) != 'Z';
}

bool waitGone(qint64 pid, int ms) {
    QElapsedTimer t;
    t.start();
    while (alive(pid) && t.elapsed() < ms)
        QTest::qWait(50);
    return !alive(pid);
}

// QEMU's pid from its -pidfile, once QEMU wrote it.
qint64 qemuPid(const QString &stateDir, int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QFile f(stateDir + QStringLiteral("/qemu.pid"));
        if (f.open(QIODevice::ReadOnly)) {
            const qint64 pid = f.readAll().trimmed().toLongLong();
            if (pid > 0 && alive(pid))
                return pid;
        }
        QTest::qWait(50);
    }
    return -1;
}

// The helper process: starts a QemuSession and waits to be killed.
int sessionHolder(const QString &prefix) {
    int argc = 1;
    char name[] = "session-holder";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    QemuOptions o;
    o.path = prefix;
    o.accel = QStringLiteral("tcg");
    o.networking = QStringLiteral("none");
    o.memMiB = 256;
    o.stateDir = prefix + QStringLiteral("-holder-state");
    QemuSession session;
    if (Status st = session.start(o); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return 1;
    }
    std::printf("started\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

class TestVmLifetime : public QObject {
    Q_OBJECT

    QString m_prefix;

    // `lkc run` of the test kernel, signalled with `sig` once QEMU runs.
    void signalLkcRun(int sig) {
        const QString state = m_prefix + QStringLiteral("-sig%1-state").arg(sig);
        QProcess lkc;
        lkc.setProcessChannelMode(QProcess::MergedChannels);
        lkc.start(Test::lkcBinary(),
                  {QStringLiteral("run"), QStringLiteral("-accel"), QStringLiteral("tcg"),
                   QStringLiteral("-networking"), QStringLiteral("none"), QStringLiteral("-mem"),
                   QStringLiteral("256"), QStringLiteral("-state"), state, m_prefix});
        QVERIFY(lkc.waitForStarted(5000));
        const qint64 qemu = qemuPid(state, 30000);
        QVERIFY2(qemu > 0, lkc.readAll().constData());
        ::kill(pid_t(lkc.processId()), sig);
        QVERIFY(lkc.waitForFinished(15000));
        const QByteArray out = lkc.readAll();
        QCOMPARE(lkc.exitCode(), 128 + sig);
        QVERIFY2(out.contains("lkc run: stopped QEMU on signal"), out.constData());
        QVERIFY2(waitGone(qemu, 5000), "QEMU outlived lkc run");

        // The pid-file lock is free: the next run of the same state folder boots.
        QProcess again;
        again.setProcessChannelMode(QProcess::MergedChannels);
        again.start(Test::lkcBinary(),
                    {QStringLiteral("run"), QStringLiteral("-accel"), QStringLiteral("tcg"),
                     QStringLiteral("-networking"), QStringLiteral("none"), QStringLiteral("-mem"),
                     QStringLiteral("256"), QStringLiteral("-state"), state, m_prefix});
        QVERIFY(again.waitForStarted(5000));
        const qint64 qemu2 = qemuPid(state, 30000);
        QVERIFY2(qemu2 > 0 && qemu2 != qemu, again.readAll().constData());
        ::kill(pid_t(again.processId()), SIGTERM);
        QVERIFY(again.waitForFinished(15000));
        QVERIFY2(!again.readAll().contains("cannot lock pid file"), "pid file still locked");
        QVERIFY(waitGone(qemu2, 5000));
    }

private slots:
    void initTestCase() {
        if (const QString why = Test::bootSkipReason(); !why.isEmpty())
            QFAIL(qPrintable(why));
        const QString dir = Test::scratchDir(QStringLiteral("vmlifetime"));
        OutputInputs in;
        QVERIFY(Test::makeBootInputs(dir, in));
        m_prefix = dir + QStringLiteral("/vm");
        QVERIFY(QFile::copy(in.kernel, m_prefix + QStringLiteral("-kernel")));
        QVERIFY(QFile::copy(in.initrd, m_prefix + QStringLiteral("-initrd.img")));
        QFile cmd(m_prefix + QStringLiteral("-cmdline"));
        QVERIFY(cmd.open(QIODevice::WriteOnly));
        cmd.write("console=ttyS0\n");
    }

    void sigtermToLkcRunStopsQemu() { signalLkcRun(SIGTERM); }
    void sighupToLkcRunStopsQemu() { signalLkcRun(SIGHUP); }

    void sigkillOfASessionHolderTakesQemuAlong() {
        QProcess holder;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LKC_TEST_SESSION_HOLDER"), m_prefix);
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForStarted(5000));
        QVERIFY(holder.waitForReadyRead(30000));
        QVERIFY2(holder.readAll().contains("started"), holder.readAllStandardError().constData());
        const qint64 qemu = qemuPid(m_prefix + QStringLiteral("-holder-state"), 30000);
        QVERIFY(qemu > 0);
        holder.kill(); // SIGKILL: no destructor runs, only the kernel can end QEMU
        QVERIFY(holder.waitForFinished(5000));
        QVERIFY2(waitGone(qemu, 5000), "QEMU outlived the process that started it");
    }
};

int main(int argc, char *argv[]) {
    const QString holder = qEnvironmentVariable("LKC_TEST_SESSION_HOLDER");
    if (!holder.isEmpty())
        return sessionHolder(holder);
    QCoreApplication app(argc, argv);
    TestVmLifetime test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_vmlifetime.moc"
