// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "device.h"
#include "field.h"
#include "idmapping.h"
#include "intorname.h"
#include "mount.h"
#include "runtimesection.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace Lkc {

// One entry of onboot/onshutdown/services, or an image's org.mobyproject.config
// label read into the same shape. Every field of format §2.5; each is unset
// unless written, so the build can apply "YAML if set, else label, else default".
struct ImageEntry {
    SourcePos pos; // the entry itself, yamlPath "services[1]"

    Field<QString> name;
    Field<QString> image;
    Field<QStringList> capabilities;
    Field<QStringList> capabilitiesAdd; // "capabilities.add"
    Field<QStringList> ambient;
    Field<QList<Mount>> mounts;
    Field<QStringList> binds;
    Field<QStringList> bindsAdd; // "binds.add"
    Field<QStringList> tmpfs;
    Field<QList<Device>> devices;
    Field<QStringList> command;
    Field<QStringList> env;
    Field<QString> cwd;
    Field<QString> net;
    Field<QString> pid;
    Field<QString> ipc;
    Field<QString> uts;
    Field<QString> userns;
    Field<QString> hostname;
    Field<bool> readonly;
    Field<QStringList> maskedPaths;
    Field<QStringList> readonlyPaths;
    Field<IntOrName> uid;
    Field<IntOrName> gid;
    Field<QList<IntOrName>> additionalGids;
    Field<bool> noNewPrivileges;
    Field<qint64> oomScoreAdj;
    Field<QString> rootfsPropagation;
    Field<QString> cgroupsPath;
    // OCI LinuxResources as written (integers as JSON numbers). Keep the §2.1
    // quirk in mind: LinuxKit ignores multi-word camelCase keys in here.
    Field<QJsonObject> resources;
    Field<QMap<QString, QString>> sysctl;
    Field<QStringList> rlimits;
    Field<QList<IdMapping>> uidMappings;
    Field<QList<IdMapping>> gidMappings;
    Field<QMap<QString, QString>> annotations;
    Field<RuntimeSection> runtime;
};

} // namespace Lkc
