// SPDX-License-Identifier: Apache-2.0
#include "runtimespec.h"
#include "config/capabilities.h"

#include "ocimounts.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>
#include <map>

namespace Lkc {

namespace {

// "YAML if set, else label" for one field (format §3.2).
template <typename T>
const Field<T> &pick(const Field<T> ImageEntry::*member, const RuntimeSpec::Inputs &in) {
    const Field<T> &fromYaml = in.yaml->*member;
    if (fromYaml.has_value() || !in.label)
        return fromYaml;
    return in.label->*member;
}

Result<QStringList> expandCapabilities(const QStringList &caps, const QString &where) {
    if (caps.size() == 1) {
        const QString only = caps.first().toLower();
        if (only == QLatin1String("all"))
            return RuntimeSpec::allCapabilities();
        if (only == QLatin1String("none"))
            return QStringList();
    }
    for (const QString &cap : caps)
        if (!RuntimeSpec::allCapabilities().contains(cap))
            return Error(QStringLiteral("unknown capability: %1").arg(cap), where);
    return caps;
}

Result<GoJsonValue> parseRlimit(const QString &text, const QString &where) {
    static const QStringList names = {
        QStringLiteral("AS"),      QStringLiteral("CORE"),     QStringLiteral("CPU"),
        QStringLiteral("DATA"),    QStringLiteral("FSIZE"),    QStringLiteral("LOCKS"),
        QStringLiteral("MEMLOCK"), QStringLiteral("MSGQUEUE"), QStringLiteral("NICE"),
        QStringLiteral("NOFILE"),  QStringLiteral("NPROC"),    QStringLiteral("RSS"),
        QStringLiteral("RTPRIO"),  QStringLiteral("RTTIME"),   QStringLiteral("SIGPENDING"),
        QStringLiteral("STACK")};
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 3)
        return Error(QStringLiteral("cannot parse rlimit: %1 (expected name,soft,hard)").arg(text),
                     where);
    QString name = parts[0].trimmed().toUpper();
    if (name.startsWith(QLatin1String("RLIMIT_")))
        name = name.mid(7);
    if (!names.contains(name))
        return Error(QStringLiteral("unknown limit: %1").arg(parts[0]), where);
    const auto value = [&](const QString &v) -> std::optional<quint64> {
        if (v.trimmed().toLower() == QLatin1String("unlimited"))
            return std::numeric_limits<quint64>::max();
        bool ok = false;
        const quint64 n = v.trimmed().toULongLong(&ok);
        return ok ? std::optional<quint64>(n) : std::nullopt;
    };
    const std::optional<quint64> soft = value(parts[1]);
    const std::optional<quint64> hard = value(parts[2]);
    if (!soft || !hard)
        return Error(QStringLiteral("cannot parse rlimit: %1").arg(text), where);
    return GoJsonValue::object()
        .set(QStringLiteral("type"), QStringLiteral("RLIMIT_") + name)
        .set(QStringLiteral("hard"), *hard)
        .set(QStringLiteral("soft"), *soft);
}

// A namespace setting: nothing for the host's, {type} for a new one, {type, path} to join.
void addNamespace(GoJsonValue &list, const QString &type, const QString &setting, bool newByDefault,
                  bool noneIsNew) {
    const QString s = setting;
    if (s == QLatin1String("host") || s == QLatin1String("root"))
        return;
    if (s.isEmpty() && !newByDefault)
        return;
    GoJsonValue ns = GoJsonValue::object().set(QStringLiteral("type"), type);
    const bool isNew =
        s.isEmpty() || s == QLatin1String("new") || (noneIsNew && s == QLatin1String("none"));
    if (!isNew)
        ns.set(QStringLiteral("path"), s);
    list.append(ns);
}

GoJsonValue idMappings(const QList<IdMapping> &list) {
    GoJsonValue a = GoJsonValue::array();
    for (const IdMapping &m : list)
        a.append(GoJsonValue::object()
                     .set(QStringLiteral("containerID"), m.containerId)
                     .set(QStringLiteral("hostID"), m.hostId)
                     .set(QStringLiteral("size"), m.size));
    return a;
}

GoJsonValue fromQJson(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Bool:
        return GoJsonValue(v.toBool());
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d >= 0 && d > double(std::numeric_limits<qint64>::max()))
            return GoJsonValue(quint64(d));
        return GoJsonValue(qint64(d));
    }
    case QJsonValue::String:
        return GoJsonValue(v.toString());
    case QJsonValue::Array: {
        GoJsonValue a = GoJsonValue::array();
        for (const QJsonValue &item : v.toArray())
            a.append(fromQJson(item));
        return a;
    }
    case QJsonValue::Object: {
        GoJsonValue o = GoJsonValue::object();
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            o.set(it.key(), fromQJson(it.value()));
        return o;
    }
    default:
        return GoJsonValue();
    }
}

