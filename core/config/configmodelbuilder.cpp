// SPDX-License-Identifier: Apache-2.0
#include "configmodelbuilder.h"

#include <QJsonArray>

namespace Lkc {

namespace {

class Builder {
public:
    explicit Builder(QString file)
        : m_file(std::move(file)) {}

    SourcePos pos(const YamlNode &node, const QString &path) const {
        return SourcePos{m_file, node.line, node.column, path};
    }

    // --- scalar and list conversions; false = wrong shape, leave unset ---
    static bool convert(const YamlNode &n, QString &out) {
        if (!n.isScalar() || n.isNull())
            return false;
        out = n.text;
        return true;
    }
    static bool convert(const YamlNode &n, bool &out) {
        bool ok = false;
        out = n.toBool(&ok);
        return ok && n.scalarType() == YamlNode::ScalarType::Bool;
    }
    static bool convert(const YamlNode &n, qint64 &out) {
        bool ok = false;
        out = n.toInt(&ok);
        return ok && n.jsonType() == QLatin1String("integer");
    }
    static bool convert(const YamlNode &n, IntOrName &out) {
        const QString type = n.jsonType();
        if (type != QLatin1String("integer") && type != QLatin1String("string"))
            return false;
        if (n.jsonType() == QLatin1String("integer")) {
            bool ok = false;
            const qint64 v = n.toInt(&ok);
            if (!ok)
                return false;
            out = IntOrName(v);
        } else {
            out = IntOrName(n.text);
        }
        return true;
    }
    static bool convert(const YamlNode &n, QJsonObject &out) {
        if (!n.isMapping())
            return false;
        out = ConfigModelBuilder::toJson(n).toObject();
        return true;
    }

    template <typename T>
    bool convertList(const YamlNode &n, QList<T> &out, const QString &path,
                     QList<SourcePos> *itemPos) {
        if (!n.isSequence())
            return false;
        for (size_t i = 0; i < n.children.size(); ++i) {
            T item{};
            const QString itemPath = yamlPathAppendIndex(path, qsizetype(i));
            if (convertItem(n.children[i], item, itemPath)) {
                out.append(std::move(item));
                if (itemPos)
                    itemPos->append(pos(n.children[i], itemPath));
            }
        }
        return true;
    }
    bool convertItem(const YamlNode &n, QString &out, const QString &) { return convert(n, out); }
    bool convertItem(const YamlNode &n, IntOrName &out, const QString &) { return convert(n, out); }
    bool convertItem(const YamlNode &n, Mount &out, const QString &path) {
        return mount(n, out, path);
    }
    bool convertItem(const YamlNode &n, Device &out, const QString &path) {
        return device(n, out, path);
    }
    bool convertItem(const YamlNode &n, IdMapping &out, const QString &path) {
        return idMapping(n, out, path);
    }
    bool convertItem(const YamlNode &n, Interface &out, const QString &path) {
        return interface(n, out, path);
    }

