// SPDX-License-Identifier: Apache-2.0
#include "configmetadata.h"

#include "config/yamlemitter.h"
#include "config/yamlvalue.h"
#include "image/imageref.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lkc {

namespace {

QString expand(const QString &ref) {
    Result<ImageRef> parsed = ImageRef::parse(ref);
    return parsed ? parsed->expanded() : ref;
}

class MapBuilder {
public:
    MapBuilder &put(const QString &key, const YamlValue &v) {
        m_entries.append({key, v});
        return *this;
    }
    template <typename T, typename F>
    MapBuilder &opt(const QString &key, const Field<T> &f, F conv) {
        if (f)
            put(key, conv(*f));
        return *this;
    }
    MapBuilder &str(const QString &key, const Field<QString> &f) {
        return opt(key, f, [](const QString &s) { return YamlValue::fromString(s); });
    }
    MapBuilder &list(const QString &key, const Field<QStringList> &f) {
        return opt(key, f, [](const QStringList &l) { return YamlValue::fromStringList(l); });
    }
    MapBuilder &boolean(const QString &key, const Field<bool> &f) {
        return opt(key, f, [](bool b) { return YamlValue::fromBool(b); });
    }
    YamlValue value() const { return YamlValue::fromMap(m_entries); }

private:
    QList<YamlValue::Entry> m_entries;
};

YamlValue idValue(const IntOrName &id) {
    return id.isNumber() ? YamlValue::fromInt(id.number()) : YamlValue::fromString(id.name());
}

YamlValue stringMap(const QMap<QString, QString> &m) {
    QList<YamlValue::Entry> entries;
    for (auto it = m.begin(); it != m.end(); ++it)
        entries.append({it.key(), YamlValue::fromString(it.value())});
    return YamlValue::fromMap(entries);
}

YamlValue mountValue(const Mount &m) {
    MapBuilder b;
    b.put(QStringLiteral("destination"), YamlValue::fromString(m.destination))
        .put(QStringLiteral("type"), YamlValue::fromString(m.type))
        .put(QStringLiteral("source"), YamlValue::fromString(m.source));
    if (!m.options.isEmpty())
        b.put(QStringLiteral("options"), YamlValue::fromStringList(m.options));
    return b.value();
}

YamlValue mounts(const QList<Mount> &list) {
    QList<YamlValue> items;
    for (const Mount &m : list)
        items.append(mountValue(m));
    return YamlValue::fromList(items);
}

YamlValue jsonToYaml(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Bool:
        return YamlValue::fromBool(v.toBool());
    case QJsonValue::Double:
        return YamlValue::fromInt(qint64(v.toDouble()));
    case QJsonValue::String:
        return YamlValue::fromString(v.toString());
    case QJsonValue::Array: {
        QList<YamlValue> items;
        for (const QJsonValue &i : v.toArray())
            items.append(jsonToYaml(i));
        return YamlValue::fromList(items);
    }
    case QJsonValue::Object: {
        QList<YamlValue::Entry> entries;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            entries.append({it.key(), jsonToYaml(it.value())});
        return YamlValue::fromMap(entries);
    }
    default:
        return YamlValue();
    }
}

YamlValue runtimeValue(const RuntimeSection &r) {
    MapBuilder b;
    b.list(QStringLiteral("cgroups"), r.cgroups);
    b.opt(QStringLiteral("mounts"), r.mounts, mounts);
    b.list(QStringLiteral("mkdir"), r.mkdir);
    b.opt(QStringLiteral("interfaces"), r.interfaces, [](const QList<Interface> &list) {
        QList<YamlValue> items;
        for (const Interface &i : list) {
            MapBuilder ib;
            if (!i.name.isEmpty())
                ib.put(QStringLiteral("name"), YamlValue::fromString(i.name));
            if (!i.add.isEmpty())
                ib.put(QStringLiteral("add"), YamlValue::fromString(i.add));
            if (!i.peer.isEmpty())
                ib.put(QStringLiteral("peer"), YamlValue::fromString(i.peer));
            ib.put(QStringLiteral("createInRoot"), YamlValue::fromBool(i.createInRoot));
            items.append(ib.value());
        }
        return YamlValue::fromList(items);
    });
    b.opt(QStringLiteral("bindNS"), r.bindNS, [](const BindNamespaces &ns) {
        MapBuilder nb;
        nb.str(QStringLiteral("cgroup"), ns.cgroup)
            .str(QStringLiteral("ipc"), ns.ipc)
            .str(QStringLiteral("mnt"), ns.mnt)
            .str(QStringLiteral("net"), ns.net)
            .str(QStringLiteral("pid"), ns.pid)
            .str(QStringLiteral("user"), ns.user)
            .str(QStringLiteral("uts"), ns.uts);
        return nb.value();
    });
    b.str(QStringLiteral("namespace"), r.namespaceName);
    return b.value();
}

