// SPDX-License-Identifier: Apache-2.0
#include "formatdescription.h"
#include "formathelp.h"
#include "linuxkitschema.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Lkc {

namespace {

// lupdate files a free tr() under its namespace: the same context here, or no translation
// is ever found.
QString tr(const char *text) {
    return QCoreApplication::translate("Lkc", text);
}

using Kind = FieldDescription::Kind;

QString refName(const QJsonObject &schema) {
    const QString ref = schema.value(QLatin1String("$ref")).toString();
    return ref.section(QLatin1Char('/'), -1);
}

QList<FieldDescription> describeObject(const QString &definition, const QJsonObject &schema);

// LinuxKit's schema says "a list of strings" for keys whose strings have a
// shape; the kinds below say which shape, so each gets an editor that knows it.
void applyShape(const QString &definition, FieldDescription &d) {
    const QString where = definition + QLatin1Char('.') + d.key;
    const auto is = [&](std::initializer_list<const char *> names) {
        return std::any_of(names.begin(), names.end(),
                           [&](const char *n) { return where == QLatin1String(n); });
    };
    if (is({"image.capabilities", "image.capabilities.add", "image.ambient"})) {
        d.kind = Kind::Capabilities;
    } else if (is({"image.binds", "image.binds.add"})) {
        d.kind = Kind::PartsList;
        d.parts = {tr("Host path"), tr("Container path"), tr("Options")};
        d.separator = QLatin1Char(':');
        d.requiredParts = 2;
    } else if (is({"image.tmpfs"})) {
        d.kind = Kind::PartsList;
        d.parts = {tr("Container path"), tr("Options")};
        d.separator = QLatin1Char(':');
        d.requiredParts = 1;
    } else if (is({"image.rlimits"})) {
        d.kind = Kind::PartsList;
        d.parts = {tr("Limit"), tr("Soft"), tr("Hard")};
        d.separator = QLatin1Char(',');
        d.requiredParts = 3;
    } else if (is({"image.env"})) {
        d.kind = Kind::KeyValue;
        d.listOfPairs = true;
    } else if (is({"image.net", "image.pid", "image.ipc", "image.uts", "image.userns"})) {
        d.kind = Kind::Choice;
        d.openChoice = true; // a path to an existing namespace is allowed too
        d.choices = {QStringLiteral("new"), QStringLiteral("host")};
    } else if (is({"image.rootfsPropagation"})) {
        d.kind = Kind::Choice;
        d.choices = {QStringLiteral("private"), QStringLiteral("shared"),
                     QStringLiteral("slave"),   QStringLiteral("rprivate"),
                     QStringLiteral("rshared"), QStringLiteral("rslave")};
    } else if (is({"image.additionalGids"})) {
        d.kind = Kind::StringList;
    } else if (is({"file.mode"})) {
        d.kind = Kind::Mode;
    } else if (is({"file.contents"})) {
        d.kind = Kind::Contents;
    } else if (is({"file.metadata"})) {
        d.kind = Kind::Choice;
        d.choices = {QStringLiteral("yaml"), QStringLiteral("json")};
    } else if (is({"mount.type"})) {
        d.kind = Kind::Choice;
        d.openChoice = true;
        d.choices = {QStringLiteral("bind"),  QStringLiteral("tmpfs"),  QStringLiteral("proc"),
                     QStringLiteral("sysfs"), QStringLiteral("cgroup"), QStringLiteral("devpts"),
                     QStringLiteral("mqueue")};
    } else if (is({"device.type", "devicecgroup.type"})) {
        d.kind = Kind::Choice;
        d.choices = {QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("p"),
                     QStringLiteral("a")};
    }
    if (definition == QLatin1String("file")) {
        if (d.key == QLatin1String("contents") || d.key == QLatin1String("directory") ||
            d.key == QLatin1String("symlink") || d.key == QLatin1String("metadata") ||
            d.key == QLatin1String("source"))
            d.fileKind = d.key;
        else if (d.key == QLatin1String("optional"))
            d.fileKind = QStringLiteral("source");
    }
    if (d.kind == Kind::Bool)
        d.defaultValue = false; // every boolean of the format is off unless set
}

FieldDescription describeField(const QString &definition, const QString &key,
                               const QJsonObject &schema) {
    FieldDescription d;
    d.key = key;
    const FormatHelp help = formatHelp(definition, key);
    d.label = help.label;
    d.help = help.help;
    d.defaultText = help.defaultText;

    const QString ref = refName(schema);
    const QJsonObject resolved = LinuxKitSchema::resolve(schema);
    const QString type = resolved.value(QLatin1String("type")).toString();
    if (resolved.contains(QLatin1String("enum"))) {
        d.kind = Kind::Choice;
        for (const QJsonValue &v : resolved.value(QLatin1String("enum")).toArray())
            d.choices << v.toString();
    } else if (resolved.contains(QLatin1String("anyOf"))) {
        d.kind = Kind::IdOrName;
    } else if (type == QLatin1String("integer")) {
        d.kind = Kind::Integer;
    } else if (type == QLatin1String("boolean")) {
        d.kind = Kind::Bool;
    } else if (type == QLatin1String("array")) {
        const QJsonObject itemRef = resolved.value(QLatin1String("items")).toObject();
        const QJsonObject items = LinuxKitSchema::resolve(itemRef);
        if (items.value(QLatin1String("type")).toString() == QLatin1String("object")) {
            d.kind = Kind::ObjectList;
            d.children = describeObject(refName(itemRef), items);
        } else {
            d.kind = Kind::StringList;
        }
    } else if (type == QLatin1String("object")) {
        if (resolved.value(QLatin1String("additionalProperties")).isObject()) {
            d.kind = Kind::KeyValue;
        } else {
            d.kind = Kind::Object;
            d.children = describeObject(ref, resolved);
        }
    } else {
        d.kind = Kind::Text;
    }
    applyShape(definition, d);
    return d;
}

QList<FieldDescription> describeObject(const QString &definition, const QJsonObject &schema) {
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    QStringList keys = properties.keys();
    // The help table's order reads best (name and image first); the rest alphabetically.
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return formatHelp(definition, a).order < formatHelp(definition, b).order;
    });
    QList<FieldDescription> out;
    for (const QString &key : keys)
        out << describeField(definition, key, properties.value(key).toObject());
    return out;
}

