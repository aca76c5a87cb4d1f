// SPDX-License-Identifier: Apache-2.0
#include "bootflow.h"

#include "image/imageref.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lkc {

namespace {

// The boot flow is shown in the window: its sentences are translated (context Lkc::BootFlow).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Lkc::BootFlow)
};

QString shortImage(const QString &written) {
    Result<ImageRef> ref = ImageRef::parse(written);
    return ref ? ref->expanded() : written;
}

QString quoteArgs(const QStringList &args) {
    QStringList shown;
    for (const QString &a : args)
        shown.append(a.contains(QLatin1Char(' ')) ? QLatin1Char('\'') + a + QLatin1Char('\'') : a);
    QString line = shown.join(QLatin1Char(' '));
    if (line.size() > 90)
        line = line.left(87) + QStringLiteral("...");
    return line;
}

// What the container runs and with which privileges, from its config.json.
QString describeContainer(const ImageEntry &entry, const EffectiveContainer *effective) {
    QStringList parts;
    if (effective && !effective->configJson.isEmpty()) {
        const QJsonObject spec = QJsonDocument::fromJson(effective->configJson).object();
        const QJsonObject process = spec.value(QStringLiteral("process")).toObject();
        QStringList args;
        for (const QJsonValue &a : process.value(QStringLiteral("args")).toArray())
            args.append(a.toString());
        parts.append(args.isEmpty() ? Text::tr("runs the image's entrypoint")
                                    : Text::tr("runs %1").arg(quoteArgs(args)));
        QStringList shared;
        QStringList own;
        for (const QJsonValue &ns : spec.value(QStringLiteral("linux"))
                                        .toObject()
                                        .value(QStringLiteral("namespaces"))
                                        .toArray())
            own.append(ns.toObject().value(QStringLiteral("type")).toString());
        if (!own.contains(QStringLiteral("network")))
            shared.append(QStringLiteral("network"));
        if (!own.contains(QStringLiteral("pid")))
            shared.append(QStringLiteral("pid"));
        if (!own.contains(QStringLiteral("mount")))
            shared.append(QStringLiteral("mount"));
        if (!shared.isEmpty())
            parts.append(Text::tr("shares the host's %1").arg(shared.join(QStringLiteral(", "))));
        const int caps = int(process.value(QStringLiteral("capabilities"))
                                 .toObject()
                                 .value(QStringLiteral("bounding"))
                                 .toArray()
                                 .size());
        parts.append(caps == 0 ? Text::tr("no capabilities")
                               : Text::tr("%1 capabilities").arg(caps));
        if (spec.value(QStringLiteral("root"))
                .toObject()
                .value(QStringLiteral("readonly"))
                .toBool())
            parts.append(Text::tr("read-only root"));
    } else {
        if (entry.command)
            parts.append(Text::tr("runs %1").arg(quoteArgs(*entry.command)));
        else
            parts.append(Text::tr("runs what the image's label or entrypoint says"));
        if (effective && !effective->imageFound)
            parts.append(Text::tr("(image not in the local store: details unknown)"));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString BootFlow::stageName(BootStep::Stage stage) {
    switch (stage) {
    case BootStep::Stage::Kernel:
        return QStringLiteral("kernel");
    case BootStep::Stage::Init:
        return QStringLiteral("init");
    case BootStep::Stage::Onboot:
        return QStringLiteral("onboot");
    case BootStep::Stage::Services:
        return QStringLiteral("services");
    case BootStep::Stage::Onshutdown:
        return QStringLiteral("onshutdown");
    }
    return {};
}

QList<BootStep> BootFlow::describe(const Config &config,
                                   const QList<EffectiveContainer> &effective) {
    QHash<QString, const EffectiveContainer *> byPath;
    for (const EffectiveContainer &c : effective)
        byPath.insert(c.yamlPath, &c);
    QList<BootStep> steps;
    if (config.kernel.image && !config.kernel.image->isEmpty()) {
        const QString cmdline = config.kernel.cmdline.value_or(QString());
        steps.append({BootStep::Stage::Kernel, QStringLiteral("kernel"),
                      shortImage(*config.kernel.image),
                      Text::tr("The boot loader starts this kernel%1; it unpacks the initrd "
                               "into RAM and runs /init from it.")
                          .arg(cmdline.isEmpty() ? QString()
                                                 : QStringLiteral(" with \"%1\"").arg(cmdline))});
    }
    for (qsizetype i = 0; i < config.init.size(); ++i)
        steps.append({BootStep::Stage::Init, QStringLiteral("init[%1]").arg(i),
                      shortImage(config.init[i].value),
                      i == 0
                          ? Text::tr("Unpacked into the root filesystem; its /init mounts /proc, "
                                     "/sys and /dev, then starts the containers below.")
                          : Text::tr("Unpacked on top of the images before it (later files "
                                     "win): tools the boot needs, such as runc or containerd.")});
    const auto containers = [&](ImageSection section, BootStep::Stage stage, const QString &how) {
        const QList<ImageEntry> &entries = config.images(section);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(Config::sectionKey(section)).arg(i);
            const ImageEntry &e = entries[i];
            steps.append({stage, path,
                          e.name.value_or(QString()) + QStringLiteral(" (") +
                              shortImage(e.image.value_or(QString())) + QLatin1Char(')'),
                          how + describeContainer(e, byPath.value(path))});
        }
    };
    containers(ImageSection::Onboot, BootStep::Stage::Onboot,
               Text::tr("One after another, each to completion: "));
    containers(ImageSection::Services, BootStep::Stage::Services,
               Text::tr("Started with the other services and kept running: "));
    containers(ImageSection::Onshutdown, BootStep::Stage::Onshutdown,
               Text::tr("At power-off, in order, before the system halts: "));
    return steps;
}

} // namespace Lkc
