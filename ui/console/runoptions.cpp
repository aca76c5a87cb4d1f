// SPDX-License-Identifier: Apache-2.0
#include "runoptions.h"

#include "run/lkccommandline.h"
#include "run/qemucommand.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace Lkc {

namespace {
// QSettings reads '/' as a group separator: the path goes in percent-encoded.
QString groupFor(const QString &configPath) {
    const QString path = configPath.isEmpty() ? QStringLiteral("untitled")
                                              : QFileInfo(configPath).absoluteFilePath();
    return QStringLiteral("runOptions/") + QString::fromLatin1(QUrl::toPercentEncoding(path));
}
} // namespace

QemuOptions RunOptions::load(const QString &configPath) {
    QemuOptions o;
    QSettings settings;
    settings.beginGroup(groupFor(configPath));
    o.memMiB = settings.value(QStringLiteral("memMiB"), o.memMiB).toInt();
    o.cpus = settings.value(QStringLiteral("cpus"), o.cpus).toInt();
    o.accel = settings.value(QStringLiteral("accel"), o.accel).toString();
    o.uefi = settings.value(QStringLiteral("uefi"), o.uefi).toBool();
    o.networking = settings.value(QStringLiteral("networking"), o.networking).toString();
    o.publish = settings.value(QStringLiteral("publish")).toStringList();
    // Disks are kept in lkc run's own -disk syntax, so one parser reads them.
    const QStringList disks = settings.value(QStringLiteral("disks")).toStringList();
    for (const QString &spec : disks)
        if (Result<QemuDisk> d = QemuCommand::parseDisk(spec); d.ok())
            o.disks << *d;
    return o;
}

void RunOptions::save(const QString &configPath, const QemuOptions &o) {
    QSettings settings;
    settings.beginGroup(groupFor(configPath));
    settings.setValue(QStringLiteral("memMiB"), o.memMiB);
    settings.setValue(QStringLiteral("cpus"), o.cpus);
    settings.setValue(QStringLiteral("accel"), o.accel);
    settings.setValue(QStringLiteral("uefi"), o.uefi);
    settings.setValue(QStringLiteral("networking"), o.networking);
    settings.setValue(QStringLiteral("publish"), o.publish);
    QStringList disks;
    for (const QemuDisk &d : o.disks)
        disks << LkcCommandLine::diskSpec(d);
    settings.setValue(QStringLiteral("disks"), disks);
}

} // namespace Lkc
