// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/mount.h"
#include "gojsonvalue.h"
#include "util/result.h"

#include <QHash>

#include <map>

namespace Lkc {

// The `mounts` of a container's config.json (format §3.4): LinuxKit's defaults,
// then tmpfs, binds and full mounts, keyed by destination (later wins) and
// emitted sorted by destination.
class OciMounts {
public:
    explicit OciMounts(bool readonly);

    Status addTmpfs(const QStringList &tmpfs, const QString &where);
    // A bind source that is not absolute names a volume (§2.9).
    Status addBinds(const QStringList &binds, const QHash<QString, bool> &readonlyVolumes,
                    const QString &where);
    Status addMounts(const QList<Mount> &mounts, const QString &where);

    GoJsonValue toJson() const;

    // One runtime-spec Mount object (omit-empty type, source, options).
    static GoJsonValue mountJson(const QString &destination, const QString &type,
                                 const QString &source, const QStringList &options);
    static GoJsonValue mountJson(const Mount &m);

private:
    void put(const Mount &m);

    std::map<QByteArray, Mount> m_byDestination;
};

} // namespace Lkc
