// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/jobcontrol.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lkc {

// ISO 9660 images written in process with libarchive's iso9660 writer
// (Rock Ridge + Joliet), optionally with an isolinux El Torito boot record.
class IsoImage {
public:
    struct File {
        QString isoPath;    // "boot/kernel"
        QString sourcePath; // a file on disk, or
        QByteArray data;    // the bytes themselves
    };
    // `isolinux`: isolinux/isolinux.bin is the no-emulation boot image.
    static Status write(const QString &target, const QString &volumeId, const QList<File> &files,
                        bool isolinux, const JobControl &control);
    // A data ISO from a tar (LinuxKit's kernel+iso): every entry except
    // boot/*, with modes, owners and links kept through Rock Ridge.
    static Status writeFromTar(const QString &target, const QString &volumeId,
                               const QString &tarPath, const JobControl &control);
    // Sets the volume descriptors' creation/modification dates to
    // SOURCE_DATE_EPOCH (libarchive stamps the current time).
    static Status fixDates(const QString &target);
};

} // namespace Lkc
