// SPDX-License-Identifier: Apache-2.0
#include "run/qemucommand.h"

#include "run/accelprobe.h"
#include "run/dataiso.h"
#include "util/toollocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QUuid>

namespace Lkc {

QString bootModeName(BootMode mode) {
    switch (mode) {
    case BootMode::Kernel:
        return QStringLiteral("kernel");
    case BootMode::Squashfs:
        return QStringLiteral("squashfs");
    case BootMode::Iso:
        return QStringLiteral("iso");
    case BootMode::Disk:
        return QStringLiteral("disk");
    }
    return {};
}

static QString readCmdline(const QString &file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

Result<BootTarget> QemuCommand::detectBootTarget(const QemuOptions &o) {
    BootTarget t;
    const QString p = o.path;
    if (p.isEmpty())
        return Error(QStringLiteral("no image given: pass a PREFIX (PREFIX-kernel …) or a file"));
    const QFileInfo fi(p);
    auto kernelBoot = [&](bool squashfs) -> Result<BootTarget> {
        t.prefix = p;
        t.kernel = p + QStringLiteral("-kernel");
        t.cmdlineFile = p + QStringLiteral("-cmdline");
        t.cmdline = readCmdline(t.cmdlineFile);
        if (!QFileInfo::exists(t.kernel))
            return Error(QStringLiteral("kernel file not found"), t.kernel);
        if (squashfs) {
            t.mode = BootMode::Squashfs;
            t.squashfs = p + QStringLiteral("-squashfs.img");
            if (!QFileInfo::exists(t.squashfs))
                return Error(QStringLiteral("squashfs image not found"), t.squashfs);
            // An initrd beside it is passed too: kernels whose disk drivers
            // are modules (Debian's) need one to reach the squashfs root.
            if (QFileInfo::exists(p + QStringLiteral("-initrd.img")))
                t.initrd = p + QStringLiteral("-initrd.img");
        } else {
            t.mode = BootMode::Kernel;
            t.initrd = p + QStringLiteral("-initrd.img");
            if (!QFileInfo::exists(t.initrd))
                return Error(QStringLiteral("initrd file not found"), t.initrd);
        }
        return t;
    };
    if (o.forceKernel)
        return kernelBoot(false);
    if (o.forceSquashfs)
        return kernelBoot(true);
    if (o.forceIso) {
        if (!fi.isFile())
            return Error(QStringLiteral("ISO file not found"), p);
        t.mode = BootMode::Iso;
        t.iso = p;
        t.prefix = p.endsWith(QLatin1String(".iso")) ? p.chopped(4) : p;
        return t;
    }
    if (!fi.exists()) {
        if (QFileInfo::exists(p + QStringLiteral("-kernel")))
            return kernelBoot(QFileInfo::exists(p + QStringLiteral("-squashfs.img")));
        return Error(QStringLiteral("neither the file nor %1-kernel exists").arg(fi.fileName()), p);
    }
    if (p.endsWith(QLatin1String(".iso"))) {
        t.mode = BootMode::Iso;
        t.iso = p;
        t.prefix = p.chopped(4);
        return t;
    }
    t.mode = BootMode::Disk;
    t.disk = p;
    t.prefix = p;
    return t;
}

Result<QString> QemuCommand::hostForward(const QString &publish) {
    QString spec = publish;
    QString proto = QStringLiteral("tcp");
    const int slash = spec.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        proto = spec.mid(slash + 1);
        spec.truncate(slash);
        if (proto != QLatin1String("tcp") && proto != QLatin1String("udp"))
            return Error(QStringLiteral("protocol must be tcp or udp"), publish);
    }
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return Error(QStringLiteral("expected host:guest[/tcp|udp]"), publish);
    bool okHost = false, okGuest = false;
    const int host = parts[0].toInt(&okHost);
    const int guest = parts[1].toInt(&okGuest);
    if (!okHost || !okGuest || host < 1 || host > 65535 || guest < 1 || guest > 65535)
        return Error(QStringLiteral("ports must be numbers in 1-65535"), publish);
    return QStringLiteral("%1::%2-:%3").arg(proto).arg(host).arg(guest);
}

Result<QemuDisk> QemuCommand::parseDisk(const QString &spec) {
    QemuDisk d;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? QStringLiteral("file") : part.left(eq);
        const QString value = eq < 0 ? part : part.mid(eq + 1);
        if (key == QLatin1String("file")) {
            d.path = value;
        } else if (key == QLatin1String("format")) {
            d.format = value;
        } else if (key == QLatin1String("size")) {
            QString v = value.toUpper();
            qint64 mult = 1;
            if (v.endsWith(QLatin1Char('G'))) {
                mult = 1024;
                v.chop(1);
            } else if (v.endsWith(QLatin1Char('M'))) {
                v.chop(1);
            }
            bool ok = false;
            d.sizeMiB = v.toLongLong(&ok) * mult;
            if (!ok || d.sizeMiB <= 0)
                return Error(QStringLiteral("size must be N, NM or NG"), spec);
        } else {
            return Error(
                QStringLiteral("unknown disk option '%1' (file=, size=, format=)").arg(key), spec);
        }
    }
    return d;
}

