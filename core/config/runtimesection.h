// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "field.h"
#include "interface.h"
#include "mount.h"

#include <QStringList>

namespace Lkc {

// `runtime.bindNS`: where to bind-mount each new namespace. Unset fields are
// emitted as "" in runtime.json.
struct BindNamespaces {
    Field<QString> cgroup, ipc, mnt, net, pid, user, uts;
};

// An image entry's `runtime:` (goes to runtime.json, §2.6). Every sub-field is
// merged with the label's separately, so each is optional on its own.
struct RuntimeSection {
    SourcePos pos;
    Field<QStringList> cgroups;
    Field<QList<Mount>> mounts;
    Field<QStringList> mkdir;
    Field<QList<Interface>> interfaces;
    Field<BindNamespaces> bindNS;
    Field<QString> namespaceName; // YAML key "namespace"
};

} // namespace Lkc
