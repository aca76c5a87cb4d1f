// SPDX-License-Identifier: Apache-2.0
#include "bootfilessink.h"

#include <archive_entry.h>

namespace Lkc {

BootFilesSink::BootFilesSink(QString dir)
    : m_dir(std::move(dir)) {}

Status BootFilesSink::closeCurrent() {
    if (!m_current)
        return {};
    Status s = m_current->commit();
    m_current.reset();
    return s;
}

Status BootFilesSink::writeHeader(archive_entry *entry) {
    if (Status s = closeCurrent(); !s)
        return s;
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
    m_current = std::make_unique<AtomicFile>(target);
    return m_current->create();
}

Status BootFilesSink::writeData(const char *data, size_t size) {
    if (m_capturingCmdline) {
        m_cmdline.append(data, qsizetype(size));
        return {};
    }
    return m_current ? m_current->write(data, qint64(size)) : Status();
}

Status BootFilesSink::finish() {
    return closeCurrent();
}

} // namespace Lkc
