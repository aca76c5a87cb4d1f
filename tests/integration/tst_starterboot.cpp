// SPDX-License-Identifier: Apache-2.0
// Boots the starter kit (packaging/starter-kit) under QEMU with the serial console on a pipe and
// checks what a user sees: the onboot output, the services line, a shell that answers, and
// poweroff ending the VM. A deliberately broken config.json must make the same detector fail
// (once, on the lkc-built initrd: the detector and the failure are the same for the hand-packed
// one, and every boot under TCG is CI time).
// Two build paths: `lkc build` of resources/examples/starter.yml on images imported by
// build-starter-kit.sh, and the kit's hand-packed initrd (hand-pack.sh, the reference layout).
#include "testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Lkc::Test;

namespace {

// Stable lines the kit prints (packaging/starter-kit/files/init/init and the images' scripts).
const QByteArray kOnbootLine = "lkc-sysctl: applied";
const QByteArray kDhcpLine = "lkc-dhcpcd: eth0 10.0.2.15";
const QByteArray kServicesLine = "lkc-init: all services started";
const QByteArray kServicesFailedLine = "lkc-init: services FAILED to start:";
const QByteArray kShellAnswer = "lkc-42";
const QByteArray kShellCommand = "echo lkc-$((6*7))\n";
// Lines after which the boot cannot succeed: stop waiting and show them.
const QByteArray kKernelPanic = "Kernel panic";
const QByteArray kInitramfsBroken = "Initramfs unpacking failed";

// Budgets for a loaded 2-core machine under TCG (a quiet one boots the kit in ~25-35 s).
constexpr int kServicesBudgetMs = 240000;
constexpr int kShellBudgetMs = 60000;
constexpr int kPoweroffBudgetMs = 60000;

// One QEMU boot of a kernel+initrd, serial console on stdio. The VM is killed in the
// destructor whatever happened.
class SerialBoot {
public:
    SerialBoot(const QString &kernel, const QString &initrd, const QString &cmdline)
        : m_kernel(kernel)
        , m_initrd(initrd)
        , m_cmdline(cmdline) {
        // A free port on 127.0.0.1 for the guest's port 22.
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, 0))
            m_sshPort = probe.serverPort();
    }
    ~SerialBoot() { stop(); }
    SerialBoot(const SerialBoot &) = delete;
    SerialBoot &operator=(const SerialBoot &) = delete;

    bool start(QString *error) {
        QString accel = QString::fromLocal8Bit(qgetenv("LKC_TEST_QEMU_ACCEL"));
        if (accel.isEmpty())
            accel = QStringLiteral("tcg"); // KVM hangs on these machines (PLATFORM-NOTES)
        m_qemu.setProcessChannelMode(QProcess::MergedChannels);
        m_qemu.start(QStringLiteral("qemu-system-x86_64"),
                     {QStringLiteral("-accel"), accel, QStringLiteral("-m"), QStringLiteral("1024"),
                      QStringLiteral("-nographic"), QStringLiteral("-no-reboot"),
                      QStringLiteral("-nic"),
                      QStringLiteral("user,model=virtio-net-pci,hostfwd=tcp:127.0.0.1:%1-:22")
                          .arg(m_sshPort),
                      QStringLiteral("-kernel"), m_kernel, QStringLiteral("-initrd"), m_initrd,
                      // panic=-1 with -no-reboot: a panic ends QEMU instead of hanging.
                      QStringLiteral("-append"), m_cmdline + QStringLiteral(" panic=-1")});
        m_clock.start();
        if (!m_qemu.waitForStarted(10000)) {
            *error = m_qemu.errorString();
            return false;
        }
        return true;
    }

    // Milliseconds since start when `needle` first appeared, or -1 when it did not appear within
    // timeoutMs, or when `abortNeedle` appeared first, or when QEMU exited.
    qint64 waitFor(const QByteArray &needle, int timeoutMs, const QByteArray &abortNeedle = {}) {
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            pump(0);
            if (m_out.contains(needle))
                return m_seenAt.value(needle, m_clock.elapsed());
            if (!abortNeedle.isEmpty() && m_out.contains(abortNeedle))
                return -1;
            if (m_out.contains(kKernelPanic))
                return -1;
            if (m_qemu.state() == QProcess::NotRunning || waited.elapsed() > timeoutMs)
                return -1;
            pump(200);
        }
    }

    // Types `line` every 2 s until `answer` shows up; the elapsed ms then, or -1.
    qint64 askUntil(const QByteArray &line, const QByteArray &answer, int timeoutMs) {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < timeoutMs && m_qemu.state() == QProcess::Running) {
            m_qemu.write(line);
            const qint64 at = waitFor(answer, 2000);
            if (at >= 0)
                return at;
        }
        return -1;
    }

    // The whole console line holding `needle` once its end has arrived (empty after timeoutMs).
    QByteArray completeLine(const QByteArray &needle, int timeoutMs) {
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            const qsizetype at = m_out.indexOf(needle);
            const qsizetype end = at < 0 ? -1 : m_out.indexOf('\n', at);
            if (end >= 0)
                return m_out.mid(at, end - at).trimmed();
            if (waited.elapsed() > timeoutMs || m_qemu.state() != QProcess::Running)
                return {};
            pump(200);
        }
    }

    void send(const QByteArray &bytes) { m_qemu.write(bytes); }

    bool waitForExit(int timeoutMs) {
        QElapsedTimer waited;
        waited.start();
        while (m_qemu.state() != QProcess::NotRunning && waited.elapsed() < timeoutMs)
            pump(200);
        return m_qemu.state() == QProcess::NotRunning;
    }

    void stop() {
        if (m_qemu.state() == QProcess::NotRunning)
            return;
        m_qemu.kill();
        m_qemu.waitForFinished(10000);
    }

    quint16 sshPort() const { return m_sshPort; }
    qint64 elapsed() const { return m_clock.elapsed(); }
    const QByteArray &console() const { return m_out; }
    QByteArray tail(int bytes = 3000) const { return m_out.right(bytes); }

