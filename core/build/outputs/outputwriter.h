// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/jobcontrol.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Lkc {

// What the build hands every output writer: the phase-1 root filesystem tar
// and the boot kit taken out of it, as files in a scratch directory.
struct OutputInputs {
    QString rootfsTar; // phase-1 PAX tar (boot/ included)
    QString kernel;    // the kernel image (boot/kernel)
    QString initrd;    // gzip'd cpio newc of the rootfs minus boot/; empty if none was needed
    QString ucode;     // boot/ucode.cpio or empty
    QString cmdline;   // contents of boot/cmdline
    QString arch = QStringLiteral("amd64");
    qint64 diskSizeMiB = 1024; // --size, for disk formats that take one
    QString scratchDir;        // private temp dir, removed by the build afterwards
};

// One output format (`--format NAME`). A writer writes its files into
// `stagingDir` under their final names (`base` + suffix); the build renames
// them into the output directory only once every format succeeded, so a
// failure or a cancel leaves no partial output behind.
class OutputWriter {
public:
    virtual ~OutputWriter() = default;

    virtual QString format() const = 0;
    // True when the writer reads OutputInputs::initrd (the build then makes it).
    virtual bool needsInitrd() const = 0;
    // True when the writer reads OutputInputs::rootfsTar (the build then writes
    // the phase-1 tar to scratch; most formats need only the boot kit).
    virtual bool needsRootfsTar() const { return false; }
    // File names it writes for output base name `base`, in LinuxKit's order.
    virtual QStringList outputNames(const QString &base, const OutputInputs &in) const = 0;
    // Checked before the build starts: external tools missing here are named
    // with the Debian package that provides them.
    virtual Status checkTools() const { return {}; }
    virtual Status write(const OutputInputs &in, const QString &stagingDir, const QString &base,
                         const JobControl &control) = 0;
};

// The writer for a format name, or an error naming the known formats.
Result<std::shared_ptr<OutputWriter>> createOutputWriter(const QString &format);
// Every format name we know, sorted (LinuxKit's list).
QStringList knownOutputFormats();
// The known formats lkc really builds (a writer exists), sorted; what help
// texts and format choices offer.
QStringList availableOutputFormats();
// The known formats lkc does not build (LinuxKit does), sorted.
QStringList unbuiltOutputFormats();

} // namespace Lkc
