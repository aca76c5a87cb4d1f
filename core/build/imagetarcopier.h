// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rootfsstream.h"

#include <QByteArray>
#include <QString>

namespace Lkc {

// Copies a flattened image tar into the root filesystem stream under a prefix,
// with LinuxKit's filters (format §4.4): excluded names, etc/hosts and
// etc/resolv.conf replaced, the touch set appended after the content. Streams;
// a member's data is never held whole in memory.
class ImageTarCopier {
public:
    struct Options {
        QByteArray prefix;                 // "" or "containers/services/x/lower/"
        bool resolvConfSymlink = false;    // init images and volumes
        QByteArray *apkDatabase = nullptr; // receives lib/apk/db/installed (init images)
    };

    static Status copyImage(const QString &flattenedTar, const Options &options, RootfsStream &out);

    // The kernel section (§4.2): boot/, boot/ucode.cpio, boot/cmdline, boot/kernel
    // and the modules tar's members, in the image's order.
    struct KernelOptions {
        QByteArray binary = "kernel";
        QByteArray modulesTar = "kernel.tar"; // empty: none
        QByteArray ucode;                     // empty: none
        QByteArray cmdline;
    };
    static Status copyKernel(const QString &flattenedTar, const KernelOptions &options,
                             RootfsStream &out);

    static QByteArray hostsContents();
    static QByteArray noResolvConfContents() {
        return QByteArrayLiteral("\n# no resolv.conf configured\n");
    }
};

} // namespace Lkc
