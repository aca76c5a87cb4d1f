// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config.h"
#include "yamlnode.h"

namespace Lkc {

// Turns a YAML tree into the typed model, leniently like LinuxKit's non-strict
// decode: values of the wrong type are left unset (the schema check reports
// them), unknown keys are dropped. Every field gets its position.
class ConfigModelBuilder {
public:
    static Config buildConfig(const YamlNode &root, const QString &file);
    // One image entry (a config's services[i], or a label); path is its yamlPath.
    static ImageEntry buildImageEntry(const YamlNode &node, const QString &file,
                                      const QString &path);
    // A YAML subtree as JSON (used for `resources`); integers stay integral.
    static QJsonValue toJson(const YamlNode &node);
};

} // namespace Lkc
