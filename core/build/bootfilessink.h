// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rootfssink.h"

#include "util/atomicfile.h"

#include <memory>

namespace Lkc {

class BuildCache;

// Takes boot/kernel, boot/ucode.cpio and boot/cmdline out of the stream into
// files in a scratch directory: phase 2 hands them to the bootloader formats.
// With a build cache, what a chunk gave it (the kernel image's boot files) is
// recorded and replayed like the initrd's members.
class BootFilesSink : public RootfsSink {
public:
    explicit BootFilesSink(QString dir, const BuildCache *cache = nullptr);

    Status writeHeader(archive_entry *entry) override;
    Status writeData(const char *data, size_t size) override;
    Status finish() override;

    bool canReplay() const override { return m_cache != nullptr; }
    Replay replayChunk(const QByteArray &key, QString *note) override;
    Status undoReplay() override;
    Status beginChunk(const QByteArray &key) override;
    Status endChunk() override;

    QString kernelPath() const { return m_kernel; }
    QString ucodePath() const { return m_ucode; }
    QString cmdline() const { return QString::fromUtf8(m_cmdline); }

private:
    QString entryPath(const QByteArray &key) const;

    QString m_dir;
    const BuildCache *m_cache;
    QString m_kernel;
    QString m_ucode;
    QByteArray m_cmdline;
    Status closeCurrent();

    std::unique_ptr<AtomicFile> m_current; // checked writes: a short kernel is an error
    Status m_deferredError;                // a failed commit met while replaying
    bool m_capturingCmdline = false;
    // Which files the chunk being recorded touched.
    bool m_recording = false;
    QByteArray m_recordKey;
    bool m_sawKernel = false, m_sawUcode = false, m_sawCmdline = false;
    // State before the last replay.
    bool m_canUndo = false;
    QString m_undoKernel, m_undoUcode;
    QByteArray m_undoCmdline;
};

} // namespace Lkc
