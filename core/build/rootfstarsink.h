// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "archivewritefile.h"
#include "rootfssink.h"

namespace Lkc {

// The phase-1 root filesystem as a PAX tar file (format §4.1).
class RootfsTarSink : public RootfsSink {
public:
    explicit RootfsTarSink(QString path)
        : m_path(std::move(path)) {}
    Status open() { return m_tar.open(m_path); }
    Status writeHeader(archive_entry *entry) override { return m_tar.writeHeader(entry); }
    Status writeData(const char *data, size_t size) override { return m_tar.writeData(data, size); }
    Status finish() override { return m_tar.commit(); }
    QString path() const { return m_path; }

private:
    QString m_path;
    ArchiveWriteFile m_tar;
};

} // namespace Lkc
