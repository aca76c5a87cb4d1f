// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "field.h"

#include <QStringList>

namespace Lkc {

// The 2017 `trust:` section. Accepted and ignored, as LinuxKit has done since
// Notary support was removed in 2021 (§2.10).
struct Trust {
    SourcePos pos; // invalid when absent
    Field<QStringList> image;
    Field<QStringList> org;

    bool isPresent() const { return pos.isValid(); }
};

} // namespace Lkc
