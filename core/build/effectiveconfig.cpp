// SPDX-License-Identifier: Apache-2.0
#include "effectiveconfig.h"

#include "config/configreader.h"
#include "configmetadata.h"
#include "image/contentstore.h"
#include "image/imageref.h"
#include "image/imageresolver.h"
#include "rootfsassembler.h"
#include "runtimespec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lkc {

namespace {

// A JSON path as segments: object keys, or "#n" for array items.
using Segments = QStringList;

QJsonValue parseJson(const QByteArray &json) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

QJsonValue at(QJsonValue v, const Segments &path, qsizetype count) {
    for (qsizetype i = 0; i < count; ++i) {
        const QString &s = path[i];
        if (s.startsWith(QLatin1Char('#')))
            v = v.toArray().at(s.mid(1).toInt());
        else
            v = v.toObject().value(s);
    }
    return v;
}

// Does `other` hold the value `full` has at `path`? Below an array item the
// whole item is looked for anywhere in the array: items are sorted or merged
// (mounts, capabilities), so their index is no identity.
bool holds(const QJsonValue &full, const QJsonValue &other, const Segments &path) {
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i].startsWith(QLatin1Char('#'))) {
            const QJsonValue item = at(full, path, i + 1);
            return at(other, path, i).toArray().contains(item);
        }
    }
    const QJsonValue a = at(full, path, path.size());
    const QJsonValue b = at(other, path, path.size());
    return a == b && (a.isUndefined() == b.isUndefined());
}

// The entry as the YAML keys it sets (LinuxKit's order), without name and image.
QStringList setKeys(const QJsonObject &entry) {
    QStringList keys = entry.keys();
    keys.removeAll(QStringLiteral("name"));
    keys.removeAll(QStringLiteral("image"));
    return keys;
}

QJsonObject entryJson(const ImageEntry &entry) {
    Config one;
    one.services = {entry};
    const QJsonObject doc = QJsonDocument::fromJson(ConfigMetadata::json(one)).object();
    return doc.value(QStringLiteral("services")).toArray().at(0).toObject();
}

std::optional<ImageEntry> readEntry(const QJsonObject &json) {
    ImageEntryReadResult read = ConfigReader::readImageEntry(
        QJsonDocument(json).toJson(QJsonDocument::Compact), QStringLiteral("preview"), false);
    if (read.hasErrors())
        return std::nullopt;
    return read.entry;
}

struct Variant {
    QJsonValue config;
    QJsonValue runtime;
    bool ok = false;
};

struct Context {
    QHash<QString, qint64> ids;
    QHash<QString, bool> readonlyVolumes;
};

Variant specFor(const ImageEntry &yaml, const ImageEntry *label, const ImageConfig &image,
                const Context &ctx, const QString &bundle, const QString &lowerRoot) {
    RuntimeSpec::Inputs in;
    in.yaml = &yaml;
    in.label = label;
    in.image = image;
    in.ids = ctx.ids;
    in.readonlyVolumes = ctx.readonlyVolumes;
    Result<RuntimeSpec> spec = RuntimeSpec::create(in);
    if (!spec)
        return {};
    return {parseJson(spec->configJson()), parseJson(spec->runtimeJson(bundle, lowerRoot)), true};
}

void attribute(QList<EffectiveLine> &lines, bool runtime, const Variant &full,
               const QList<std::pair<QString, Variant>> &withoutKey, const Variant &withoutLabel,
               const Variant &withoutImage, const QString &entryPath) {
    const QJsonValue &mine = runtime ? full.runtime : full.config;
    for (EffectiveLine &line : lines) {
        if (line.jsonPath.isNull())
            continue;
        const Segments path =
            line.jsonPath.isEmpty() ? Segments() : line.jsonPath.split(QLatin1Char('\x1f'));
        // A keyed object or array: its members carry the sources.
        const QString t = line.text.trimmed();
        const bool opens = t.endsWith(QLatin1Char('{')) || t.endsWith(QLatin1Char('['));
        if (path.isEmpty() || (opens && !path.last().startsWith(QLatin1Char('#'))))
            continue;
        const auto other = [runtime](const Variant &v) { return runtime ? v.runtime : v.config; };
        line.source = ValueSource::Default;
        bool found = false;
        for (const auto &[key, variant] : withoutKey) {
            if (variant.ok && !holds(mine, other(variant), path)) {
                line.source = ValueSource::Yaml;
                line.yamlPath = entryPath + QLatin1Char('.') + key;
                found = true;
                break;
            }
        }
        if (found)
            continue;
        if (withoutLabel.ok && !holds(mine, other(withoutLabel), path))
            line.source = ValueSource::Label;
        else if (withoutImage.ok && !holds(mine, other(withoutImage), path))
            line.source = ValueSource::ImageConfig;
    }
}

