// SPDX-License-Identifier: Apache-2.0
#include "run/accelprobe.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <mutex>

#include <csignal>

#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

namespace Lkc {

// The firmware: QEMU maps the image's last 16 bytes at the reset vector
// 0xFFFF0. There: mov al,0x2a; out 0xf4,al; hlt; jmp $-1. isa-debug-exit
// turns the write into QEMU exit code (0x2a << 1) | 1 = 85.
static QByteArray probeFirmware() {
    QByteArray image(64 * 1024, char(0xf4));
    const unsigned char code[] = {0xb0, 0x2a, 0xe6, 0xf4, 0xf4, 0xeb, 0xfd};
    for (size_t i = 0; i < sizeof(code); ++i)
        image[image.size() - 16 + int(i)] = char(code[i]);
    return image;
}

// A probe QEMU that hangs (KVM on a nested host) must not outlive a killed lkc.
static void dieWithParent() {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
}

AccelProbe::Outcome AccelProbe::probe(const QString &qemuBinary, const QString &accel,
                                      int timeoutMs) {
    Outcome out;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out.detail = QStringLiteral("cannot create a temporary directory");
        return out;
    }
    const QString bios = dir.filePath(QStringLiteral("probe.bin"));
    QFile f(bios);
    if (!f.open(QIODevice::WriteOnly) || f.write(probeFirmware()) != 64 * 1024) {
        out.detail = QStringLiteral("cannot write the probe firmware");
        return out;
    }
    f.close();
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setChildProcessModifier(dieWithParent);
    p.start(qemuBinary,
            {QStringLiteral("-machine"), QStringLiteral("pc,accel=") + accel,
             QStringLiteral("-nodefaults"), QStringLiteral("-display"), QStringLiteral("none"),
             QStringLiteral("-m"), QStringLiteral("16"), QStringLiteral("-bios"), bios,
             QStringLiteral("-device"), QStringLiteral("isa-debug-exit,iobase=0xf4,iosize=0x04")});
    if (!p.waitForStarted(timeoutMs)) {
        out.detail = p.errorString();
        return out;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        out.elapsedMs = timer.elapsed();
        out.detail =
            QStringLiteral("QEMU did not finish a trivial guest within %1 ms").arg(timeoutMs);
        return out;
    }
    out.elapsedMs = timer.elapsed();
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 85) {
        out.works = true;
        return out;
    }
    const QString msg =
        QString::fromLocal8Bit(p.readAll()).trimmed().section(QLatin1Char('\n'), 0, 0);
    out.detail = msg.isEmpty() ? QStringLiteral("QEMU exited with code %1").arg(p.exitCode()) : msg;
    return out;
}

AccelProbe::Outcome AccelProbe::probeKernel(const QString &qemuBinary, const QString &accel,
                                            const QString &kernel, int timeoutMs) {
    Outcome out;
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setChildProcessModifier(dieWithParent);
    p.start(qemuBinary, {QStringLiteral("-machine"), QStringLiteral("q35,accel=") + accel,
                         QStringLiteral("-nodefaults"), QStringLiteral("-display"),
                         QStringLiteral("none"), QStringLiteral("-serial"), QStringLiteral("stdio"),
                         QStringLiteral("-no-reboot"), QStringLiteral("-m"), QStringLiteral("256"),
                         QStringLiteral("-kernel"), kernel, QStringLiteral("-append"),
                         QStringLiteral("console=ttyS0 earlyprintk=serial,ttyS0 panic=-1")});
    if (!p.waitForStarted(timeoutMs)) {
        out.detail = p.errorString();
        return out;
    }
    QByteArray seen;
    while (timer.elapsed() < timeoutMs && p.state() == QProcess::Running) {
        p.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed())));
        seen += p.readAll();
        if (seen.contains("Linux version")) {
            out.works = true;
            break;
        }
    }
    out.elapsedMs = timer.elapsed();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
    }
    seen += p.readAll();
    if (!out.works) {
        QString why = QStringLiteral("a kernel printed nothing within %1 ms").arg(timeoutMs);
        for (const QString &line : QString::fromLocal8Bit(seen).split(QLatin1Char('\n')))
            if (line.contains(QLatin1String("rror")) || line.contains(QLatin1String("Assertion")))
                why = line.trimmed();
        out.detail = why;
    }
    return out;
}

QString AccelProbe::hostKernel() {
    utsname u{};
    if (::uname(&u) == 0) {
        const QString own = QStringLiteral("/boot/vmlinuz-") + QString::fromLocal8Bit(u.release);
        if (QFileInfo(own).isReadable())
            return own;
    }
    const QStringList all = QDir(QStringLiteral("/boot"))
                                .entryList({QStringLiteral("vmlinuz-*")}, QDir::Files, QDir::Name);
    for (const QString &k : all)
        if (QFileInfo(QStringLiteral("/boot/") + k).isReadable())
            return QStringLiteral("/boot/") + k;
    return {};
}

