// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Lkc {

// Whether an accelerator really runs guest code. /dev/kvm existing proves
// nothing (on some hosts QEMU with KVM hangs or aborts), so we run a guest
// with a timeout: first a 64 KiB firmware that only writes to an
// isa-debug-exit port (does the accelerator start at all?), then, when a
// kernel is at hand, that kernel until it prints "Linux version" (on nested
// hosts real-mode code runs but the kernel's switch to long mode hangs).
class AccelProbe {
public:
    struct Outcome {
        bool works = false;
        QString detail; // why not, for the one-line message
        qint64 elapsedMs = 0;
        bool fromCache = false; // remembered from an earlier probe
    };

    // Runs the firmware probe (no cache). `accel` is "kvm" or "tcg".
    static Outcome probe(const QString &qemuBinary, const QString &accel, int timeoutMs = 3000);
    // Runs `kernel` until its first console line (no cache).
    static Outcome probeKernel(const QString &qemuBinary, const QString &accel,
                               const QString &kernel, int timeoutMs = 5000);
    // The host's kernel in /boot, used as the probe kernel, or empty.
    static QString hostKernel();

    // KVM probed once per process (thread-safe) and remembered across runs
    // in kvmCacheFile(); false without /dev/kvm access.
    static Outcome kvm(const QString &qemuBinary);

    // The verdict from `cacheFile` while it cannot have changed: the cache is
    // keyed by the KVM device's presence, inode and ctime, our access to it,
    // the QEMU binary's inode, size and mtime (and so its version, stored
    // beside), and the host kernel release. Otherwise probes and rewrites it.
    // `kvmDevice` is a parameter for tests.
    static Outcome kvmRemembered(const QString &qemuBinary, const QString &cacheFile,
                                 const QString &kvmDevice = QStringLiteral("/dev/kvm"));
    // ~/.cache/linuxkit-composer/kvm-probe.json (shared by lkc and the
    // window), or $LKC_ACCEL_CACHE.
    static QString kvmCacheFile();

    // "kvm" when the cached probe says KVM works, else "tcg"; `reason` gets
    // the one line to tell the user.
    static QString choose(const QString &qemuBinary, QString *reason);
};

} // namespace Lkc
