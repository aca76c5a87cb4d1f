// SPDX-License-Identifier: Apache-2.0
#include "util/toollocator.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace Lkc {

Result<QString> ToolLocator::program(const QString &name, const QString &debianPackage) {
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            name,
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
    if (path.isEmpty())
        return Error(QStringLiteral("'%1' not found on PATH: install the Debian package %2 "
                                    "(apt-get install %2)")
                         .arg(name, debianPackage),
                     name);
    return path;
}

Result<QString> ToolLocator::file(const QStringList &candidates, const QString &debianPackage) {
    for (const QString &c : candidates)
        if (QFileInfo(c).isFile())
            return c;
    return Error(QStringLiteral("file not found: install the Debian package %1 "
                                "(apt-get install %1)")
                     .arg(debianPackage),
                 candidates.value(0));
}

Status ToolLocator::check(const QList<Need> &needs) {
    QStringList missing;
    QStringList packages;
    for (const Need &n : needs) {
        if (program(n.program, n.debianPackage))
            continue;
        missing << n.program;
        if (!packages.contains(n.debianPackage))
            packages << n.debianPackage;
    }
    if (missing.isEmpty())
        return {};
    return Error(
        QStringLiteral("missing tools: %1; install the Debian packages: apt-get install %2")
            .arg(missing.join(QStringLiteral(", ")), packages.join(QLatin1Char(' '))),
        missing.first());
}

Result<QString> ToolLocator::isolinuxBin() {
    return file({QStringLiteral("/usr/lib/ISOLINUX/isolinux.bin")}, QStringLiteral("isolinux"));
}

Result<QString> ToolLocator::ldlinuxC32() {
    return file({QStringLiteral("/usr/lib/syslinux/modules/bios/ldlinux.c32")},
                QStringLiteral("syslinux-common"));
}

Result<QString> ToolLocator::isohdpfxBin() {
    return file({QStringLiteral("/usr/lib/ISOLINUX/isohdpfx.bin")}, QStringLiteral("isolinux"));
}

Result<QString> ToolLocator::altMbrBin() {
    return file({QStringLiteral("/usr/lib/syslinux/mbr/altmbr.bin")},
                QStringLiteral("syslinux-common"));
}

Result<QString> ToolLocator::ovmfFirmware() {
    return file({QStringLiteral("/usr/share/ovmf/OVMF.fd"),
                 QStringLiteral("/usr/share/qemu/OVMF.fd"),
                 QStringLiteral("/usr/share/OVMF/OVMF_CODE.fd")},
                QStringLiteral("ovmf"));
}

} // namespace Lkc
