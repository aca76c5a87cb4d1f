// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Lkc {

// How a machine boots, from the files present (LinuxKit's `run qemu` rules).
enum class BootMode { Kernel, Squashfs, Iso, Disk };

QString bootModeName(BootMode mode);

// One `-disk [file=]PATH[,size=N(M|G)][,format=F]`.
struct QemuDisk {
    QString path; // empty: <state>/disk.img, disk1.img …
    qint64 sizeMiB = 0;
    QString format; // empty: qemu probes (or qcow2 when we create it)
};

// Everything `lkc run qemu` can be told. Defaults are LinuxKit's.
struct QemuOptions {
    QString path; // PREFIX or FILE (the positional argument)
    bool forceKernel = false;
    bool forceIso = false;
    bool forceSquashfs = false;
    int cpus = 1;
    int memMiB = 1024;
    QList<QemuDisk> disks;
    QStringList publish;                         // host:guest[/tcp|udp]
    QString networking = QStringLiteral("user"); // user | none
    QString accel;                               // empty: probe KVM, else TCG
    bool uefi = false;
    QString firmware; // empty: OVMF found on this system
    bool gui = false;
    QString data;     // --data STRING
    QString dataFile; // --data-file FILE
    QString stateDir; // empty: <prefix>-state
    bool detached = false;
    QString qemuBinary = QStringLiteral("qemu-system-x86_64");
    // Fixed for reproducible command lines in tests; generated when empty.
    QString uuid;
    // Extra arguments appended at the end (e.g. the session's QMP socket).
    QStringList extraArgs;
};

// The resolved boot target: what the path argument turned out to be.
struct BootTarget {
    BootMode mode = BootMode::Kernel;
    QString prefix; // state prefix: the path minus .iso for ISOs
    QString kernel, initrd, cmdlineFile, squashfs, iso, disk;
    QString cmdline; // contents of the cmdline file (may be empty)
};

} // namespace Lkc
