// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rootfssink.h"
#include "util/jobcontrol.h"

#include <QByteArray>
#include <QList>

namespace Lkc {

// The phase-1 root filesystem as one stream of members, fanned out to every
// sink (rootfs tar, initrd, boot files). Generated members (directories,
// config.json, boot/*, files) get LinuxKit's fixed mtime and root ownership.
class RootfsStream {
public:
    // 2017-04-18 16:30:00 UTC: LinuxKit's mtime for every generated member.
    static constexpr qint64 kGeneratedMtime = 1492533000;

    RootfsStream(QList<RootfsSink *> sinks, const JobControl &control);

    Status beginSection(const QString &key);
    Status addDirectory(const QByteArray &path, int mode = 0755, qint64 uid = 0, qint64 gid = 0);
    Status addFile(const QByteArray &path, int mode, const QByteArray &contents, qint64 uid = 0,
                   qint64 gid = 0, qint64 mtime = kGeneratedMtime);
    Status addSymlink(const QByteArray &path, const QByteArray &target, int mode, qint64 uid = 0,
                      qint64 gid = 0);
    // A member with its own header; its data follows through addData().
    Status addHeader(archive_entry *entry);
    Status addData(const char *data, size_t size);
    Status finish();

    qint64 bytesStreamed() const { return m_bytes; }
    const JobControl &control() const { return m_control; }

private:
    QList<RootfsSink *> m_sinks;
    const JobControl &m_control;
    qint64 m_bytes = 0;
};

} // namespace Lkc
