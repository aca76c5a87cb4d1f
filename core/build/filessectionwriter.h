// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/fileentry.h"
#include "rootfsstream.h"

#include <QHash>
#include <QList>

#include <functional>

namespace Lkc {

// The `files:` section (format §4.7): parent directories not yet made by an
// earlier entry (mode = file mode plus x where any bit is set), then the entry
// itself: directory, symlink, inline contents, a host file (streamed, `~/`
// expanded, relative to `baseDir` when set, `optional` honoured) or the config's own metadata.
class FilesSectionWriter {
public:
    using MetadataProvider = std::function<QByteArray(const QString &format)>;
    using LogSink = std::function<void(const QString &line)>;

    static Status write(const QList<FileEntry> &files, const QHash<QString, qint64> &ids,
                        const MetadataProvider &metadata, const LogSink &log, RootfsStream &out,
                        const QString &baseDir = {});
};

} // namespace Lkc
