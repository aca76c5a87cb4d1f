// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config.h"
#include "diagnostic.h"

#include <QSet>

namespace Lkc {

// The per-container checks LinuxKit makes while building one container's
// config.json: capabilities, binds, tmpfs, mounts, devices, rlimits, namespaces,
// and uid/gid names. With a config, names (containers, volumes) are resolved
// against it; without one (a label on its own), those checks are skipped.
class ImageEntryChecks {
public:
    explicit ImageEntryChecks(const Config *config);

    void check(const ImageEntry &entry, DiagnosticList &out) const;
    // A uid/gid string must be "", "root" or a container name (format §3.3).
    void checkIdName(const IntOrName &id, const SourcePos &pos, const QString &what,
                     DiagnosticList &out) const;

private:
    void checkCapabilities(const Field<QStringList> &caps, const QString &key,
                           DiagnosticList &out) const;
    void checkBinds(const Field<QStringList> &binds, DiagnosticList &out) const;
    void checkMounts(const ImageEntry &entry, DiagnosticList &out) const;
    void checkNamespace(const Field<QString> &value, const QString &key, DiagnosticList &out) const;
    const VolumeEntry *volume(const QString &name) const;

    const Config *m_config;
    QStringList m_containerNames;
};

} // namespace Lkc
