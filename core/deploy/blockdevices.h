// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lkc {

// A whole disk as lsblk sees it, with what is mounted anywhere on it.
struct BlockDevice {
    QString path;      // /dev/sdb
    QString name;      // sdb
    QString model;     // "SanDisk Ultra" (may be empty: loop devices, virtio)
    QString type;      // disk, loop, part, rom …
    QString transport; // usb, sata, nvme … (may be empty)
    qint64 size = 0;
    bool removable = false;
    bool readOnly = false;
    // Mount points of the disk and of every partition / mapping on it
    // ("[SWAP]" for swap).
    QStringList mountpoints;
    // The running system lives here: /, /usr, /boot, /var or swap on it, or
    // the device the root file system's st_dev names.
    bool holdsSystem = false;

    // "sdb — SanDisk Ultra, 29.8 GiB, removable"
    QString describe() const;
};

// Lists and judges disks for `lkc write` and the window's disk picker.
class BlockDevices {
public:
    // Runs `lsblk --json --bytes` (util-linux).
    static Result<QList<BlockDevice>> list();
    // Parses lsblk's JSON (tree form); `rootDisk` is the disk name the root
    // file system is on when known (st_dev), else empty.
    static Result<QList<BlockDevice>> parse(const QByteArray &lsblkJson,
                                            const QString &rootDisk = {});
    // The disk at `path` (symlinks such as /dev/disk/by-id/… resolved).
    static Result<BlockDevice> find(const QString &path);
    // Why an image of `imageSize` bytes must not be written to `device`, or
    // empty when it may be (after asking, for large disks).
    static QString refusal(const BlockDevice &device, qint64 imageSize);
    // The disk the root file system is on (e.g. "vda"), or empty.
    static QString rootDiskName();
};

QString humanSize(qint64 bytes);

} // namespace Lkc
