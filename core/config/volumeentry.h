// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "field.h"

#include <QStringList>

namespace Lkc {

// A `volumes:` entry (§2.9). format defaults to "filesystem".
struct VolumeEntry {
    SourcePos pos;
    Field<QString> name;
    Field<QString> image;
    Field<bool> readonly;
    Field<QString> format;
    Field<QStringList> platforms;
};

} // namespace Lkc
