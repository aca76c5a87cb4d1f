// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "buildplan.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lkc {

class ContentStore;

// Where a value of a container's config.json / runtime.json came from.
enum class ValueSource { None, Yaml, Label, ImageConfig, Default };

// One line of the JSON exactly as the build writes it, with the source of the
// value on it (None for braces and keyed containers).
struct EffectiveLine {
    QString text;
    QString jsonPath; // "process.args[0]"; empty for closing braces
    ValueSource source = ValueSource::None;
    QString yamlPath; // for Yaml: the key that set it, "services[1].capabilities"
};

// The config.json and runtime.json the build would write for one container
// entry, computed by RuntimeSpec from the image found in the local store.
struct EffectiveContainer {
    QString yamlPath; // "services[1]"
    QString name;
    QString image;       // as written
    QString bundle;      // "/containers/services/getty"
    QString imageDigest; // the manifest the store resolved
    bool imageFound = false;
    QString problem; // why there is no config (image missing, bad label, spec error)
    bool hasLabel = false;
    QString labelText; // the org.mobyproject.config label as the image has it (JSON)
    QByteArray configJson;
    QByteArray runtimeJson;
    QList<EffectiveLine> configLines;
    QList<EffectiveLine> runtimeLines;
};

// Dry run of the container part of RootfsAssembler: the same label parsing,
// id allocation, volume table and RuntimeSpec, nothing written. Each value is
// traced to its source by recomputing the spec without one YAML key at a time,
// without the label, and without the image config.
class EffectiveConfig {
public:
    // Every onboot, onshutdown and services entry, in build order. A missing
    // image gives an entry with `problem` set, never an error for the whole.
    static QList<EffectiveContainer> compute(const BuildPlan &plan, const ContentStore &store);
    // One entry by YAML path ("services[1]"); an error when no such entry exists.
    static Result<EffectiveContainer> computeOne(const BuildPlan &plan, const ContentStore &store,
                                                 const QString &yamlPath);

    // Splits Go-indented JSON into lines with their JSON path.
    static QList<EffectiveLine> splitLines(const QByteArray &json);
    static QString sourceName(ValueSource source);
};

} // namespace Lkc
