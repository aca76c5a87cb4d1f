// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lkc::Test {

// One member of a tar a test writes, hostile ones included (absolute and
// ../ names, links out, device nodes).
struct TarMember {
    QByteArray name;
    char type = 'f'; // f(ile) d(irectory) l (symlink) h(ard link) c(har device) p (fifo)
    QByteArray data; // file contents or link target
    int mode = 0644;
};

// Writes `members` as a pax tar with libarchive, every mtime 1000; `filter` is
// "gzip", "zstd" or empty (plain). False when the file cannot be written.
bool writeTar(const QString &path, const QList<TarMember> &members, const QByteArray &filter = {});

} // namespace Lkc::Test