    bool convertValue(const YamlNode &n, QString &out, const QString &, QList<SourcePos> *) {
        return convert(n, out);
    }
    bool convertValue(const YamlNode &n, bool &out, const QString &, QList<SourcePos> *) {
        return convert(n, out);
    }
    bool convertValue(const YamlNode &n, qint64 &out, const QString &, QList<SourcePos> *) {
        return convert(n, out);
    }
    bool convertValue(const YamlNode &n, IntOrName &out, const QString &, QList<SourcePos> *) {
        return convert(n, out);
    }
    bool convertValue(const YamlNode &n, QJsonObject &out, const QString &, QList<SourcePos> *) {
        return convert(n, out);
    }
    bool convertValue(const YamlNode &n, QStringList &out, const QString &path,
                      QList<SourcePos> *itemPos) {
        return convertList(n, out, path, itemPos);
    }
    template <typename T>
    bool convertValue(const YamlNode &n, QList<T> &out, const QString &path,
                      QList<SourcePos> *itemPos) {
        return convertList(n, out, path, itemPos);
    }
    bool convertValue(const YamlNode &n, QMap<QString, QString> &out, const QString &path,
                      QList<SourcePos> *itemPos) {
        if (!n.isMapping())
            return false;
        QMap<QString, SourcePos> positions;
        for (qsizetype i = 0; i < n.mapSize(); ++i) {
            QString key;
            QString value;
            if (!convert(n.mapKey(i), key) || !convert(n.mapValue(i), value))
                continue;
            if (out.contains(key))
                continue; // duplicate key: reported by the loader; first wins
            out.insert(key, value);
            positions.insert(key, pos(n.mapValue(i), yamlPathAppendKey(path, key)));
        }
        if (itemPos)
            *itemPos = positions.values();
        return true;
    }
    bool convertValue(const YamlNode &n, RuntimeSection &out, const QString &path,
                      QList<SourcePos> *) {
        return runtime(n, out, path);
    }
    bool convertValue(const YamlNode &n, BindNamespaces &out, const QString &path,
                      QList<SourcePos> *) {
        if (!n.isMapping())
            return false;
        field(n, "cgroup", out.cgroup, path);
        field(n, "ipc", out.ipc, path);
        field(n, "mnt", out.mnt, path);
        field(n, "net", out.net, path);
        field(n, "pid", out.pid, path);
        field(n, "user", out.user, path);
        field(n, "uts", out.uts, path);
        return true;
    }

    // Reads map[key] into a Field, with its position.
    template <typename T>
    void field(const YamlNode &map, const char *key, Field<T> &out, const QString &parentPath) {
        const QString name = QString::fromLatin1(key);
        const YamlNode *value = map.find(name);
        if (!value)
            return;
        const QString path = yamlPathAppendKey(parentPath, name);
        T converted{};
        QList<SourcePos> itemPos;
        if (!convertValue(*value, converted, path, &itemPos))
            return;
        out = std::move(converted);
        out.pos = pos(*value, path);
        out.itemPos = std::move(itemPos);
    }

    template <typename T> static void plain(const YamlNode &map, const char *key, T &out) {
        if (const YamlNode *value = map.find(QString::fromLatin1(key)))
            convert(*value, out);
    }

    bool idMapping(const YamlNode &n, IdMapping &out, const QString &path) {
        if (!n.isMapping())
            return false;
        out.pos = pos(n, path);
        plain(n, "hostID", out.hostId);
        plain(n, "containerID", out.containerId);
        plain(n, "size", out.size);
        return true;
    }

    bool mount(const YamlNode &n, Mount &out, const QString &path) {
        if (!n.isMapping())
            return false;
        out.pos = pos(n, path);
        plain(n, "destination", out.destination);
        plain(n, "type", out.type);
        plain(n, "source", out.source);
        if (const YamlNode *options = n.find(QStringLiteral("options")))
            convertList(*options, out.options, path, nullptr);
        if (const YamlNode *m = n.find(QStringLiteral("uidmappings")))
            convertList(*m, out.uidMappings, yamlPathAppendKey(path, QStringLiteral("uidmappings")),
                        nullptr);
        if (const YamlNode *m = n.find(QStringLiteral("gidmappings")))
            convertList(*m, out.gidMappings, yamlPathAppendKey(path, QStringLiteral("gidmappings")),
                        nullptr);
        return true;
    }

    bool device(const YamlNode &n, Device &out, const QString &path) {
        if (!n.isMapping())
            return false;
        out.pos = pos(n, path);
        plain(n, "path", out.path);
        plain(n, "type", out.type);
        plain(n, "major", out.major);
        plain(n, "minor", out.minor);
        field(n, "mode", out.mode, path);
        return true;
    }

    bool interface(const YamlNode &n, Interface &out, const QString &path) {
        if (!n.isMapping())
            return false;
        out.pos = pos(n, path);
        plain(n, "name", out.name);
        plain(n, "add", out.add);
        plain(n, "peer", out.peer);
        plain(n, "createInRoot", out.createInRoot);
        return true;
    }

