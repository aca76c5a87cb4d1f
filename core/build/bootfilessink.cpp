// SPDX-License-Identifier: Apache-2.0
#include "bootfilessink.h"

#include "util/atomicfile.h"

#include <archive_entry.h>

namespace Lkc {

BootFilesSink::BootFilesSink(QString dir)
    : m_dir(std::move(dir)) {}

Status BootFilesSink::writeHeader(archive_entry *entry) {
    m_current.close();
    m_capturingCmdline = false;
    const QByteArray name(archive_entry_pathname(entry));
    if (name == "boot/cmdline") {
        m_cmdline.clear();
        m_capturingCmdline = true;
        return {};
    }
    QString target;
    if (name == "boot/kernel")
        target = m_kernel = m_dir + QStringLiteral("/kernel");
    else if (name == "boot/ucode.cpio")
        target = m_ucode = m_dir + QStringLiteral("/ucode.cpio");
    else
        return {};
    m_current.setFileName(target);
    // Unbuffered: every write is checked (close() would drop a failed flush unseen).
    if (!m_current.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return Error(QStringLiteral("cannot write: %1").arg(m_current.errorString()), target);
    return {};
}

Status BootFilesSink::writeData(const char *data, size_t size) {
    if (m_capturingCmdline) {
        m_cmdline.append(data, qsizetype(size));
        return {};
    }
    if (m_current.isOpen() && m_current.write(data, qint64(size)) != qint64(size))
        return AtomicFiles::deviceError(QStringLiteral("cannot write"), m_current);
    return {};
}

Status BootFilesSink::finish() {
    m_current.close();
    return {};
}

} // namespace Lkc
