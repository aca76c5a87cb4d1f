// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace Lkc {

// Finds the external programs and data files that formats and `lkc run` need.
// A missing one is an error that names the Debian package providing it, so the
// user knows what to `apt-get install`.
class ToolLocator {
public:
    // A program on PATH (also /usr/sbin and /sbin, which a normal user's PATH
    // lacks on Debian but which hold mkfs.fat, sfdisk …).
    static Result<QString> program(const QString &name, const QString &debianPackage);
    // A data file at one of `candidates` (the first that exists).
    static Result<QString> file(const QStringList &candidates, const QString &debianPackage);
    // Checks several programs at once; the error lists every missing one.
    struct Need {
        QString program;
        QString debianPackage;
    };
    static Status check(const QList<Need> &needs);

    // Well-known files on Debian 12.
    static Result<QString> isolinuxBin();
    static Result<QString> ldlinuxC32();
    static Result<QString> isohdpfxBin();
    static Result<QString> altMbrBin();
    static Result<QString> ovmfFirmware();
};

} // namespace Lkc