QList<FieldDescription> definitionFields(const char *name) {
    const QJsonObject definitions =
        LinuxKitSchema::root().value(QLatin1String("definitions")).toObject();
    return describeObject(QString::fromLatin1(name),
                          definitions.value(QLatin1String(name)).toObject());
}

QList<SectionDescription> buildSections() {
    QList<SectionDescription> list;
    const auto add = [&](const char *key, QString title, QString summary, QString landsAt,
                         QString entryLabel, bool hasEntries, QList<FieldDescription> fields) {
        list.append({QString::fromLatin1(key), std::move(title), std::move(summary),
                     std::move(landsAt), std::move(entryLabel), hasEntries, std::move(fields)});
    };
    add("kernel", tr("Kernel"),
        tr("The Linux kernel to boot and its command line. The kernel image holds the kernel "
           "binary and a tarball of its modules."),
        tr("boot/kernel and boot/cmdline; the modules tar is unpacked at /"), tr("Kernel"), false,
        definitionFields("kernel"));
    // An init entry is one image reference: its form edits the item itself (key "").
    FieldDescription initImage;
    initImage.label = tr("Image");
    initImage.help = tr("An image unpacked into the root filesystem; later ones overwrite "
                        "earlier ones.");
    add("init", tr("Init"),
        tr("Images unpacked straight into the root filesystem: the init process, runc, "
           "containerd, CA certificates. Later images overwrite earlier ones."),
        tr("/ (merged in list order)"), tr("Init image"), true, {initImage});
    const QList<FieldDescription> image = definitionFields("image");
    add("onboot", tr("On boot"),
        tr("Containers run once, one after another, at boot: format disks, configure the "
           "network, set sysctls. The next starts when the previous exits."),
        tr("/containers/onboot/NNN-%1 (NNN = position in the list)"), tr("Container"), true, image);
    add("onshutdown", tr("On shutdown"), tr("Containers run once at a clean shutdown."),
        tr("/containers/onshutdown/NNN-%1"), tr("Container"), true, image);
    add("services", tr("Services"),
        tr("Long-running containers (getty, sshd, dhcpcd …), started in parallel after the "
           "onboot containers."),
        tr("/containers/services/%1"), tr("Service"), true, image);
    add("files", tr("Files"),
        tr("Files, directories and symlinks added to the root filesystem, from inline "
           "contents, a host file or the config itself (metadata)."),
        tr("the path you give, relative to /"), tr("File"), true, definitionFields("file"));
    add("volumes", tr("Volumes"),
        tr("Named directories, optionally filled from an image, that containers can bind by "
           "name."),
        tr("/containers/volumes/%1"), tr("Volume"), true, definitionFields("volume"));
    add("trust", tr("Trust"),
        tr("The 2017 Notary trust section. LinuxKit accepts it and ignores it."),
        tr("nowhere: it changes nothing in the image"), tr("Trust"), false,
        definitionFields("trust"));
    return list;
}

const FieldDescription *findIn(const QList<FieldDescription> &fields, QStringList path) {
    for (const FieldDescription &f : fields) {
        if (f.key != path.first())
            continue;
        path.removeFirst();
        return path.isEmpty() ? &f : findIn(f.children, path);
    }
    return nullptr;
}

} // namespace

const QList<SectionDescription> &FormatDescription::sections() {
    static const QList<SectionDescription> list = buildSections();
    return list;
}

const SectionDescription *FormatDescription::section(const QString &key) {
    for (const SectionDescription &s : sections())
        if (s.key == key)
            return &s;
    return nullptr;
}

const QList<FieldDescription> &FormatDescription::fields(const QString &section) {
    static const QList<FieldDescription> none;
    const SectionDescription *s = FormatDescription::section(section);
    return s ? s->fields : none;
}

const FieldDescription *FormatDescription::field(const QString &section, const QString &keyPath) {
    return findIn(fields(section), keyPath.split(QLatin1Char('/')));
}

QStringList FormatDescription::fileKinds() {
    return {QStringLiteral("contents"), QStringLiteral("source"), QStringLiteral("directory"),
            QStringLiteral("symlink"), QStringLiteral("metadata")};
}

QString FormatDescription::fileKindLabel(const QString &kind) {
    if (kind == QLatin1String("contents"))
        return tr("Contents written here");
    if (kind == QLatin1String("source"))
        return tr("Copy of a host file");
    if (kind == QLatin1String("directory"))
        return tr("Directory");
    if (kind == QLatin1String("symlink"))
        return tr("Symbolic link");
    if (kind == QLatin1String("metadata"))
        return tr("The config itself (metadata)");
    return tr("Empty file");
}

} // namespace Lkc