private:
    void pump(int waitMs) {
        if (waitMs > 0 && m_qemu.state() == QProcess::Running)
            m_qemu.waitForReadyRead(waitMs);
        const QByteArray chunk = m_qemu.readAll();
        if (chunk.isEmpty())
            return;
        m_out += chunk;
        // Remember when each watched line first arrived, so figures do not include poll delay.
        for (const QByteArray &n : {kOnbootLine, kDhcpLine, kServicesLine, kShellAnswer})
            if (!m_seenAt.contains(n) && m_out.contains(n))
                m_seenAt.insert(n, m_clock.elapsed());
    }

    QString m_kernel;
    QString m_initrd;
    QString m_cmdline;
    QProcess m_qemu;
    QElapsedTimer m_clock;
    QByteArray m_out;
    QHash<QByteArray, qint64> m_seenAt;
    quint16 m_sshPort = 0;
};

// The first line a server on 127.0.0.1:port sends (an SSH banner), or empty.
QByteArray bannerAt(quint16 port, int timeoutMs) {
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(timeoutMs))
        return {};
    QElapsedTimer t;
    t.start();
    while (!s.canReadLine() && t.elapsed() < timeoutMs)
        s.waitForReadyRead(500);
    return s.readLine().trimmed();
}

QString kitDir() {
    return sourceDir() + QStringLiteral("/packaging/starter-kit");
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStarterBoot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        for (const char *p : {"qemu-system-x86_64", "cpio", "gzip", "jq"})
            if (!haveProgram(QString::fromLatin1(p)))
                QFAIL(qPrintable(QStringLiteral("%1 is not installed (packaging/setup.sh)")
                                     .arg(QString::fromLatin1(p))));
        m_trees = scratchDir(QStringLiteral("starterboot-trees"));
        const ProcessResult r =
            runProcess(kitDir() + QStringLiteral("/make-trees.sh"), {m_trees}, 300000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    }

    // The hand-packed initrd: the kit and its init on their own, independent of `lkc build`.
    void handPackedBoots() {
        const QString out = scratchDir(QStringLiteral("starterboot-hand"));
        const ProcessResult r =
            runProcess(kitDir() + QStringLiteral("/hand-pack.sh"), {m_trees, out}, 300000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        bootAndUse(out, QStringLiteral("hand-packed"));
    }

    // resources/examples/starter.yml through `lkc build`, on images build-starter-kit.sh imported.
    void lkcBuiltBoots() {
        const QString missing = lkcMissing();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
        // A key of our own in root/.ssh/authorized_keys, so the test can log in over SSH.
        QString key;
        QByteArray extraFiles;
        if (haveProgram(QStringLiteral("ssh")) && haveProgram(QStringLiteral("ssh-keygen"))) {
            key = scratchDir(QStringLiteral("starterboot-key")) + QStringLiteral("/id_ed25519");
            const ProcessResult k =
                runProcess(QStringLiteral("ssh-keygen"),
                           {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                            QStringLiteral("-N"), QString(), QStringLiteral("-f"), key});
            QVERIFY2(k.finished && k.exitCode == 0, k.err.constData());
            extraFiles = "  - path: root/.ssh/authorized_keys\n    contents: \"" +
                         readAll(key + QStringLiteral(".pub")).trimmed() +
                         "\"\n    mode: \"0600\"\n";
        }
        // An onshutdown container: busybox init must run it on poweroff.
        const QByteArray onshutdown = "onshutdown:\n"
                                      "  - name: bye\n"
                                      "    image: lkc.local/starter/sysctl:1\n"
                                      "    command: [\"/bin/echo\", \"lkc-onshutdown: bye\"]\n";
        const QString out = lkcBuild(QStringLiteral("lkc-built"), extraFiles + onshutdown);
        if (out.isEmpty())
            return; // failed inside lkcBuild
        bootAndUse(out, QStringLiteral("lkc build"), false, key, "lkc-onshutdown: bye");
    }

    void lkcBuiltBrokenConfigFails() {
        // files: are written after the service bundles, so this replaces getty's config.json.
        const QByteArray breakIt = "  - path: containers/services/getty/config.json\n"
                                   "    contents: '{ \"ociVersion\": \"1.2.1\", \"process\": '\n";
        const QString missing = lkcMissing();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
        const QString out = lkcBuild(QStringLiteral("lkc-built-broken"), breakIt);
        if (out.isEmpty())
            return;
        QVERIFY2(readAll(out + QStringLiteral("/starter-initrd.img")).size() > 0, "no initrd");
        bootMustFail(out);
    }

private:
    // Why the `lkc build` path cannot run, or empty.
    static QString lkcMissing() {
        if (runLkc({QStringLiteral("image"), QStringLiteral("create"), QStringLiteral("--help")})
                .exitCode != 0)
            return QStringLiteral("`lkc image create --help` fails");
        if (runLkc({QStringLiteral("build"), QStringLiteral("--help")}).exitCode != 0)
            return QStringLiteral("`lkc build --help` fails");
        return {};
    }

    // Imports the kit into a scratch store and builds starter.yml (+ `extra` appended: entries
    // continue its files: list, top-level keys may follow) as kernel+initrd. Returns the output
    // dir, or empty after a QFAIL.
    QString lkcBuild(const QString &name, const QByteArray &extra) {
        if (m_cache.isEmpty()) {
            QString error;
            m_cache = starterKitStore(&error); // built once per build tree, shared
            if (m_cache.isEmpty()) {
                QTest::qFail(qPrintable(error), __FILE__, __LINE__);
                return {};
            }
        }
        const QString out = scratchDir(QStringLiteral("starterboot-") + name);
        QByteArray yaml = readAll(sourceDir() + QStringLiteral("/resources/examples/starter.yml"));
        if (yaml.isEmpty()) {
            QTest::qFail("resources/examples/starter.yml is missing", __FILE__, __LINE__);
            return {};
        }
        if (!yaml.endsWith('\n'))
            yaml += '\n';
        yaml += extra;
        const QString yml = out + QStringLiteral("/starter.yml");
        QFile f(yml);
        if (!f.open(QIODevice::WriteOnly) || f.write(yaml) != yaml.size()) {
            QTest::qFail("cannot write the test config", __FILE__, __LINE__);
            return {};
        }
        f.close();
        const ProcessResult b = runLkc({QStringLiteral("build"), QStringLiteral("--format"),
                                        QStringLiteral("kernel+initrd"), QStringLiteral("--dir"),
                                        out, QStringLiteral("--name"), QStringLiteral("starter"),
                                        QStringLiteral("--cache"), m_cache, yml},
                                       600000, out);
        if (!b.finished || b.exitCode != 0) {
            QTest::qFail(("lkc build failed: " + b.err.right(2000)).constData(), __FILE__,
                         __LINE__);
            return {};
        }
        return out;
    }

    static QString cmdlineOf(const QString &dir) {
        return QString::fromUtf8(readAll(dir + QStringLiteral("/starter-cmdline"))).trimmed();
    }

    // The kernel's own words first: they name the cause (e.g. an initrd it cannot unpack).
    // False (and a failure) when the kernel did not get to run /init; the message is the
    // kernel's own line (e.g. "Initramfs unpacking failed: junk at the end of compressed archive"
    // for an initrd whose gzip members end inside cpio entries).
    static bool verifyKernelGotToInit(SerialBoot &vm) {
        QByteArray fatal;
        for (const QByteArray &n : {kInitramfsBroken, kKernelPanic})
            if (fatal.isEmpty() && vm.console().contains(n))
                fatal = vm.completeLine(n, 1000);
        [&] { QVERIFY2(fatal.isEmpty(), fatal.constData()); }();
        return fatal.isEmpty();
    }

    // Logs in as root with `key` on 127.0.0.1:port and runs a command; its output.
    static QByteArray sshRun(quint16 port, const QString &key, const QString &command) {
        const ProcessResult r = runProcess(
            QStringLiteral("ssh"),
            {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-i"), key,
             QStringLiteral("-p"), QString::number(port), QStringLiteral("-o"),
             QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
             QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
             QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
             QStringLiteral("ConnectTimeout=10"), QStringLiteral("root@127.0.0.1"), command},
            30000);
        return r.out + r.err;
    }

    void bootAndUse(const QString &dir, const QString &what, bool withNetns = false,
                    const QString &sshKey = {}, const QByteArray &shutdownLine = {}) {
        const QString cmdline = cmdlineOf(dir);
        QVERIFY2(cmdline.contains(QLatin1String("console=ttyS0")), qPrintable(cmdline));
        SerialBoot vm(dir + QStringLiteral("/starter-kernel"),
                      dir + QStringLiteral("/starter-initrd.img"), cmdline);
        QString error;
        QVERIFY2(vm.start(&error), qPrintable(error));

        const qint64 services = vm.waitFor(kServicesLine, kServicesBudgetMs, kServicesFailedLine);
        if (!verifyKernelGotToInit(vm))
            return;
        QVERIFY2(services >= 0, vm.tail().constData());
        // Onboot ran before the services, in order, and printed through the console.
        const qint64 onboot = vm.waitFor(kOnbootLine, 0);
        QVERIFY2(onboot >= 0, vm.tail().constData());
        const qsizetype sysctlAt = vm.console().indexOf(kOnbootLine);
        const qsizetype dhcpAt = vm.console().indexOf(kDhcpLine);
        QVERIFY2(dhcpAt > sysctlAt, vm.tail().constData());
        QVERIFY(vm.console().indexOf(kServicesLine) > dhcpAt);

        const qint64 shell = vm.askUntil(kShellCommand, kShellAnswer, kShellBudgetMs);
        QVERIFY2(shell >= 0, vm.tail().constData());

        if (withNetns) {
            // The veth end was moved in before the process started; the namespace outlives it.
            QVERIFY2(vm.console().contains("lkc-netns: lkc-c0 inside"), vm.tail().constData());
            QVERIFY2(vm.askUntil("[ -e /run/netns/lkc-test ] && ip link show lkc-h0 >/dev/null && "
                                 "echo ns-$((40+2))-ok\n",
                                 "ns-42-ok", 20000) >= 0,
                     vm.tail().constData());
        }

        // sshd and dhcpcd are up as well: ask the shell (pid host) about their processes.
        QVERIFY2(vm.askUntil("pidof dropbear >/dev/null && pidof udhcpc >/dev/null && echo "
                             "svc-$((40+2))-ok\n",
                             "svc-42-ok", 20000) >= 0,
                 vm.tail().constData());

        // dropbear answers through QEMU's user-net port forward.
        QByteArray banner;
        for (int i = 0; i < 10 && !banner.startsWith("SSH-2.0-"); ++i)
            banner = bannerAt(vm.sshPort(), 3000);
        QVERIFY2(banner.startsWith("SSH-2.0-dropbear"), banner.constData());
        if (!sshKey.isEmpty()) {
            // A real login: host keys made at first start, authorized_keys from files:.
            QByteArray answer;
            for (int i = 0; i < 5 && !answer.contains("ssh-42"); ++i)
                answer = sshRun(vm.sshPort(), sshKey, QStringLiteral("echo ssh-$((6*7))"));
            QVERIFY2(answer.contains("ssh-42"), answer.constData());
        }

        const qint64 poweroffAt = vm.elapsed();
        vm.send("poweroff\n");
        QVERIFY2(vm.waitForExit(kPoweroffBudgetMs), vm.tail().constData());
        const qint64 down = vm.elapsed() - poweroffAt;
        if (!shutdownLine.isEmpty())
            QVERIFY2(vm.console().contains(shutdownLine), vm.tail().constData());
        // The init's milestone lines carry the guest's uptime: "(12.34 s after boot)".
        auto uptimeOf = [&vm](const QByteArray &line) {
            const QByteArray l = vm.completeLine(line, 0);
            const qsizetype open = l.lastIndexOf('(');
            return open < 0 ? QByteArray("?") : l.mid(open + 1, l.indexOf(' ', open) - open - 1);
        };
        qInfo("%s: onboot line %.1f s, services line %.1f s, shell answered %.1f s, "
              "poweroff took %.1f s (TCG, wall clock from QEMU start); guest uptime at onboot "
              "start %s s, onboot done %s s, services started %s s",
              qPrintable(what), onboot / 1000.0, services / 1000.0, shell / 1000.0, down / 1000.0,
              uptimeOf("lkc-init: running onboot containers").constData(),
              uptimeOf("lkc-init: onboot done").constData(), uptimeOf(kServicesLine).constData());
    }

    void bootMustFail(const QString &dir) {
        SerialBoot vm(dir + QStringLiteral("/starter-kernel"),
                      dir + QStringLiteral("/starter-initrd.img"), cmdlineOf(dir));
        QString error;
        QVERIFY2(vm.start(&error), qPrintable(error));
        // The detector must not see the services line: it stops at the failure line instead.
        QCOMPARE(vm.waitFor(kServicesLine, kServicesBudgetMs, kServicesFailedLine), -1);
        if (!verifyKernelGotToInit(vm))
            return;
        QVERIFY2(vm.console().contains(kServicesFailedLine), vm.tail().constData());
        const QByteArray failedList = vm.completeLine(kServicesFailedLine, 10000);
        QVERIFY2(failedList.contains("getty"), failedList.constData());
        // Onboot still ran; only the broken service is missing, so no shell answers.
        QVERIFY(vm.console().contains(kOnbootLine));
        QCOMPARE(vm.askUntil(kShellCommand, kShellAnswer, 10000), -1);
        vm.stop();
    }

    QString m_trees;
    QString m_cache;
};

QTEST_GUILESS_MAIN(TestStarterBoot)
#include "tst_starterboot.moc"