    bool runtime(const YamlNode &n, RuntimeSection &out, const QString &path) {
        if (!n.isMapping())
            return false;
        out.pos = pos(n, path);
        field(n, "cgroups", out.cgroups, path);
        field(n, "mounts", out.mounts, path);
        field(n, "mkdir", out.mkdir, path);
        field(n, "interfaces", out.interfaces, path);
        field(n, "bindNS", out.bindNS, path);
        field(n, "namespace", out.namespaceName, path);
        return true;
    }

    ImageEntry image(const YamlNode &n, const QString &path) {
        ImageEntry e;
        e.pos = pos(n, path);
        if (!n.isMapping())
            return e;
        field(n, "name", e.name, path);
        field(n, "image", e.image, path);
        field(n, "capabilities", e.capabilities, path);
        field(n, "capabilities.add", e.capabilitiesAdd, path);
        field(n, "ambient", e.ambient, path);
        field(n, "mounts", e.mounts, path);
        field(n, "binds", e.binds, path);
        field(n, "binds.add", e.bindsAdd, path);
        field(n, "tmpfs", e.tmpfs, path);
        field(n, "devices", e.devices, path);
        field(n, "command", e.command, path);
        field(n, "env", e.env, path);
        field(n, "cwd", e.cwd, path);
        field(n, "net", e.net, path);
        field(n, "pid", e.pid, path);
        field(n, "ipc", e.ipc, path);
        field(n, "uts", e.uts, path);
        field(n, "userns", e.userns, path);
        field(n, "hostname", e.hostname, path);
        field(n, "readonly", e.readonly, path);
        field(n, "maskedPaths", e.maskedPaths, path);
        field(n, "readonlyPaths", e.readonlyPaths, path);
        field(n, "uid", e.uid, path);
        field(n, "gid", e.gid, path);
        field(n, "additionalGids", e.additionalGids, path);
        field(n, "noNewPrivileges", e.noNewPrivileges, path);
        field(n, "oomScoreAdj", e.oomScoreAdj, path);
        field(n, "rootfsPropagation", e.rootfsPropagation, path);
        field(n, "cgroupsPath", e.cgroupsPath, path);
        field(n, "resources", e.resources, path);
        field(n, "sysctl", e.sysctl, path);
        field(n, "rlimits", e.rlimits, path);
        field(n, "uidMappings", e.uidMappings, path);
        field(n, "gidMappings", e.gidMappings, path);
        field(n, "annotations", e.annotations, path);
        field(n, "runtime", e.runtime, path);
        return e;
    }

    FileEntry file(const YamlNode &n, const QString &path) {
        FileEntry f;
        f.pos = pos(n, path);
        if (!n.isMapping())
            return f;
        field(n, "path", f.path, path);
        field(n, "directory", f.directory, path);
        field(n, "symlink", f.symlink, path);
        field(n, "contents", f.contents, path);
        field(n, "source", f.source, path);
        field(n, "metadata", f.metadata, path);
        field(n, "optional", f.optional, path);
        field(n, "mode", f.mode, path);
        field(n, "uid", f.uid, path);
        field(n, "gid", f.gid, path);
        return f;
    }

    VolumeEntry volume(const YamlNode &n, const QString &path) {
        VolumeEntry v;
        v.pos = pos(n, path);
        if (!n.isMapping())
            return v;
        field(n, "name", v.name, path);
        field(n, "image", v.image, path);
        field(n, "readonly", v.readonly, path);
        field(n, "format", v.format, path);
        field(n, "platforms", v.platforms, path);
        return v;
    }

