// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QByteArray>
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
    // Chunks: a run of members copied from one source (an image under a prefix) whose
    // bytes depend only on `key`. A sink that keeps its own output of a chunk in the
    // build cache records it between beginChunk and endChunk, and next time replays
    // it, so the members need not be produced at all. A sink's own state that its
    // bytes depend on (the initrd's inode counter) goes into its entry's name.
    enum class Replay { Missing, Done, Damaged };
    virtual bool canReplay() const { return false; }
    // Damaged: the entry failed its checksum; the sink undid what it wrote and
    // deleted the entry, and `*note` says so.
    virtual Replay replayChunk(const QByteArray &key, QString *note) {
        Q_UNUSED(key);
        Q_UNUSED(note);
        return Replay::Missing;
    }
    // Takes back the last successful replayChunk (another sink missed).
    virtual Status undoReplay() { return {}; }
    virtual Status beginChunk(const QByteArray &key) {
        Q_UNUSED(key);
        return {};
    }
    virtual Status endChunk() { return {}; }

    virtual Status writeHeader(archive_entry *entry) = 0;
    virtual Status writeData(const char *data, size_t size) = 0;
    // After the last member: complete the output (not called on failure).
    virtual Status finish() = 0;
};

} // namespace Lkc
