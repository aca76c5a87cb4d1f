// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Lkc {

// The words the format description adds to LinuxKit's schema: a label, one or
// two sentences of help and what LinuxKit does when the key is not set. Keyed
// by "definition.key" ("image.readonly", "runtime.mkdir", "file.mode").
struct FormatHelp {
    QString label;
    QString help;
    QString defaultText;
    int order = 1000; // form order within the definition; unknown keys sort last
};

FormatHelp formatHelp(const QString &definition, const QString &key);

} // namespace Lkc