// OCI LinuxResources in the runtime-spec's field order.
GoJsonValue resourcesJson(const QJsonObject &written, const GoJsonValue &deviceRules) {
    static const QStringList order = {
        QStringLiteral("devices"), QStringLiteral("memory"),  QStringLiteral("cpu"),
        QStringLiteral("pids"),    QStringLiteral("blockIO"), QStringLiteral("hugepageLimits"),
        QStringLiteral("network"), QStringLiteral("rdma"),    QStringLiteral("unified")};
    GoJsonValue out = GoJsonValue::object();
    if (!deviceRules.isEmptyContainer())
        out.set(QStringLiteral("devices"), deviceRules);
    for (const QString &key : order)
        if (key != QLatin1String("devices") && written.contains(key))
            out.set(key, fromQJson(written.value(key)));
    for (auto it = written.begin(); it != written.end(); ++it)
        if (!order.contains(it.key()))
            out.set(it.key(), fromQJson(it.value()));
    return out;
}

GoJsonValue stringMap(const QMap<QString, QString> &map) {
    // Go sorts map keys by bytes; compare UTF-8 so non-ASCII keys agree too.
    std::map<QByteArray, QString> sorted;
    for (auto it = map.begin(); it != map.end(); ++it)
        sorted.emplace(it.key().toUtf8(), it.key());
    GoJsonValue o = GoJsonValue::object();
    for (const auto &[bytes, key] : sorted)
        o.set(key, map.value(key));
    return o;
}

} // namespace

const QStringList &RuntimeSpec::allCapabilities() {
    // One list of the kernel's capabilities, in numeric order, shared with the validator.
    return Capabilities::all();
}

Result<qint64> RuntimeSpec::resolveId(const IntOrName &id, const QHash<QString, qint64> &ids) {
    if (id.isNumber())
        return id.number();
    const QString name = id.name();
    if (name.isEmpty() || name == QLatin1String("root"))
        return qint64(0);
    const auto it = ids.find(name);
    if (it == ids.end())
        return Error(QStringLiteral("cannot find id: %1").arg(name));
    return *it;
}

