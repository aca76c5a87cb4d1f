// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace Lkc {

// The staging folder a build writes into (<output dir>/.lkc-build-XXXXXX) and
// the way its outputs move into place, so that an earlier build's set of
// outputs is replaced all at once or not at all, under LinuxKit's own names.
//
// Why it is safe, step by step (a crash can happen between any two):
//  1. The folder holds `owner`, flock()ed for the build's life: the kernel drops
//     the lock when the process dies, so a later build knows a folder whose lock
//     it can take belongs to nobody.
//  2. Writers fill out/; every file is fsync()ed.
//  3. `commit` is written atomically (temp, fsync, rename, folder fsync): the
//     list of "staged name -> final path". Before it exists the old set is
//     untouched and the folder is rubbish; once it exists the new set is decided.
//  4. The renames (each atomic) run in order, then the output folder is synced
//     and the staging folder removed.
// recover() runs before every build into that folder: a dead owner's folder
// without `commit` is deleted (all old); with `commit`, the renames still left
// are done first (all new). Readers that check hasPendingCommit() (or recover
// first) never see new kernel + old initrd.
class OutputStaging {
public:
    OutputStaging() = default;
    ~OutputStaging();
    OutputStaging(const OutputStaging &) = delete;
    OutputStaging &operator=(const OutputStaging &) = delete;

    // Creates a fresh staging folder in `outputDir` and takes its owner lock.
    Status create(const QString &outputDir);
    QString path() const { return m_path; }

    // Steps 2-4 for `moves` (staged file, final path). Failpoints for the
    // crash tests: LKC_TEST_CRASH_AT=staged|committed|renamed-1 kills the
    // process (SIGKILL) at that point.
    Status commit(const QList<QPair<QString, QString>> &moves);

    // Cleans what dead builds left in `outputDir`; the log gets one line each.
    static void recover(const QString &outputDir, const std::function<void(const QString &)> &log);
    // True when a dead build's outputs are decided but not all renamed yet.
    static bool hasPendingCommit(const QString &outputDir);

    static constexpr QLatin1StringView kPrefix{".lkc-build-"};

private:
    QString m_path;
    int m_lockFd = -1;
    bool m_keep = false;
};

} // namespace Lkc
