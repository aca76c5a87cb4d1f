// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"
#include "yamllimits.h"
#include "yamlnode.h"

#include <QByteArray>

namespace Lkc {

// The outcome of reading YAML text into a YamlNode tree.
struct YamlLoadResult {
    YamlNode root;              // Null when the text is empty or could not be parsed
    DiagnosticList diagnostics; // syntax errors, duplicate keys, limits
    bool readable = true;       // false: too large, binary or not UTF-8 (not YAML at all)
    bool parsed = false;        // true when root holds the document
};

// Reads untrusted YAML (yaml-cpp underneath) into a positioned tree, with the
// checks yaml.v3 makes and yaml-cpp does not (duplicate keys, control
// characters), and hard limits so hostile input cannot exhaust stack or memory.
class YamlLoader {
public:
    static constexpr qsizetype kMaxInputBytes = YamlLimits::kMaxInputBytes;
    static constexpr int kMaxDepth = YamlLimits::kMaxDepth;
    static constexpr int kMaxTreeDepth = YamlLimits::kMaxTreeDepth;
    static constexpr int kMaxNodes = YamlLimits::kMaxNodes;

    // fileName only labels positions. Never throws.
    static YamlLoadResult load(const QByteArray &text, const QString &fileName);

    // Byte offset of the first invalid UTF-8 sequence, or -1 if text is valid.
    static qsizetype firstInvalidUtf8(const QByteArray &text);
};

} // namespace Lkc
