// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gzipmemberwriter.h"
#include "rootfssink.h"

#include <QSaveFile>

#include <memory>

namespace Lkc {

// The initrd of format §6.2: a gzip'd cpio "newc" of the root filesystem
// stream minus everything under boot/, in stream order. Inodes count from 721,
// the archive device is 3/1, directories have nlink 2, hard links become
// relative symlinks, and the cpio is zero-padded to 512 bytes. Each section is
// compressed as its own gzip members (cached by content when `cacheDir` is
// set), so a rebuild recompresses only what changed.
class InitrdWriter : public RootfsSink {
public:
    explicit InitrdWriter(QString path, QString cacheDir = {}, int level = 6);

    Status open();
    Status beginSection(const QString &key) override;
    Status writeHeader(archive_entry *entry) override;
    Status writeData(const char *data, size_t size) override;
    Status finish() override;

    qint64 cpioBytes() const { return m_offset; }
    qint64 cacheHits() const { return m_gzip ? m_gzip->cacheHits() : 0; }

private:
    Status emitHeader(const QByteArray &name, quint32 mode, quint32 uid, quint32 gid, quint32 nlink,
                      quint32 mtime, quint64 size, quint32 rdevMajor, quint32 rdevMinor);
    Status put(const char *data, qsizetype size);
    Status pad(int multiple);
    Status entryDone();

    QString m_path;
    QString m_cacheDir;
    int m_level;
    QSaveFile m_file;
    std::unique_ptr<GzipMemberWriter> m_gzip;
    quint32 m_nextInode = 721;
    qint64 m_offset = 0;
    bool m_copyingData = false; // the current member's data goes into the cpio
    quint64 m_dataLeft = 0;
};

} // namespace Lkc
