// SPDX-License-Identifier: Apache-2.0
#include "isobioswriter.h"

#include "imagetools.h"
#include "isoimage.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>

namespace Lkc {

QStringList IsoBiosWriter::outputNames(const QString &base, const OutputInputs &) const {
    return {base + QStringLiteral(".iso")};
}

Status IsoBiosWriter::checkTools() const {
    if (Result<QString> r = ToolLocator::isolinuxBin(); !r)
        return r.error();
    if (Result<QString> r = ToolLocator::ldlinuxC32(); !r)
        return r.error();
    return ToolLocator::check({{QStringLiteral("isohybrid"), QStringLiteral("syslinux-utils")}});
}

QString IsoBiosWriter::syslinuxConfig(const QString &kernel, const QString &initrd,
                                      const QString &cmdline) {
    // SERIAL makes syslinux talk on COM1 as well as VGA.
    return QStringLiteral("SERIAL 0 115200\n"
                          "DEFAULT linux\n"
                          "PROMPT 0\n"
                          "TIMEOUT 0\n"
                          "LABEL linux\n"
                          "    KERNEL %1\n"
                          "    INITRD %2\n"
                          "    APPEND %3\n")
        .arg(kernel, initrd, cmdline);
}

Status IsoBiosWriter::write(const OutputInputs &in, const QString &stagingDir, const QString &base,
                            const JobControl &control) {
    if (in.kernel.isEmpty())
        return Error(QStringLiteral("iso-bios needs a kernel: the config has no kernel section"));
    if (Status s = checkTools(); !s)
        return s;
    Result<QString> initrd = ImageTools::bootInitrd(in, control);
    if (!initrd)
        return initrd.error();
    const QString target = QDir(stagingDir).filePath(base + QStringLiteral(".iso"));
    const QString tmp = target + QStringLiteral(".tmp");
    const QList<IsoImage::File> files = {
        {QStringLiteral("isolinux/isolinux.bin"), *ToolLocator::isolinuxBin(), {}},
        {QStringLiteral("isolinux/ldlinux.c32"), *ToolLocator::ldlinuxC32(), {}},
        {QStringLiteral("isolinux/isolinux.cfg"),
         {},
         syslinuxConfig(QStringLiteral("/boot/kernel"), QStringLiteral("/boot/initrd.img"),
                        in.cmdline)
             .toUtf8()},
        {QStringLiteral("boot/kernel"), in.kernel, {}},
        {QStringLiteral("boot/initrd.img"), *initrd, {}},
        {QStringLiteral("boot/cmdline"), {}, in.cmdline.toUtf8()},
    };
    control.log(QStringLiteral("Writing ISO image (isolinux, libarchive)"));
    if (Status s = IsoImage::write(tmp, QStringLiteral("LINUXKIT"), files, true, control); !s) {
        QFile::remove(tmp);
        return s;
    }
    const QByteArray id = ImageTools::contentId(in);
    const quint32 mbrId = (quint32(uchar(id[0])) << 24) | (quint32(uchar(id[1])) << 16) |
                          (quint32(uchar(id[2])) << 8) | quint32(uchar(id[3]));
    Status s = ImageTools::runTool(QStringLiteral("isohybrid"), QStringLiteral("syslinux-utils"),
                                   {QStringLiteral("--id"), QString::number(mbrId), tmp}, control);
    if (!s) {
        QFile::remove(tmp);
        return s;
    }
    QFile::remove(target);
    if (Status r = AtomicFiles::renameDurably(tmp, target); !r)
        return r;
    return {};
}

} // namespace Lkc