QString displayPath(const Segments &segments) {
    QString out;
    for (const QString &s : segments) {
        if (s.startsWith(QLatin1Char('#')))
            out += QLatin1Char('[') + s.mid(1) + QLatin1Char(']');
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + s;
    }
    return out;
}

void finishPaths(QList<EffectiveLine> &lines) {
    for (EffectiveLine &l : lines)
        if (!l.jsonPath.isNull())
            l.jsonPath = displayPath(l.jsonPath.split(QLatin1Char('\x1f'), Qt::SkipEmptyParts));
}

} // namespace

QString EffectiveConfig::sourceName(ValueSource source) {
    switch (source) {
    case ValueSource::Yaml:
        return QStringLiteral("yaml");
    case ValueSource::Label:
        return QStringLiteral("label");
    case ValueSource::ImageConfig:
        return QStringLiteral("image");
    case ValueSource::Default:
        return QStringLiteral("default");
    case ValueSource::None:
        break;
    }
    return {};
}

QList<EffectiveLine> EffectiveConfig::splitLines(const QByteArray &json) {
    struct Frame {
        Segments path;
        bool array = false;
        int next = 0;
    };
    QList<Frame> stack;
    QList<EffectiveLine> out;
    for (const QByteArray &raw : json.split('\n')) {
        EffectiveLine line;
        line.text = QString::fromUtf8(raw);
        QString rest = line.text.trimmed();
        if (rest.endsWith(QLatin1Char(',')))
            rest.chop(1);
        if (rest == QLatin1String("}") || rest == QLatin1String("]")) {
            if (!stack.isEmpty())
                stack.removeLast();
            out.append(line); // jsonPath stays null: nothing to attribute
            continue;
        }
        Segments path;
        if (!stack.isEmpty()) {
            Frame &top = stack.last();
            path = top.path;
            if (top.array) {
                path.append(QLatin1Char('#') + QString::number(top.next++));
            } else if (rest.startsWith(QLatin1Char('"'))) {
                // The key ends at the first unescaped quote.
                qsizetype i = 1;
                while (i < rest.size() && rest[i] != QLatin1Char('"'))
                    i += rest[i] == QLatin1Char('\\') ? 2 : 1;
                const QJsonDocument key = QJsonDocument::fromJson(
                    QByteArray("[") + rest.left(i + 1).toUtf8() + QByteArray("]"));
                path.append(key.array().at(0).toString());
                rest = rest.mid(i + 1).trimmed();
                if (rest.startsWith(QLatin1Char(':')))
                    rest = rest.mid(1).trimmed();
            }
        }
        line.jsonPath = path.join(QLatin1Char('\x1f'));
        if (line.jsonPath.isNull())
            line.jsonPath = QLatin1String("");
        if (rest == QLatin1String("{") || rest == QLatin1String("["))
            stack.append({path, rest == QLatin1String("["), 0});
        out.append(line);
    }
    return out;
}

