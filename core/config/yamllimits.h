// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <string>

namespace Lkc {

// Hard limits on untrusted YAML, one set for every reader of config text: the config
// reader (YamlLoader) and the syntax tree the window and `lkc set` edit through. A
// LinuxKit config is a few KiB, a dozen levels deep and a few thousand nodes.
struct YamlLimits {
    static constexpr qsizetype kMaxInputBytes = 4 * 1024 * 1024;
    static constexpr int kMaxDepth = 100;     // nesting levels as written
    static constexpr int kMaxTreeDepth = 200; // after alias expansion
    static constexpr int kMaxNodes = 200000;  // after alias expansion

    struct Problem {
        QString code; // "yaml-syntax", "too-deep", "too-large", "yaml-alias"
        QString message;
        int line = 1; // 1-based
        int column = 1;
    };

    // Walks yaml-cpp's events for the first document without building anything and
    // returns the first syntax error or exceeded limit. Stops at the first level past
    // kMaxDepth, so yaml-cpp never recurses deeper than that. Never throws.
    static std::optional<Problem> check(const std::string &utf8);
};

} // namespace Lkc
