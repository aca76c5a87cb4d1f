// SPDX-License-Identifier: Apache-2.0
// Boot-test inputs made on the spot: the host's Debian kernel and a busybox
// initramfs whose /init prints a marker and runs a shell on the console.
#pragma once

#include "build/outputs/outputwriter.h"
#include "run/qemusession.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Lkc::Test {

inline const char *kBootMarker = "LKC-TEST-BOOT-OK";

// Empty when the host lacks what a boot test needs (packaging/setup.sh installs it all,
// so callers fail on a non-empty answer).
inline QString bootSkipReason() {
    for (const char *p : {"qemu-system-x86_64", "qemu-img", "cpio", "gzip"})
        if (!haveProgram(QString::fromLatin1(p)))
            return QStringLiteral("%1 not installed").arg(QString::fromLatin1(p));
    if (!QFileInfo::exists(QStringLiteral("/bin/busybox")))
        return QStringLiteral("busybox-static not installed");
    const QStringList kernels =
        QDir(QStringLiteral("/boot")).entryList({QStringLiteral("vmlinuz-*")});
    if (kernels.isEmpty())
        return QStringLiteral("no kernel in /boot (linux-image-amd64)");
    return {};
}

// Writes kernel, initrd.img, rootfs.tar and fills `in`.
inline bool makeBootInputs(const QString &dir, OutputInputs &in) {
    const QStringList kernels =
        QDir(QStringLiteral("/boot"))
            .entryList({QStringLiteral("vmlinuz-*")}, QDir::Files, QDir::Name);
    if (kernels.isEmpty())
        return false;
    // clang-format off
    static const char script[] = R"SH(set -e
cd "$1"
rm -rf root && mkdir -p root/bin root/boot
cp /bin/busybox root/bin/busybox
cat > root/init <<'EOT'
#!/bin/busybox sh
/bin/busybox mkdir -p /proc /sys /dev /sbin /usr/bin /usr/sbin
/bin/busybox --install -s
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
echo "LKC-TEST-BOOT-OK $(uname -r)"
exec sh
EOT
chmod 755 root/init
echo console=ttyS0 > root/boot/cmdline
(cd root && find . -path ./boot -prune -o -print | cpio -o -H newc 2>/dev/null) | gzip -6 > initrd.img
tar -C root -cf rootfs.tar .
cp "$2" kernel
)SH";
    // clang-format on
    ProcessResult r =
        runProcess(QStringLiteral("/bin/sh"),
                   {QStringLiteral("-c"), QString::fromLatin1(script), QStringLiteral("sh"), dir,
                    QStringLiteral("/boot/") + kernels.last()},
                   60000);
    if (r.exitCode != 0) {
        qWarning("makeBootInputs: %s", r.out.constData());
        qWarning("%s", r.err.constData());
        return false;
    }
    in.kernel = dir + QStringLiteral("/kernel");
    in.initrd = dir + QStringLiteral("/initrd.img");
    in.rootfsTar = dir + QStringLiteral("/rootfs.tar");
    in.cmdline = QStringLiteral("console=ttyS0");
    in.scratchDir = dir + QStringLiteral("/scratch");
    QDir().mkpath(in.scratchDir);
    return true;
}

struct BootResult {
    bool booted = false;
    qint64 bootMs = 0;
    bool poweredOff = false;
    QString error;
    QByteArray output;
};

// Boots `options` under TCG, waits for the marker, optionally runs a command
// and waits for its answer, then powers off through the shell.
inline BootResult bootAndCheck(QemuOptions options, int timeoutMs, const QByteArray &command = {},
                               const QString &answer = {}) {
    BootResult r;
    options.accel = QStringLiteral("tcg");
    options.networking = QStringLiteral("none");
    options.memMiB = 512;
    QemuSession session;
    session.setPowerOffText("poweroff -f\n");
    Status st = session.start(options);
    if (!st) {
        r.error = st.error().toString();
        return r;
    }
    const qsizetype at =
        session.waitForOutput(QRegularExpression(QString::fromLatin1(kBootMarker)), timeoutMs);
    r.bootMs = session.elapsedMs();
    r.booted = at >= 0;
    if (r.booted && !command.isEmpty()) {
        session.write(command);
        if (session.waitForOutput(QRegularExpression(answer), 10000, at) < 0)
            r.error = QStringLiteral("no answer to the command");
    }
    session.stop(5000);
    r.poweredOff = session.waitForFinished(15000) && session.exitSignal() == 0;
    if (!session.waitForFinished(1)) {
        session.kill();
        session.waitForFinished(3000);
    }
    r.output = session.output();
    if (!r.booted && r.error.isEmpty())
        r.error = QStringLiteral("no marker within %1 ms; last output: %2")
                      .arg(timeoutMs)
                      .arg(QString::fromUtf8(r.output.right(400)));
    return r;
}

} // namespace Lkc::Test
