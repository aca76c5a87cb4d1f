// SPDX-License-Identifier: Apache-2.0
#include "kernelinitrdwriter.h"

#include "outputfiles.h"

#include <QDir>

namespace Lkc {

QStringList KernelInitrdWriter::outputNames(const QString &base, const OutputInputs &in) const {
    QStringList names = {base + QStringLiteral("-kernel"), base + QStringLiteral("-initrd.img")};
    if (!in.cmdline.isEmpty())
        names.append(base + QStringLiteral("-cmdline"));
    return names;
}

Status KernelInitrdWriter::write(const OutputInputs &in, const QString &stagingDir,
                                 const QString &base, const JobControl &control) {
    if (in.kernel.isEmpty())
        return Error(QStringLiteral(
            "the kernel+initrd format needs a kernel: the config has no kernel section"));
    const QDir dir(stagingDir);
    if (Status s =
            OutputFiles::place(in.kernel, dir.filePath(base + QStringLiteral("-kernel")), control);
        !s)
        return s;
    const QString initrd = dir.filePath(base + QStringLiteral("-initrd.img"));
    Status s = in.ucode.isEmpty()
                   ? OutputFiles::place(in.initrd, initrd, control)
                   : OutputFiles::concatenate({in.ucode, in.initrd}, initrd, control);
    if (!s)
        return s;
    if (!in.cmdline.isEmpty())
        return OutputFiles::writeBytes(dir.filePath(base + QStringLiteral("-cmdline")),
                                       in.cmdline.toUtf8());
    return {};
}

} // namespace Lkc