YamlValue imageValue(const ImageEntry &e) {
    MapBuilder b;
    b.str(QStringLiteral("name"), e.name);
    b.opt(QStringLiteral("image"), e.image,
          [](const QString &s) { return YamlValue::fromString(expand(s)); });
    b.list(QStringLiteral("capabilities"), e.capabilities);
    b.list(QStringLiteral("capabilities.add"), e.capabilitiesAdd);
    b.list(QStringLiteral("ambient"), e.ambient);
    b.opt(QStringLiteral("mounts"), e.mounts, mounts);
    b.list(QStringLiteral("binds"), e.binds);
    b.list(QStringLiteral("binds.add"), e.bindsAdd);
    b.list(QStringLiteral("tmpfs"), e.tmpfs);
    b.list(QStringLiteral("command"), e.command);
    b.list(QStringLiteral("env"), e.env);
    b.str(QStringLiteral("cwd"), e.cwd);
    b.str(QStringLiteral("net"), e.net);
    b.str(QStringLiteral("pid"), e.pid);
    b.str(QStringLiteral("ipc"), e.ipc);
    b.str(QStringLiteral("uts"), e.uts);
    b.str(QStringLiteral("userns"), e.userns);
    b.str(QStringLiteral("hostname"), e.hostname);
    b.boolean(QStringLiteral("readonly"), e.readonly);
    b.list(QStringLiteral("maskedPaths"), e.maskedPaths);
    b.list(QStringLiteral("readonlyPaths"), e.readonlyPaths);
    b.opt(QStringLiteral("uid"), e.uid, idValue);
    b.opt(QStringLiteral("gid"), e.gid, idValue);
    b.opt(QStringLiteral("additionalGids"), e.additionalGids, [](const QList<IntOrName> &l) {
        QList<YamlValue> items;
        for (const IntOrName &id : l)
            items.append(idValue(id));
        return YamlValue::fromList(items);
    });
    b.boolean(QStringLiteral("noNewPrivileges"), e.noNewPrivileges);
    b.opt(QStringLiteral("oomScoreAdj"), e.oomScoreAdj,
          [](qint64 n) { return YamlValue::fromInt(n); });
    b.str(QStringLiteral("rootfsPropagation"), e.rootfsPropagation);
    b.str(QStringLiteral("cgroupsPath"), e.cgroupsPath);
    b.opt(QStringLiteral("resources"), e.resources,
          [](const QJsonObject &o) { return jsonToYaml(o); });
    b.opt(QStringLiteral("sysctl"), e.sysctl, stringMap);
    b.list(QStringLiteral("rlimits"), e.rlimits);
    b.opt(QStringLiteral("annotations"), e.annotations, stringMap);
    b.opt(QStringLiteral("devices"), e.devices, [](const QList<Device> &list) {
        QList<YamlValue> items;
        for (const Device &d : list) {
            MapBuilder db;
            db.put(QStringLiteral("path"), YamlValue::fromString(d.path))
                .put(QStringLiteral("type"), YamlValue::fromString(d.type))
                .put(QStringLiteral("major"), YamlValue::fromInt(d.major))
                .put(QStringLiteral("minor"), YamlValue::fromInt(d.minor))
                .str(QStringLiteral("mode"), d.mode);
            items.append(db.value());
        }
        return YamlValue::fromList(items);
    });
    b.opt(QStringLiteral("runtime"), e.runtime, runtimeValue);
    return b.value();
}

