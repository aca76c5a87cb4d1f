// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "buildplan.h"
#include "rootfsassembler.h"
#include "util/jobcontrol.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Lkc {

// One member of the phase-1 root filesystem, in stream order.
struct LayoutEntry {
    QString path;    // cleaned: "containers/services/getty/config.json"
    char type = 'f'; // f, d, l (symlink), h (hard link), c/b/p (devices, fifo)
    int mode = 0;
    qint64 uid = 0;
    qint64 gid = 0;
    qint64 size = 0;
    QString target;   // link target
    QString yamlPath; // the config entry that put it there ("services[1]", "files[0]")
};

// A node of the tree the layout view shows: a path with its own size and the
// size of everything below it.
struct LayoutNode {
    QString name;
    QString path;
    char type = 'd';
    qint64 size = 0;  // own data (files)
    qint64 total = 0; // own + everything below
    int entries = 0;  // members at or below
    QString yamlPath; // the entry that made it; a section ("services") when shared
    int parent = -1;
    QList<int> children; // sorted by name
};

// The root filesystem the build will produce, computed by the build's own
// RootfsAssembler into a recording sink: no output is written. Images are
// flattened into the build cache on the way (what the next build reuses).
struct RootfsLayout {
    QList<LayoutEntry> entries;
    QList<LayoutNode> nodes;                    // nodes[0] is the root
    QList<std::pair<QString, qint64>> sections; // yaml path -> bytes of file data, stream order
    qint64 rootfsBytes = 0;                     // every member's data
    qint64 kernelBytes = 0;                     // boot/kernel
    qint64 ucodeBytes = 0;                      // boot/ucode.cpio
    qint64 initrdBytes = -1; // the gzip'd cpio exactly as the build writes it; -1 not measured
    qint64 cpioBytes = 0;
    // kernel + initrd + the boot loader and ISO 9660 structures (an estimate).
    qint64 isoEstimate() const;
    int indexOf(const QString &path) const { return m_index.value(path, -1); }

    QHash<QString, int> m_index; // path -> node
};

class LayoutPreview {
public:
    struct Options {
        ImageResolveFunction resolve; // default: the plan's store, offline
        bool measureInitrd = true;    // compress it (cached members) into a temp file
    };
    static Result<RootfsLayout> compute(const BuildPlan &plan, const Options &options,
                                        const JobControl &control);
    // "volume[0]" (the assembler's section key) -> "volumes[0]".
    static QString yamlPathForSection(const QString &section);
};

} // namespace Lkc
