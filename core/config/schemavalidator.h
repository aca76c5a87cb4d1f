// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"
#include "yamlnode.h"

#include <QJsonObject>

namespace Lkc {

// Checks a YAML tree against LinuxKit's JSON schema (types, unknown keys,
// required keys, enums, anyOf), as `linuxkit build` does before anything else,
// with positions and hints. Also warns about the keys LinuxKit accepts but
// silently ignores (multi-word camelCase keys in resources and id mappings, §2.1).
class SchemaValidator {
public:
    // A whole config document.
    static DiagnosticList validateConfig(const YamlNode &root, const QString &file);
    // One image entry (e.g. an org.mobyproject.config label) against the image
    // definition; `requireNameAndImage` is false for labels.
    static DiagnosticList validateImageEntry(const YamlNode &node, const QString &file,
                                             const QString &path, bool requireNameAndImage);
};

} // namespace Lkc