YamlValue configValue(const Config &c) {
    MapBuilder top;
    MapBuilder kernel;
    kernel.opt(QStringLiteral("image"), c.kernel.image,
               [](const QString &s) { return YamlValue::fromString(expand(s)); });
    kernel.str(QStringLiteral("cmdline"), c.kernel.cmdline)
        .str(QStringLiteral("binary"), c.kernel.binary)
        .str(QStringLiteral("tar"), c.kernel.tar)
        .str(QStringLiteral("ucode"), c.kernel.ucode);
    top.put(QStringLiteral("kernel"), kernel.value());
    if (!c.init.isEmpty()) {
        QStringList init;
        for (const ImageRefString &r : c.init)
            init.append(expand(r.value));
        top.put(QStringLiteral("init"), YamlValue::fromStringList(init));
    }
    for (ImageSection section :
         {ImageSection::Onboot, ImageSection::Onshutdown, ImageSection::Services}) {
        const QList<ImageEntry> &entries = c.images(section);
        if (entries.isEmpty())
            continue;
        QList<YamlValue> items;
        for (const ImageEntry &e : entries)
            items.append(imageValue(e));
        top.put(Config::sectionKey(section), YamlValue::fromList(items));
    }
    if (!c.files.isEmpty()) {
        QList<YamlValue> items;
        for (const FileEntry &f : c.files) {
            MapBuilder fb;
            fb.str(QStringLiteral("path"), f.path);
            fb.put(QStringLiteral("directory"), YamlValue::fromBool(f.directory.value_or(false)));
            fb.str(QStringLiteral("symlink"), f.symlink)
                .str(QStringLiteral("contents"), f.contents)
                .str(QStringLiteral("source"), f.source)
                .str(QStringLiteral("metadata"), f.metadata);
            fb.put(QStringLiteral("optional"), YamlValue::fromBool(f.optional.value_or(false)));
            fb.str(QStringLiteral("mode"), f.mode);
            fb.opt(QStringLiteral("uid"), f.uid, idValue)
                .opt(QStringLiteral("gid"), f.gid, idValue);
            items.append(fb.value());
        }
        top.put(QStringLiteral("files"), YamlValue::fromList(items));
    }
    if (!c.volumes.isEmpty()) {
        QList<YamlValue> items;
        for (const VolumeEntry &v : c.volumes) {
            MapBuilder vb;
            vb.str(QStringLiteral("name"), v.name);
            vb.opt(QStringLiteral("image"), v.image,
                   [](const QString &s) { return YamlValue::fromString(expand(s)); });
            vb.boolean(QStringLiteral("readonly"), v.readonly)
                .str(QStringLiteral("format"), v.format)
                .list(QStringLiteral("platforms"), v.platforms);
            items.append(vb.value());
        }
        top.put(QStringLiteral("volumes"), YamlValue::fromList(items));
    }
    return top.value();
}

QJsonValue toJson(const YamlValue &v) {
    switch (v.type()) {
    case YamlValue::Type::Null:
        return QJsonValue();
    case YamlValue::Type::Bool:
        return v.toBool();
    case YamlValue::Type::Int:
        return double(v.toInt());
    case YamlValue::Type::Float:
    case YamlValue::Type::String:
        return v.scalarText();
    case YamlValue::Type::List: {
        QJsonArray a;
        for (const YamlValue &i : v.items())
            a.append(toJson(i));
        return a;
    }
    case YamlValue::Type::Map: {
        QJsonObject o;
        for (const auto &[k, val] : v.entries())
            o.insert(k, toJson(val));
        return o;
    }
    }
    return QJsonValue();
}

} // namespace

QByteArray ConfigMetadata::yaml(const Config &config) {
    YamlEmitStyle style;
    style.sequenceIndent = 0; // yaml.v2 writes list items at their key's column
    QByteArray text = YamlEmitter(style).topLevel(configValue(config)).toUtf8();
    if (!text.endsWith('\n'))
        text += '\n';
    return text;
}

QByteArray ConfigMetadata::json(const Config &config) {
    return QJsonDocument(toJson(configValue(config)).toObject()).toJson(QJsonDocument::Indented);
}

} // namespace Lkc
