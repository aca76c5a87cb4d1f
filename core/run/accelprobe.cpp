// SPDX-License-Identifier: Apache-2.0
#include "run/accelprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <mutex>

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

AccelProbe::Outcome AccelProbe::kvm(const QString &qemuBinary) {
    static std::once_flag once;
    static Outcome cached;
    std::call_once(once, [&] {
        if (::access("/dev/kvm", R_OK | W_OK) != 0) {
            cached.detail = QStringLiteral("/dev/kvm is missing or not accessible");
            return;
        }
        cached = probe(qemuBinary, QStringLiteral("kvm"));
        const QString kernel = hostKernel();
        if (cached.works && !kernel.isEmpty()) {
            const qint64 firmwareMs = cached.elapsedMs;
            cached = probeKernel(qemuBinary, QStringLiteral("kvm"), kernel);
            cached.elapsedMs += firmwareMs;
        }
    });
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
        *reason = QStringLiteral("Acceleration: TCG (KVM unusable: %1)").arg(k.detail);
    return QStringLiteral("tcg");
}

} // namespace Lkc
