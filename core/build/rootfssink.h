// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QString>

struct archive_entry;

namespace Lkc {

// Receives the phase-1 root filesystem member by member, in stream order: a
// header, then exactly its size in data. The assembler fans one stream out to
// several sinks (the rootfs tar, the initrd, the boot files), so the tree is
// read once.
class RootfsSink {
public:
    virtual ~RootfsSink() = default;

    // A new section begins ("kernel", "init[0]", "services[2]", "files" …).
    virtual Status beginSection(const QString &key) {
        Q_UNUSED(key);
        return {};
    }
    virtual Status writeHeader(archive_entry *entry) = 0;
    virtual Status writeData(const char *data, size_t size) = 0;
    // After the last member: complete the output (not called on failure).
    virtual Status finish() = 0;
};

} // namespace Lkc
