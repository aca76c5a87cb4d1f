// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "field.h"

#include <QString>

namespace Lkc {

// `kernel:` (§2.3). Defaults when unset: binary "kernel", tar "kernel.tar"
// ("" or "none" = no modules tar), ucode none.
struct KernelSection {
    SourcePos pos; // invalid when the config has no kernel section
    Field<QString> image;
    Field<QString> cmdline;
    Field<QString> binary;
    Field<QString> tar;
    Field<QString> ucode;

    bool isPresent() const { return pos.isValid() || image.has_value(); }
};

} // namespace Lkc
