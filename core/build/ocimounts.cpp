// SPDX-License-Identifier: Apache-2.0
#include "ocimounts.h"

namespace Lkc {

namespace {
Mount makeMount(const QString &destination, const QString &type, const QString &source,
                const QStringList &options) {
    Mount m;
    m.destination = destination;
    m.type = type;
    m.source = source;
    m.options = options;
    return m;
}
QStringList splitOptions(const QString &text) {
    return text.split(QLatin1Char(','));
}
} // namespace

OciMounts::OciMounts(bool readonly) {
    // /dev/shm and /dev/mqueue are deliberately not defaults in LinuxKit.
    const QStringList ro = readonly ? QStringList{QStringLiteral("ro")} : QStringList();
    put(makeMount(QStringLiteral("/proc"), QStringLiteral("proc"), QStringLiteral("proc"),
                  {QStringLiteral("nosuid"), QStringLiteral("nodev"), QStringLiteral("noexec"),
                   QStringLiteral("relatime")}));
    put(makeMount(QStringLiteral("/dev"), QStringLiteral("tmpfs"), QStringLiteral("tmpfs"),
                  QStringList{QStringLiteral("nosuid"), QStringLiteral("strictatime"),
                              QStringLiteral("mode=755"), QStringLiteral("size=65536k")} +
                      ro));
    put(makeMount(QStringLiteral("/dev/pts"), QStringLiteral("devpts"), QStringLiteral("devpts"),
                  {QStringLiteral("nosuid"), QStringLiteral("noexec"),
                   QStringLiteral("newinstance"), QStringLiteral("ptmxmode=0666"),
                   QStringLiteral("mode=0620")}));
    put(makeMount(
        QStringLiteral("/sys"), QStringLiteral("sysfs"), QStringLiteral("sysfs"),
        QStringList{QStringLiteral("nosuid"), QStringLiteral("noexec"), QStringLiteral("nodev")} +
            ro));
    put(makeMount(QStringLiteral("/sys/fs/cgroup"), QStringLiteral("cgroup"),
                  QStringLiteral("cgroup"),
                  {QStringLiteral("nosuid"), QStringLiteral("noexec"), QStringLiteral("nodev"),
                   QStringLiteral("relatime"), QStringLiteral("ro")}));
}

void OciMounts::put(const Mount &m) {
    m_byDestination[m.destination.toUtf8()] = m;
}

Status OciMounts::addTmpfs(const QStringList &tmpfs, const QString &where) {
    for (const QString &t : tmpfs) {
        const QStringList parts = t.split(QLatin1Char(':'));
        if (parts.size() > 2)
            return Error(QStringLiteral("cannot parse tmpfs, too many ':': %1").arg(t),
                         where + QStringLiteral(".tmpfs"));
        put(makeMount(parts[0], QStringLiteral("tmpfs"), QStringLiteral("tmpfs"),
                      parts.size() == 2 ? splitOptions(parts[1]) : QStringList()));
    }
    return {};
}

Status OciMounts::addBinds(const QStringList &binds, const QHash<QString, bool> &readonlyVolumes,
                           const QString &where) {
    for (const QString &b : binds) {
        const QStringList parts = b.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 3)
            return Error(
                QStringLiteral("cannot parse bind %1: expected src:dst or src:dst:opts").arg(b),
                where + QStringLiteral(".binds"));
        QString source = parts[0];
        if (!source.startsWith(QLatin1Char('/'))) {
            const auto volume = readonlyVolumes.find(source);
            if (volume == readonlyVolumes.end())
                return Error(QStringLiteral("bind source %1 is neither an absolute path nor a "
                                            "volume name")
                                 .arg(source),
                             where + QStringLiteral(".binds"));
            if (*volume && !(parts.size() == 3 && parts[2] == QLatin1String("ro")))
                return Error(QStringLiteral("volume %1 is read-only, but attempting to write into "
                                            "container read-write")
                                 .arg(source),
                             where + QStringLiteral(".binds"));
            source = QStringLiteral("/containers/volumes/") + source + QStringLiteral("/merged");
        }
        const QStringList options =
            parts.size() == 3 ? splitOptions(parts[2]) + QStringList{QStringLiteral("rbind")}
                              : QStringList{QStringLiteral("rw"), QStringLiteral("rbind"),
                                            QStringLiteral("rshared")};
        put(makeMount(parts[1], QStringLiteral("bind"), source, options));
    }
    return {};
}

Status OciMounts::addMounts(const QList<Mount> &mounts, const QString &where) {
    static const QStringList typedSources = {QStringLiteral("mqueue"), QStringLiteral("devpts"),
                                             QStringLiteral("proc"), QStringLiteral("sysfs"),
                                             QStringLiteral("cgroup")};
    static const QHash<QString, QString> defaultDestination = {
        {QStringLiteral("proc"), QStringLiteral("/proc")},
        {QStringLiteral("devpts"), QStringLiteral("/dev/pts")},
        {QStringLiteral("sysfs"), QStringLiteral("/sys")},
        {QStringLiteral("cgroup"), QStringLiteral("/sys/fs/cgroup")},
        {QStringLiteral("mqueue"), QStringLiteral("/dev/mqueue")}};
    for (Mount m : mounts) {
        if (m.type.isEmpty()) {
            if (typedSources.contains(m.source))
                m.type = m.source;
            else if (m.destination == QLatin1String("/dev"))
                m.type = QStringLiteral("tmpfs");
            else
                return Error(
                    QStringLiteral("mount for destination %1 is missing type").arg(m.destination),
                    where + QStringLiteral(".mounts"));
        }
        if (m.source.isEmpty())
            m.source = m.type;
        if (m.destination.isEmpty()) {
            m.destination = defaultDestination.value(m.type);
            if (m.destination.isEmpty())
                return Error(QStringLiteral("mount type %1 is missing destination").arg(m.type),
                             where + QStringLiteral(".mounts"));
        }
        put(m);
    }
    return {};
}

GoJsonValue OciMounts::mountJson(const QString &destination, const QString &type,
                                 const QString &source, const QStringList &options) {
    return mountJson(makeMount(destination, type, source, options));
}

GoJsonValue OciMounts::mountJson(const Mount &m) {
    GoJsonValue o = GoJsonValue::object().set(QStringLiteral("destination"), m.destination);
    if (!m.type.isEmpty())
        o.set(QStringLiteral("type"), m.type);
    if (!m.source.isEmpty())
        o.set(QStringLiteral("source"), m.source);
    if (!m.options.isEmpty())
        o.set(QStringLiteral("options"), GoJsonValue::stringArray(m.options));
    for (const auto &[key, list] : {std::pair{QStringLiteral("uidMappings"), &m.uidMappings},
                                    std::pair{QStringLiteral("gidMappings"), &m.gidMappings}}) {
        if (list->isEmpty())
            continue;
        GoJsonValue a = GoJsonValue::array();
        for (const IdMapping &id : *list)
            a.append(GoJsonValue::object()
                         .set(QStringLiteral("containerID"), id.containerId)
                         .set(QStringLiteral("hostID"), id.hostId)
                         .set(QStringLiteral("size"), id.size));
        o.set(key, a);
    }
    return o;
}

GoJsonValue OciMounts::toJson() const {
    GoJsonValue list = GoJsonValue::array();
    for (const auto &[key, m] : m_byDestination)
        list.append(mountJson(m));
    return list;
}

} // namespace Lkc
