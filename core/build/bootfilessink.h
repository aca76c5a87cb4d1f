// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rootfssink.h"

#include <QFile>

namespace Lkc {

// Takes boot/kernel, boot/ucode.cpio and boot/cmdline out of the stream into
// files in a scratch directory: phase 2 hands them to the bootloader formats.
class BootFilesSink : public RootfsSink {
public:
    explicit BootFilesSink(QString dir);

    Status writeHeader(archive_entry *entry) override;
    Status writeData(const char *data, size_t size) override;
    Status finish() override;

    QString kernelPath() const { return m_kernel; }
    QString ucodePath() const { return m_ucode; }
    QString cmdline() const { return QString::fromUtf8(m_cmdline); }

private:
    QString m_dir;
    QString m_kernel;
    QString m_ucode;
    QByteArray m_cmdline;
    QFile m_current;
    bool m_capturingCmdline = false;
};

} // namespace Lkc
