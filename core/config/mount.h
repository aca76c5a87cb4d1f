// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "idmapping.h"
#include "sourcepos.h"

#include <QList>
#include <QStringList>

namespace Lkc {

// A full OCI mount as written in `mounts:` or `runtime.mounts:`. Empty strings
// mean "not given" (the build fills type/source/destination defaults, §3.4).
struct Mount {
    SourcePos pos;
    QString destination;
    QString type;
    QString source;
    QStringList options;
    QList<IdMapping> uidMappings; // YAML key "uidmappings"
    QList<IdMapping> gidMappings; // YAML key "gidmappings"
};

} // namespace Lkc