namespace {

QList<EffectiveContainer> walk(const BuildPlan &plan, const ContentStore &store,
                               const QString &only) {
    Context ctx;
    ctx.ids = RootfsAssembler::allocateIds(plan.config);
    for (const VolumeEntry &v : plan.config.volumes)
        ctx.readonlyVolumes.insert(v.name.value_or(QString()), v.readonly.value_or(false));
    const ImageResolver resolver(store);
    QHash<QString, QString> firstCopy; // expanded ref -> content dir, as the assembler does
    QList<EffectiveContainer> result;
    for (ImageSection section :
         {ImageSection::Onboot, ImageSection::Onshutdown, ImageSection::Services}) {
        const QString key = Config::sectionKey(section);
        const QList<ImageEntry> &entries = plan.config.images(section);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ImageEntry &entry = entries[i];
            EffectiveContainer c;
            c.yamlPath = QStringLiteral("%1[%2]").arg(key).arg(i);
            c.name = entry.name.value_or(QString());
            c.image = entry.image.value_or(QString());
            const QString dir =
                section == ImageSection::Services
                    ? c.name
                    : QStringLiteral("%1-%2").arg(i, 3, 10, QLatin1Char('0')).arg(c.name);
            c.bundle = QStringLiteral("/containers/%1/%2").arg(key, dir);
            const bool wanted = only.isEmpty() || only == c.yamlPath;
            Result<ImageRef> ref = ImageRef::parse(c.image);
            if (!ref) {
                c.problem = ref.error().message;
                if (wanted)
                    result.append(c);
                continue;
            }
            Result<ResolvedImage> image = resolver.resolveLocal(ref->expanded(), plan.arch);
            if (!image) {
                c.problem =
                    QStringLiteral("The image %1 is not in the local image store (%2), so its "
                                   "label and config are unknown. Pull it (lkc pull %1) or "
                                   "build once with network access.")
                        .arg(ref->expanded(), store.path());
                if (wanted)
                    result.append(c);
                continue;
            }
            c.imageFound = true;
            c.imageDigest = image->manifest.digest.toString();
            Result<std::optional<ImageEntry>> label =
                RootfsAssembler::parseLabel(image->config, ref->expanded());
            const ImageEntry *labelEntry = label && label->has_value() ? &**label : nullptr;
            c.hasLabel = labelEntry != nullptr;
            // The forms show what the label sets where the YAML does not.
            c.labelText = image->config.labels.value(QStringLiteral("org.mobyproject.config"));

            RuntimeSpec::Inputs in;
            in.yaml = &entry;
            in.label = labelEntry;
            in.image = image->config;
            in.ids = ctx.ids;
            in.readonlyVolumes = ctx.readonlyVolumes;
            Result<RuntimeSpec> spec =
                label ? RuntimeSpec::create(in) : Result<RuntimeSpec>(label.error());
            if (!spec) {
                c.problem = spec.error().toString();
                if (wanted)
                    result.append(c);
                continue;
            }
            const QString content = c.bundle + (spec->readonly() ? QStringLiteral("/rootfs")
                                                                 : QStringLiteral("/lower"));
            const auto first = firstCopy.constFind(ref->expanded());
            const QString lowerRoot = first != firstCopy.constEnd() ? *first : content;
            if (first == firstCopy.constEnd())
                firstCopy.insert(ref->expanded(), content);
            if (!wanted)
                continue;
            c.configJson = spec->configJson();
            c.runtimeJson = spec->runtimeJson(c.bundle, lowerRoot);
            c.configLines = EffectiveConfig::splitLines(c.configJson);
            c.runtimeLines = EffectiveConfig::splitLines(c.runtimeJson);

            // Provenance: the same spec without one YAML key, without the label,
            // without the image config. What disappears came from what was removed.
            const Variant full{parseJson(c.configJson), parseJson(c.runtimeJson), true};
            const QJsonObject asJson = entryJson(entry);
            QList<std::pair<QString, Variant>> withoutKey;
            for (const QString &k : setKeys(asJson)) {
                QJsonObject reduced = asJson;
                reduced.remove(k);
                const std::optional<ImageEntry> e = readEntry(reduced);
                if (e)
                    withoutKey.append(
                        {k, specFor(*e, labelEntry, image->config, ctx, c.bundle, lowerRoot)});
            }
            const Variant noLabel =
                specFor(entry, nullptr, image->config, ctx, c.bundle, lowerRoot);
            const Variant noImage =
                specFor(entry, nullptr, ImageConfig(), ctx, c.bundle, lowerRoot);
            attribute(c.configLines, false, full, withoutKey, noLabel, noImage, c.yamlPath);
            attribute(c.runtimeLines, true, full, withoutKey, noLabel, noImage, c.yamlPath);
            finishPaths(c.configLines);
            finishPaths(c.runtimeLines);
            result.append(c);
        }
    }
    return result;
}

} // namespace

QList<EffectiveContainer> EffectiveConfig::compute(const BuildPlan &plan,
                                                   const ContentStore &store) {
    return walk(plan, store, QString());
}

Result<EffectiveContainer> EffectiveConfig::computeOne(const BuildPlan &plan,
                                                       const ContentStore &store,
                                                       const QString &yamlPath) {
    const QList<EffectiveContainer> found = walk(plan, store, yamlPath);
    if (found.isEmpty())
        return Error(QStringLiteral("no container entry at %1").arg(yamlPath), yamlPath);
    return found.first();
}

} // namespace Lkc