    Config config(const YamlNode &root) {
        Config c;
        c.sourceFiles << m_file;
        if (!root.isMapping())
            return c;
        for (qsizetype i = 0; i < root.mapSize(); ++i)
            if (root.mapKey(i).isScalar() && !c.sectionPos.contains(root.mapKey(i).text))
                c.sectionPos.insert(root.mapKey(i).text, pos(root.mapKey(i), root.mapKey(i).text));
        if (const YamlNode *k = root.find(QStringLiteral("kernel")); k && k->isMapping()) {
            const QString path = QStringLiteral("kernel");
            c.kernel.pos = pos(*k, path);
            field(*k, "image", c.kernel.image, path);
            field(*k, "cmdline", c.kernel.cmdline, path);
            field(*k, "binary", c.kernel.binary, path);
            field(*k, "tar", c.kernel.tar, path);
            field(*k, "ucode", c.kernel.ucode, path);
        }
        if (const YamlNode *init = root.find(QStringLiteral("init")); init && init->isSequence()) {
            for (size_t i = 0; i < init->children.size(); ++i) {
                QString ref;
                if (convert(init->children[i], ref))
                    c.init.append(ImageRefString{
                        ref, pos(init->children[i],
                                 yamlPathAppendIndex(QStringLiteral("init"), qsizetype(i)))});
            }
        }
        for (ImageSection s :
             {ImageSection::Onboot, ImageSection::Onshutdown, ImageSection::Services}) {
            const QString key = Config::sectionKey(s);
            const YamlNode *list = root.find(key);
            if (!list || !list->isSequence())
                continue;
            for (size_t i = 0; i < list->children.size(); ++i)
                if (list->children[i].isMapping())
                    c.images(s).append(
                        image(list->children[i], yamlPathAppendIndex(key, qsizetype(i))));
        }
        if (const YamlNode *files = root.find(QStringLiteral("files"));
            files && files->isSequence())
            for (size_t i = 0; i < files->children.size(); ++i)
                if (files->children[i].isMapping())
                    c.files.append(
                        file(files->children[i],
                             yamlPathAppendIndex(QStringLiteral("files"), qsizetype(i))));
        if (const YamlNode *vols = root.find(QStringLiteral("volumes")); vols && vols->isSequence())
            for (size_t i = 0; i < vols->children.size(); ++i)
                if (vols->children[i].isMapping())
                    c.volumes.append(
                        volume(vols->children[i],
                               yamlPathAppendIndex(QStringLiteral("volumes"), qsizetype(i))));
        if (const YamlNode *t = root.find(QStringLiteral("trust")); t && t->isMapping()) {
            const QString path = QStringLiteral("trust");
            c.trust.pos = pos(*t, path);
            field(*t, "image", c.trust.image, path);
            field(*t, "org", c.trust.org, path);
        }
        return c;
    }

private:
    QString m_file;
};

} // namespace

Config ConfigModelBuilder::buildConfig(const YamlNode &root, const QString &file) {
    return Builder(file).config(root);
}

ImageEntry ConfigModelBuilder::buildImageEntry(const YamlNode &node, const QString &file,
                                               const QString &path) {
    return Builder(file).image(node, path);
}

QJsonValue ConfigModelBuilder::toJson(const YamlNode &node) {
    switch (node.kind) {
    case YamlNode::Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case YamlNode::Kind::Sequence: {
        QJsonArray array;
        for (const YamlNode &child : node.children)
            array.append(toJson(child));
        return array;
    }
    case YamlNode::Kind::Mapping: {
        QJsonObject object;
        for (qsizetype i = 0; i < node.mapSize(); ++i)
            if (node.mapKey(i).isScalar() && !object.contains(node.mapKey(i).text))
                object.insert(node.mapKey(i).text, toJson(node.mapValue(i)));
        return object;
    }
    case YamlNode::Kind::Scalar:
        break;
    }
    switch (node.scalarType()) {
    case YamlNode::ScalarType::Null:
        return QJsonValue(QJsonValue::Null);
    case YamlNode::ScalarType::Bool:
        return node.toBool();
    case YamlNode::ScalarType::Int: {
        bool ok = false;
        const qint64 v = node.toInt(&ok);
        return ok ? QJsonValue(v) : QJsonValue(node.toDouble());
    }
    case YamlNode::ScalarType::Float:
        return node.toDouble();
    case YamlNode::ScalarType::String:
        break;
    }
    return node.text;
}

} // namespace Lkc
