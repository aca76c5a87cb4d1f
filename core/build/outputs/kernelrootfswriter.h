// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "outputwriter.h"

namespace Lkc {

// kernel+squashfs (X-kernel, X-cmdline, X-squashfs.img via mksquashfs) and
// kernel+iso (X-kernel, X-cmdline, X.iso: a plain data ISO written in
// process). The root file system is the rootfs tar minus boot/*; the
// kernel must mount it itself (root=/dev/sda for squashfs, as `run` adds).
class KernelRootfsWriter : public OutputWriter {
public:
    explicit KernelRootfsWriter(QString format)
        : m_format(std::move(format)) {}
    QString format() const override { return m_format; }
    bool needsInitrd() const override { return false; }
    bool needsRootfsTar() const override { return true; }
    QStringList outputNames(const QString &base, const OutputInputs &in) const override;
    Status checkTools() const override;
    Status write(const OutputInputs &in, const QString &stagingDir, const QString &base,
                 const JobControl &control) override;

private:
    QString m_format;
};

} // namespace Lkc
