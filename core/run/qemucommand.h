// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/qemuoptions.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace Lkc {

// A qemu-system command line built exactly as `linuxkit run qemu` assembles
// it (linuxkit-format.md §7), plus the state directory it needs. Pure
// argument building is separate from preparing the state dir so that tests
// can check the argument order without touching the disk.
class QemuCommand {
public:
    // Decides the boot mode from the files present, as LinuxKit does.
    static Result<BootTarget> detectBootTarget(const QemuOptions &options);

    // The argument list for `program` (no side effects). `stateDir`, `mac`
    // and `accel` ("" → plain q35) are passed in; `dataIso` is the metadata CD
    // or empty; `diskPaths` are the resolved -disk paths (same order as
    // options.disks).
    static Result<QStringList> buildArguments(const QemuOptions &options, const BootTarget &target,
                                              const QString &stateDir, const QString &mac,
                                              const QString &accel, const QString &firmware,
                                              const QString &dataIso, const QStringList &diskPaths);

    // Parses "host:guest[/tcp|udp]" into "tcp::host-:guest".
    static Result<QString> hostForward(const QString &publish);
    // Parses a -disk value "[file=]PATH[,size=N(M|G)][,format=F]".
    static Result<QemuDisk> parseDisk(const QString &spec);

    // Everything with side effects, in order: state dir (0755), mac-addr
    // (created once, 0640), data.iso, user disks (qemu-img create), accel
    // choice; then the full command. `log` receives LinuxKit-style lines.
    struct Prepared {
        QString program;
        QStringList arguments;
        BootTarget target;
        QString stateDir;
        QString accel;
        QStringList logLines;
    };
    static Result<Prepared> prepare(const QemuOptions &options);

    // A locally administered unicast MAC, random.
    static QString randomMac();
};

} // namespace Lkc