Result<QStringList> QemuCommand::buildArguments(const QemuOptions &o, const BootTarget &t,
                                                const QString &stateDir, const QString &mac,
                                                const QString &accel, const QString &firmware,
                                                const QString &dataIso,
                                                const QStringList &diskPaths) {
    QStringList a;
    const QString uuid =
        o.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : o.uuid;
    a << QStringLiteral("-smp") << QString::number(o.cpus) << QStringLiteral("-m")
      << QString::number(o.memMiB) << QStringLiteral("-uuid") << uuid << QStringLiteral("-pidfile")
      << stateDir + QStringLiteral("/qemu.pid");
    a << QStringLiteral("-machine")
      << (accel.isEmpty() ? QStringLiteral("q35") : QStringLiteral("q35,accel=") + accel);
    a << QStringLiteral("-object") << QStringLiteral("rng-random,id=rng0,filename=/dev/urandom")
      << QStringLiteral("-device") << QStringLiteral("virtio-rng-pci,rng=rng0");

    // Disk boot: the image is disk 0 with no format= so qemu probes it.
    QStringList disks;
    QStringList formats;
    if (t.mode == BootMode::Disk) {
        disks << t.disk;
        formats << QString();
    }
    if (diskPaths.size() != o.disks.size())
        return Error(QStringLiteral("internal: disk paths do not match the -disk options"));
    for (int i = 0; i < o.disks.size(); ++i) {
        disks << diskPaths[i];
        formats << o.disks[i].format;
    }
    const bool isoBoot = t.mode == BootMode::Iso;
    int lastDiskIndex = -1;
    for (int i = 0; i < disks.size(); ++i) {
        const int index = (i >= 2 && isoBoot) ? i + 1 : i;
        QString drive = QStringLiteral("file=") + disks[i];
        if (!formats[i].isEmpty())
            drive += QStringLiteral(",format=") + formats[i];
        drive += QStringLiteral(",index=%1,media=disk").arg(index);
        a << QStringLiteral("-drive") << drive;
        lastDiskIndex = index;
    }
    QStringList isos;
    if (isoBoot) {
        a << QStringLiteral("-boot") << QStringLiteral("d");
        isos << t.iso;
    }
    if (!dataIso.isEmpty())
        isos << dataIso;
    for (int j = 0; j < isos.size(); ++j) {
        if (j == 0)
            a << QStringLiteral("-cdrom") << isos[j];
        else
            a << QStringLiteral("-drive")
              << QStringLiteral("file=%1,index=%2,media=cdrom")
                     .arg(isos[j])
                     .arg(qMax(lastDiskIndex, 2) + j);
    }
    if (o.uefi)
        a << QStringLiteral("-drive") << QStringLiteral("if=pflash,format=raw,file=") + firmware;
    if (t.mode == BootMode::Kernel) {
        a << QStringLiteral("-kernel") << t.kernel << QStringLiteral("-initrd") << t.initrd
          << QStringLiteral("-append") << t.cmdline;
    } else if (t.mode == BootMode::Squashfs) {
        a << QStringLiteral("-kernel") << t.kernel;
        if (!t.initrd.isEmpty())
            a << QStringLiteral("-initrd") << t.initrd;
        a << QStringLiteral("-append") << (t.cmdline + QStringLiteral(" root=/dev/sda")).trimmed();
    }
    if (o.networking == QLatin1String("none")) {
        if (!o.publish.isEmpty())
            return Error(QStringLiteral("-publish needs user networking"));
        a << QStringLiteral("-net") << QStringLiteral("none");
    } else if (o.networking == QLatin1String("user")) {
        QString nd = QStringLiteral("user,id=t0");
        for (const QString &p : o.publish) {
            Result<QString> fwd = hostForward(p);
            if (!fwd)
                return fwd.error();
            nd += QStringLiteral(",hostfwd=") + *fwd;
        }
        a << QStringLiteral("-device") << QStringLiteral("virtio-net-pci,netdev=t0,mac=") + mac
          << QStringLiteral("-netdev") << nd;
    } else {
        return Error(QStringLiteral("networking must be 'user' or 'none' (tap and bridge need "
                                    "root and are not supported by lkc run)"),
                     o.networking);
    }
    if (o.detached) {
        a << QStringLiteral("-display") << QStringLiteral("none") << QStringLiteral("-serial")
          << QStringLiteral("file:") + stateDir + QStringLiteral("/console.log")
          << QStringLiteral("-daemonize");
    } else if (!o.gui) {
        a << QStringLiteral("-nographic");
    }
    a << o.extraArgs;
    return a;
}

