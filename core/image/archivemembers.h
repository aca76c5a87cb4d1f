// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/jobcontrol.h"
#include "util/result.h"

#include <QHash>
#include <QString>

namespace Lkc {

// Unpacks an image archive (docker save, OCI archive) into a scratch directory that
// holds only regular files and directories. Archives come from elsewhere: a member
// that is absolute, climbs with "..", is a device, FIFO or socket, or links outside the
// archive is refused with a message naming it, so no host file can become a blob.
// A symlink or hard link to another regular member (old `docker save` shares layers so)
// becomes a copy of that member; nothing on disk is ever followed.
class ArchiveMembers {
public:
    // Extracts tarPath into dir (which must exist and be empty).
    static Result<ArchiveMembers> extract(const QString &tarPath, const QString &dir,
                                          const JobControl &job);

    // The file holding the regular member `name` (as manifest.json names it), or an error
    // that names it when it escapes the archive or is not a regular member.
    Result<QString> regularFile(const QString &name, const QString &usedFor) const;

    // "a/./b/../c" -> "a/c"; empty when the name is absolute or climbs out of the archive.
    static QString normalize(const QString &name);

private:
    QString m_dir;
    QString m_tarPath;
    QHash<QString, QString> m_files; // normalized member name -> file under m_dir
};

} // namespace Lkc
