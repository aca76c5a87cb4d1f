// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "field.h"

namespace Lkc {

// An image entry's `devices:` item. `path: all` grants a whole device class.
struct Device {
    SourcePos pos;
    QString path;
    QString type; // "c", "b", "a" …
    qint64 major = 0;
    qint64 minor = 0;
    Field<QString> mode; // octal string such as "0666"; unset when not given
};

} // namespace Lkc