QString QemuCommand::randomMac() {
    QByteArray b(6, 0);
    for (int i = 0; i < 6; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    b[0] = char((uchar(b[0]) & 0xfc) | 0x02); // locally administered, unicast
    QStringList parts;
    for (char c : b)
        parts << QStringLiteral("%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
    return parts.join(QLatin1Char(':'));
}

static Result<QString> persistedMac(const QString &stateDir) {
    const QString path = stateDir + QStringLiteral("/mac-addr");
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return Error(f.errorString(), path);
        const QString mac = QString::fromLatin1(f.readAll()).trimmed();
        if (mac.size() == 17)
            return mac;
        f.close();
    }
    const QString mac = QemuCommand::randomMac();
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(mac.toLatin1()) < 0)
        return Error(QStringLiteral("cannot write the MAC address: ") + f.errorString(), path);
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    return mac;
}

Result<QemuCommand::Prepared> QemuCommand::prepare(const QemuOptions &o) {
    Prepared prep;
    Result<QString> qemu = ToolLocator::program(o.qemuBinary, QStringLiteral("qemu-system-x86"));
    if (!qemu)
        return qemu.error();
    prep.program = *qemu;
    Result<BootTarget> target = detectBootTarget(o);
    if (!target)
        return target.error();
    prep.target = *target;
    if (prep.target.mode == BootMode::Kernel && !QFileInfo::exists(prep.target.cmdlineFile))
        prep.logLines
            << QStringLiteral("Cannot open cmdline file: %1").arg(prep.target.cmdlineFile);

    prep.stateDir =
        o.stateDir.isEmpty() ? prep.target.prefix + QStringLiteral("-state") : o.stateDir;
    if (!QDir().mkpath(prep.stateDir))
        return Error(QStringLiteral("cannot create the state directory"), prep.stateDir);
    QFile::setPermissions(prep.stateDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                             QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                             QFile::ExeOther);
    Result<QString> mac = persistedMac(prep.stateDir);
    if (!mac)
        return mac.error();

    QString dataIso;
    if (!o.data.isEmpty() || !o.dataFile.isEmpty()) {
        QByteArray content;
        if (!o.dataFile.isEmpty()) {
            QFile f(o.dataFile);
            if (!f.open(QIODevice::ReadOnly))
                return Error(QStringLiteral("cannot read the data file: ") + f.errorString(),
                             o.dataFile);
            content = f.readAll();
        } else {
            content = o.data.toUtf8();
        }
        dataIso = prep.stateDir + QStringLiteral("/data.iso");
        Status st = DataIso::write(dataIso, content);
        if (!st)
            return st.error();
    }

    QStringList diskPaths;
    int unnamed = 0;
    for (const QemuDisk &d : o.disks) {
        QString path = d.path;
        if (path.isEmpty()) {
            path = prep.stateDir + (unnamed == 0 ? QStringLiteral("/disk.img")
                                                 : QStringLiteral("/disk%1.img").arg(unnamed));
            ++unnamed;
        }
        if (QFileInfo::exists(path)) {
            prep.logLines << QStringLiteral("Using existing disk [%1]").arg(path);
        } else if (d.sizeMiB > 0) {
            Result<QString> qemuImg =
                ToolLocator::program(QStringLiteral("qemu-img"), QStringLiteral("qemu-utils"));
            if (!qemuImg)
                return qemuImg.error();
            const QString fmt = d.format.isEmpty() ? QStringLiteral("qcow2") : d.format;
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(*qemuImg, {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                               fmt, path, QStringLiteral("%1M").arg(d.sizeMiB)});
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                return Error(QStringLiteral("qemu-img create failed: ") +
                                 QString::fromLocal8Bit(p.readAll()).trimmed(),
                             path);
            prep.logLines
                << QStringLiteral("Created disk [%1] %2M %3").arg(path).arg(d.sizeMiB).arg(fmt);
        } else {
            return Error(QStringLiteral("disk does not exist and has no size= to create it"), path);
        }
        diskPaths << path;
    }

    QString firmware = o.firmware;
    if (o.uefi) {
        if (firmware.isEmpty()) {
            Result<QString> ovmf = ToolLocator::ovmfFirmware();
            if (!ovmf)
                return ovmf.error();
            // pflash is opened read-write: give each state dir its own copy,
            // which also keeps its EFI variables.
            firmware = prep.stateDir + QStringLiteral("/OVMF.fd");
            if (!QFileInfo::exists(firmware) && !QFile::copy(*ovmf, firmware))
                return Error(QStringLiteral("cannot copy the UEFI firmware"), firmware);
            QFile::setPermissions(firmware, QFile::ReadOwner | QFile::WriteOwner);
        } else if (!QFileInfo::exists(firmware)) {
            return Error(QStringLiteral("firmware not found"), firmware);
        }
    }

    QString accel = o.accel;
    if (accel.isEmpty() || accel.contains(QLatin1String("kvm"))) {
        QString reason;
        accel = AccelProbe::choose(prep.program, &reason);
        prep.logLines << reason;
    }
    prep.accel = accel;
    Result<QStringList> args =
        buildArguments(o, prep.target, prep.stateDir, *mac, accel, firmware, dataIso, diskPaths);
    if (!args)
        return args.error();
    prep.arguments = *args;
    return prep;
}

} // namespace Lkc