Result<RuntimeSpec> RuntimeSpec::create(const Inputs &in) {
    const ImageEntry &yaml = *in.yaml;
    const QString where =
        yaml.pos.yamlPath.isEmpty() ? yaml.name.value_or(QString()) : yaml.pos.yamlPath;
    RuntimeSpec spec;

    // process.args / env / cwd
    QStringList args;
    if (const auto &f = pick(&ImageEntry::command, in); f)
        args = *f;
    else
        args = in.image.entrypoint + in.image.cmd;
    QStringList env;
    if (const auto &f = pick(&ImageEntry::env, in); f)
        env = *f;
    else
        env = in.image.env;
    QString cwd = QStringLiteral("/");
    for (const QString &c :
         {in.image.workingDir, in.label && in.label->cwd ? *in.label->cwd : QString(),
          yaml.cwd.value_or(QString())})
        if (!c.isEmpty())
            cwd = c;

    // capabilities and binds: YAML replaces; else label ++ YAML's ".add".
    QStringList caps;
    if (yaml.capabilities)
        caps = *yaml.capabilities;
    else
        caps = (in.label ? in.label->capabilities.value_or(QStringList()) : QStringList()) +
               yaml.capabilitiesAdd.value_or(QStringList());
    Result<QStringList> effective = expandCapabilities(caps, where);
    if (!effective)
        return effective.error();
    Result<QStringList> ambient =
        expandCapabilities(pick(&ImageEntry::ambient, in).value_or(QStringList()), where);
    if (!ambient)
        return ambient.error();
    QStringList binds;
    if (yaml.binds)
        binds = *yaml.binds;
    else
        binds = (in.label ? in.label->binds.value_or(QStringList()) : QStringList()) +
                yaml.bindsAdd.value_or(QStringList());

    spec.m_readonly = pick(&ImageEntry::readonly, in).value_or(false);

    // process.user
    GoJsonValue user = GoJsonValue::object();
    for (const auto &[key, member] : {std::pair{QStringLiteral("uid"), &ImageEntry::uid},
                                      std::pair{QStringLiteral("gid"), &ImageEntry::gid}}) {
        Result<qint64> id = resolveId(pick(member, in).value_or(IntOrName()), in.ids);
        if (!id)
            return Error(id.error().message, where + QLatin1Char('.') + key);
        user.set(key, *id);
    }
    const QList<IntOrName> extraGids =
        pick(&ImageEntry::additionalGids, in).value_or(QList<IntOrName>());
    if (!extraGids.isEmpty()) {
        GoJsonValue gids = GoJsonValue::array();
        for (const IntOrName &g : extraGids) {
            Result<qint64> id = resolveId(g, in.ids);
            if (!id)
                return Error(id.error().message, where + QStringLiteral(".additionalGids"));
            gids.append(*id);
        }
        user.set(QStringLiteral("additionalGids"), gids);
    }

    GoJsonValue process = GoJsonValue::object();
    process.set(QStringLiteral("user"), user);
    if (!args.isEmpty())
        process.set(QStringLiteral("args"), GoJsonValue::stringArray(args));
    if (!env.isEmpty())
        process.set(QStringLiteral("env"), GoJsonValue::stringArray(env));
    process.set(QStringLiteral("cwd"), cwd);

    QStringList bounding = *effective + *ambient;
    std::sort(bounding.begin(), bounding.end());
    bounding.erase(std::unique(bounding.begin(), bounding.end()), bounding.end());
    GoJsonValue capabilities = GoJsonValue::object();
    if (!bounding.isEmpty())
        capabilities.set(QStringLiteral("bounding"), GoJsonValue::stringArray(bounding));
    if (!effective->isEmpty())
        capabilities.set(QStringLiteral("effective"), GoJsonValue::stringArray(*effective));
    if (!bounding.isEmpty()) {
        capabilities.set(QStringLiteral("inheritable"), GoJsonValue::stringArray(bounding));
        capabilities.set(QStringLiteral("permitted"), GoJsonValue::stringArray(bounding));
    }
    if (!ambient->isEmpty())
        capabilities.set(QStringLiteral("ambient"), GoJsonValue::stringArray(*ambient));
    process.set(QStringLiteral("capabilities"), capabilities);

    const QStringList rlimits = pick(&ImageEntry::rlimits, in).value_or(QStringList());
    if (!rlimits.isEmpty()) {
        GoJsonValue list = GoJsonValue::array();
        for (const QString &r : rlimits) {
            Result<GoJsonValue> limit = parseRlimit(r, where + QStringLiteral(".rlimits"));
            if (!limit)
                return limit.error();
            list.append(*limit);
        }
        process.set(QStringLiteral("rlimits"), list);
    }
    if (pick(&ImageEntry::noNewPrivileges, in).value_or(false))
        process.set(QStringLiteral("noNewPrivileges"), true);
    if (const auto &oom = pick(&ImageEntry::oomScoreAdj, in); oom)
        process.set(QStringLiteral("oomScoreAdj"), *oom);

    GoJsonValue root = GoJsonValue::object().set(QStringLiteral("path"), QStringLiteral("rootfs"));
    if (spec.m_readonly)
        root.set(QStringLiteral("readonly"), true);

    GoJsonValue config = GoJsonValue::object();
    config.set(QStringLiteral("ociVersion"), ociVersion());
    config.set(QStringLiteral("process"), process);
    config.set(QStringLiteral("root"), root);
    if (const QString host = pick(&ImageEntry::hostname, in).value_or(QString()); !host.isEmpty())
        config.set(QStringLiteral("hostname"), host);

    OciMounts mounts(spec.m_readonly);
    if (Status s = mounts.addTmpfs(pick(&ImageEntry::tmpfs, in).value_or(QStringList()), where); !s)
        return s.error();
    if (Status s = mounts.addBinds(binds, in.readonlyVolumes, where); !s)
        return s.error();
    if (Status s = mounts.addMounts(pick(&ImageEntry::mounts, in).value_or(QList<Mount>()), where);
        !s)
        return s.error();
    config.set(QStringLiteral("mounts"), mounts.toJson());

    if (const auto &a = pick(&ImageEntry::annotations, in); a && !a->isEmpty())
        config.set(QStringLiteral("annotations"), stringMap(*a));

    GoJsonValue linux = GoJsonValue::object();
    if (const auto &m = pick(&ImageEntry::uidMappings, in); m && !m->isEmpty())
        linux.set(QStringLiteral("uidMappings"), idMappings(*m));
    if (const auto &m = pick(&ImageEntry::gidMappings, in); m && !m->isEmpty())
        linux.set(QStringLiteral("gidMappings"), idMappings(*m));
    if (const auto &s = pick(&ImageEntry::sysctl, in); s && !s->isEmpty())
        linux.set(QStringLiteral("sysctl"), stringMap(*s));

    const QJsonObject writtenResources = pick(&ImageEntry::resources, in).value_or(QJsonObject());
    GoJsonValue devices = GoJsonValue::array();
    GoJsonValue deviceRules = fromQJson(writtenResources.value(QStringLiteral("devices")));
    if (!deviceRules.isArray())
        deviceRules = GoJsonValue::array();
    for (const Device &d : pick(&ImageEntry::devices, in).value_or(QList<Device>())) {
        GoJsonValue rule = GoJsonValue::object()
                               .set(QStringLiteral("allow"), true)
                               .set(QStringLiteral("type"), d.type);
        if (d.path == QLatin1String("all")) {
            deviceRules.append(rule.set(QStringLiteral("access"), QStringLiteral("rwm")));
            continue;
        }
        GoJsonValue dev = GoJsonValue::object()
                              .set(QStringLiteral("path"), d.path)
                              .set(QStringLiteral("type"), d.type)
                              .set(QStringLiteral("major"), d.major)
                              .set(QStringLiteral("minor"), d.minor);
        if (d.mode) {
            bool ok = false;
            const qint64 mode = d.mode->toLongLong(&ok, 8);
            if (!ok)
                return Error(
                    QStringLiteral("cannot parse device mode as octal value: %1").arg(*d.mode),
                    where + QStringLiteral(".devices"));
            dev.set(QStringLiteral("fileMode"), mode);
        }
        devices.append(dev);
        deviceRules.append(rule.set(QStringLiteral("major"), d.major)
                               .set(QStringLiteral("minor"), d.minor)
                               .set(QStringLiteral("access"), QStringLiteral("rwm")));
    }
    const GoJsonValue resources = resourcesJson(writtenResources, deviceRules);
    linux.set(QStringLiteral("resources"), resources);
    if (const QString cg = pick(&ImageEntry::cgroupsPath, in).value_or(QString()); !cg.isEmpty())
        linux.set(QStringLiteral("cgroupsPath"), cg);

    GoJsonValue namespaces = GoJsonValue::array();
    addNamespace(namespaces, QStringLiteral("network"),
                 pick(&ImageEntry::net, in).value_or(QString()), false, true);
    addNamespace(namespaces, QStringLiteral("ipc"), pick(&ImageEntry::ipc, in).value_or(QString()),
                 false, false);
    addNamespace(namespaces, QStringLiteral("uts"), pick(&ImageEntry::uts, in).value_or(QString()),
                 false, false);
    addNamespace(namespaces, QStringLiteral("pid"), pick(&ImageEntry::pid, in).value_or(QString()),
                 true, false);
    addNamespace(namespaces, QStringLiteral("user"),
                 pick(&ImageEntry::userns, in).value_or(QString()), false, false);
    namespaces.append(GoJsonValue::object().set(QStringLiteral("type"), QStringLiteral("mount")));
    linux.set(QStringLiteral("namespaces"), namespaces);
    if (!devices.isEmptyContainer())
        linux.set(QStringLiteral("devices"), devices);
    if (const QString p = pick(&ImageEntry::rootfsPropagation, in).value_or(QString());
        !p.isEmpty())
        linux.set(QStringLiteral("rootfsPropagation"), p);
    if (const auto &m = pick(&ImageEntry::maskedPaths, in); m && !m->isEmpty())
        linux.set(QStringLiteral("maskedPaths"), GoJsonValue::stringArray(*m));
    if (const auto &r = pick(&ImageEntry::readonlyPaths, in); r && !r->isEmpty())
        linux.set(QStringLiteral("readonlyPaths"), GoJsonValue::stringArray(*r));
    config.set(QStringLiteral("linux"), linux);
    spec.m_config = config;

    // runtime: each sub-field YAML, else label (§3.2).
    const RuntimeSection yamlRuntime = yaml.runtime.value_or(RuntimeSection());
    const RuntimeSection labelRuntime =
        in.label ? in.label->runtime.value_or(RuntimeSection()) : RuntimeSection();
    spec.m_runtime = yamlRuntime;
    if (!spec.m_runtime.cgroups)
        spec.m_runtime.cgroups = labelRuntime.cgroups;
    if (!spec.m_runtime.mounts)
        spec.m_runtime.mounts = labelRuntime.mounts;
    if (!spec.m_runtime.mkdir)
        spec.m_runtime.mkdir = labelRuntime.mkdir;
    if (!spec.m_runtime.interfaces)
        spec.m_runtime.interfaces = labelRuntime.interfaces;
    if (!spec.m_runtime.namespaceName)
        spec.m_runtime.namespaceName = labelRuntime.namespaceName;
    BindNamespaces bind = yamlRuntime.bindNS.value_or(BindNamespaces());
    const BindNamespaces labelBind = labelRuntime.bindNS.value_or(BindNamespaces());
    for (auto member :
         {&BindNamespaces::cgroup, &BindNamespaces::ipc, &BindNamespaces::mnt, &BindNamespaces::net,
          &BindNamespaces::pid, &BindNamespaces::user, &BindNamespaces::uts})
        if (!(bind.*member))
            bind.*member = labelBind.*member;
    spec.m_runtime.bindNS = bind;
    return spec;
}

