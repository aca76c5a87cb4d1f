// SPDX-License-Identifier: Apache-2.0
#include "deploy/blockdevices.h"

#include "util/toollocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace Lkc {

QString humanSize(qint64 bytes) {
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = double(bytes);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(bytes)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

QString BlockDevice::describe() const {
    QStringList parts;
    if (!model.isEmpty())
        parts << model;
    parts << humanSize(size);
    if (removable)
        parts << QStringLiteral("removable");
    if (!transport.isEmpty())
        parts << transport;
    if (!mountpoints.isEmpty())
        parts << QStringLiteral("mounted at ") + mountpoints.join(QStringLiteral(", "));
    return QStringLiteral("%1 (%2)").arg(path, parts.join(QStringLiteral(", ")));
}

// Mount points that mean "the running system is on this disk".
static bool isSystemMount(const QString &m) {
    static const QStringList system = {QStringLiteral("/"),     QStringLiteral("/usr"),
                                       QStringLiteral("/boot"), QStringLiteral("/boot/efi"),
                                       QStringLiteral("/var"),  QStringLiteral("/home"),
                                       QStringLiteral("[SWAP]")};
    return system.contains(m);
}

static QString jsonString(const QJsonValue &v) {
    return v.isString() ? v.toString().trimmed() : QString();
}

static bool jsonBool(const QJsonValue &v) {
    // lsblk ≥ 2.37 prints booleans; older ones print "0"/"1".
    return v.isBool() ? v.toBool() : v.toString() == QLatin1String("1");
}

static qint64 jsonSize(const QJsonValue &v) {
    return v.isDouble() ? qint64(v.toDouble()) : v.toString().toLongLong();
}

// Every mount point in a device's subtree (partitions, LVM, crypt …).
static void collectMounts(const QJsonObject &node, QStringList *mounts, QStringList *names) {
    names->append(jsonString(node.value(QStringLiteral("name"))));
    QJsonArray points = node.value(QStringLiteral("mountpoints")).toArray();
    if (points.isEmpty() && node.contains(QStringLiteral("mountpoint")))
        points.append(node.value(QStringLiteral("mountpoint")));
    for (const QJsonValue &p : points)
        if (p.isString() && !p.toString().isEmpty() && !mounts->contains(p.toString()))
            mounts->append(p.toString());
    for (const QJsonValue &child : node.value(QStringLiteral("children")).toArray())
        collectMounts(child.toObject(), mounts, names);
}

Result<QList<BlockDevice>> BlockDevices::parse(const QByteArray &json, const QString &rootDisk) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (doc.isNull())
        return Error(QStringLiteral("cannot read lsblk's output: ") + err.errorString());
    QList<BlockDevice> out;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("blockdevices")).toArray()) {
        const QJsonObject o = v.toObject();
        BlockDevice d;
        d.name = jsonString(o.value(QStringLiteral("name")));
        d.path = jsonString(o.value(QStringLiteral("path")));
        if (d.path.isEmpty())
            d.path = QStringLiteral("/dev/") + d.name;
        d.model = jsonString(o.value(QStringLiteral("model")));
        d.type = jsonString(o.value(QStringLiteral("type")));
        d.transport = jsonString(o.value(QStringLiteral("tran")));
        d.size = jsonSize(o.value(QStringLiteral("size")));
        d.removable = jsonBool(o.value(QStringLiteral("rm")));
        d.readOnly = jsonBool(o.value(QStringLiteral("ro")));
        QStringList names;
        collectMounts(o, &d.mountpoints, &names);
        for (const QString &m : d.mountpoints)
            d.holdsSystem = d.holdsSystem || isSystemMount(m);
        if (!rootDisk.isEmpty() && names.contains(rootDisk))
            d.holdsSystem = true;
        out << d;
    }
    return out;
}

QString BlockDevices::rootDiskName() {
    struct stat st {};
    if (::stat("/", &st) != 0 || major(st.st_dev) == 0)
        return {}; // overlay, tmpfs …: not on a block device we can name
    const QString sys =
        QStringLiteral("/sys/dev/block/%1:%2").arg(major(st.st_dev)).arg(minor(st.st_dev));
    const QString resolved = QFileInfo(sys).canonicalFilePath();
    if (resolved.isEmpty())
        return {};
    // A partition's sysfs directory sits inside its disk's directory.
    if (QFileInfo::exists(resolved + QStringLiteral("/partition")))
        return QFileInfo(QFileInfo(resolved).path()).fileName();
    return QFileInfo(resolved).fileName();
}

Result<QList<BlockDevice>> BlockDevices::list() {
    Result<QString> lsblk =
        ToolLocator::program(QStringLiteral("lsblk"), QStringLiteral("util-linux"));
    if (!lsblk)
        return lsblk.error();
    QProcess p;
    p.start(*lsblk,
            {QStringLiteral("--json"), QStringLiteral("--bytes"), QStringLiteral("--output"),
             QStringLiteral("NAME,PATH,MODEL,SIZE,RM,RO,TYPE,TRAN,MOUNTPOINTS")});
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(QStringLiteral("lsblk failed: ") +
                     QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return parse(p.readAllStandardOutput(), rootDiskName());
}

Result<BlockDevice> BlockDevices::find(const QString &path) {
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return Error(QStringLiteral("no such device"), path);
    Result<QList<BlockDevice>> all = list();
    if (!all)
        return all.error();
    for (const BlockDevice &d : *all)
        if (d.path == canonical)
            return d;
    return Error(QStringLiteral("not a whole disk (lsblk lists no disk at this path; a "
                                "partition cannot take a bootable image)"),
                 path);
}

QString BlockDevices::refusal(const BlockDevice &d, qint64 imageSize) {
    if (d.holdsSystem)
        return QStringLiteral("%1 holds the running system: refusing to overwrite it").arg(d.path);
    if (!d.mountpoints.isEmpty())
        return QStringLiteral("%1 is mounted (%2): unmount it first")
            .arg(d.path, d.mountpoints.join(QStringLiteral(", ")));
    if (d.type != QLatin1String("disk") && d.type != QLatin1String("loop"))
        return QStringLiteral("%1 is a %2, not a whole disk").arg(d.path, d.type);
    if (d.size <= 0)
        return QStringLiteral("%1 has no medium (size 0)").arg(d.path);
    if (d.readOnly)
        return QStringLiteral("%1 is read-only").arg(d.path);
    if (imageSize > d.size)
        return QStringLiteral("the image (%1) is larger than %2 (%3)")
            .arg(humanSize(imageSize), d.path, humanSize(d.size));
    return {};
}

} // namespace Lkc