// What the verdict depends on. Anything that changes here may change it.
static QJsonObject probeFacts(const QString &qemuBinary, const QString &kvmDevice) {
    QJsonObject f;
    struct stat st {};
    const QByteArray dev = QFile::encodeName(kvmDevice);
    if (::stat(dev.constData(), &st) == 0) {
        f.insert(QStringLiteral("kvmInode"), QString::number(st.st_ino));
        f.insert(QStringLiteral("kvmCtime"),
                 QStringLiteral("%1.%2").arg(st.st_ctim.tv_sec).arg(st.st_ctim.tv_nsec));
        f.insert(QStringLiteral("kvmAccess"), ::access(dev.constData(), R_OK | W_OK) == 0);
    } else {
        f.insert(QStringLiteral("kvmInode"), QStringLiteral("missing"));
    }
    const QString qemu = QStandardPaths::findExecutable(qemuBinary);
    const QByteArray q = QFile::encodeName(QFileInfo(qemu).canonicalFilePath());
    f.insert(QStringLiteral("qemu"), QString::fromLocal8Bit(q));
    if (!q.isEmpty() && ::stat(q.constData(), &st) == 0) {
        f.insert(QStringLiteral("qemuInode"), QString::number(st.st_ino));
        f.insert(QStringLiteral("qemuSize"), QString::number(st.st_size));
        f.insert(QStringLiteral("qemuMtime"),
                 QStringLiteral("%1.%2").arg(st.st_mtim.tv_sec).arg(st.st_mtim.tv_nsec));
    }
    utsname u{};
    if (::uname(&u) == 0)
        f.insert(QStringLiteral("kernelRelease"), QString::fromLocal8Bit(u.release));
    return f;
}

static QString qemuVersion(const QString &qemuBinary) {
    QProcess p;
    p.start(qemuBinary, {QStringLiteral("--version")});
    if (!p.waitForFinished(10000))
        return {};
    return QString::fromLocal8Bit(p.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0);
}

QString AccelProbe::kvmCacheFile() {
    const QString env = qEnvironmentVariable("LKC_ACCEL_CACHE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/linuxkit-composer/kvm-probe.json");
}

AccelProbe::Outcome AccelProbe::kvmRemembered(const QString &qemuBinary, const QString &cacheFile,
                                              const QString &kvmDevice) {
    Outcome out;
    const QByteArray dev = QFile::encodeName(kvmDevice);
    if (::access(dev.constData(), R_OK | W_OK) != 0) {
        out.detail = QStringLiteral("%1 is missing or not accessible").arg(kvmDevice);
        return out;
    }
    const QJsonObject facts = probeFacts(qemuBinary, kvmDevice);
    QFile cache(cacheFile);
    if (cache.open(QIODevice::ReadOnly)) {
        const QJsonObject saved = QJsonDocument::fromJson(cache.read(64 * 1024)).object();
        if (saved.value(QStringLiteral("facts")).toObject() == facts &&
            saved.contains(QStringLiteral("works"))) {
            out.works = saved.value(QStringLiteral("works")).toBool();
            out.detail = saved.value(QStringLiteral("detail")).toString();
            out.elapsedMs = qint64(saved.value(QStringLiteral("elapsedMs")).toDouble());
            out.fromCache = true;
            return out;
        }
        cache.close();
    }
    out = probe(qemuBinary, QStringLiteral("kvm"));
    const QString kernel = hostKernel();
    if (out.works && !kernel.isEmpty()) {
        const qint64 firmwareMs = out.elapsedMs;
        out = probeKernel(qemuBinary, QStringLiteral("kvm"), kernel);
        out.elapsedMs += firmwareMs;
    }
    QJsonObject saved;
    saved.insert(QStringLiteral("facts"), facts);
    // Stored for people reading the file; the binary's stat stands for it.
    saved.insert(QStringLiteral("qemuVersion"), qemuVersion(qemuBinary));
    saved.insert(QStringLiteral("works"), out.works);
    saved.insert(QStringLiteral("detail"), out.detail);
    saved.insert(QStringLiteral("elapsedMs"), double(out.elapsedMs));
    saved.insert(QStringLiteral("probedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QDir().mkpath(QFileInfo(cacheFile).path());
    QSaveFile w(cacheFile);
    if (w.open(QIODevice::WriteOnly)) {
        w.write(QJsonDocument(saved).toJson());
        w.commit(); // a cache: failing to write it only costs the next probe
    }
    return out;
}

AccelProbe::Outcome AccelProbe::kvm(const QString &qemuBinary) {
    static std::once_flag once;
    static Outcome cached;
    std::call_once(once, [&] { cached = kvmRemembered(qemuBinary, kvmCacheFile()); });
    return cached;
}

QString AccelProbe::choose(const QString &qemuBinary, QString *reason) {
    const Outcome k = kvm(qemuBinary);
    if (k.works) {
        if (reason)
            *reason =
                QStringLiteral("Acceleration: KVM (probe ran a guest in %1 ms)").arg(k.elapsedMs);
        return QStringLiteral("kvm");
    }
    if (reason)
        *reason = QStringLiteral("Acceleration: TCG (KVM unusable: %1%2)")
                      .arg(k.detail, k.fromCache ? QStringLiteral("; remembered from an earlier "
                                                                  "probe, delete %1 to probe again")
                                                       .arg(kvmCacheFile())
                                                 : QString());
    return QStringLiteral("tcg");
}

} // namespace Lkc