QByteArray RuntimeSpec::runtimeJson(const QString &bundle, const QString &lowerRoot) const {
    GoJsonValue mounts = GoJsonValue::array();
    if (m_readonly) {
        mounts.append(OciMounts::mountJson(bundle + QStringLiteral("/rootfs"), QString(), lowerRoot,
                                           {QStringLiteral("bind")}));
    } else {
        const QString tmp = bundle + QStringLiteral("/tmp");
        mounts.append(
            OciMounts::mountJson(tmp, QStringLiteral("tmpfs"), QStringLiteral("tmpfs"), {}));
        mounts.append(OciMounts::mountJson(tmp, QString(), QString(),
                                           {QStringLiteral("remount"), QStringLiteral("private")}));
        mounts.append(
            OciMounts::mountJson(bundle + QStringLiteral("/rootfs"), QStringLiteral("overlay"),
                                 QStringLiteral("overlay"),
                                 {QStringLiteral("lowerdir=") + lowerRoot,
                                  QStringLiteral("upperdir=") + tmp + QStringLiteral("/upper"),
                                  QStringLiteral("workdir=") + tmp + QStringLiteral("/work")}));
    }
    for (const Mount &m : m_runtime.mounts.value_or(QList<Mount>()))
        mounts.append(OciMounts::mountJson(m));

    GoJsonValue interfaces = GoJsonValue::array();
    for (const Interface &i : m_runtime.interfaces.value_or(QList<Interface>())) {
        GoJsonValue o = GoJsonValue::object();
        if (!i.name.isEmpty())
            o.set(QStringLiteral("name"), i.name);
        if (!i.add.isEmpty())
            o.set(QStringLiteral("add"), i.add);
        if (!i.peer.isEmpty())
            o.set(QStringLiteral("peer"), i.peer);
        o.set(QStringLiteral("createInRoot"), i.createInRoot);
        interfaces.append(o);
    }
    const BindNamespaces bind = m_runtime.bindNS.value_or(BindNamespaces());
    GoJsonValue bindNs = GoJsonValue::object()
                             .set(QStringLiteral("cgroup"), bind.cgroup.value_or(QString()))
                             .set(QStringLiteral("ipc"), bind.ipc.value_or(QString()))
                             .set(QStringLiteral("mnt"), bind.mnt.value_or(QString()))
                             .set(QStringLiteral("net"), bind.net.value_or(QString()))
                             .set(QStringLiteral("pid"), bind.pid.value_or(QString()))
                             .set(QStringLiteral("user"), bind.user.value_or(QString()))
                             .set(QStringLiteral("uts"), bind.uts.value_or(QString()));
    return GoJsonValue::object()
        .set(QStringLiteral("cgroups"),
             GoJsonValue::stringArray(m_runtime.cgroups.value_or(QStringList())))
        .set(QStringLiteral("mounts"), mounts)
        .set(QStringLiteral("mkdir"),
             GoJsonValue::stringArray(m_runtime.mkdir.value_or(QStringList())))
        .set(QStringLiteral("interfaces"), interfaces)
        .set(QStringLiteral("bindNS"), bindNs)
        .set(QStringLiteral("namespace"), m_runtime.namespaceName.value_or(QString()))
        .toIndentedJson();
}

} // namespace Lkc
