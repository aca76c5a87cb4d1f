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
    };

    // Runs the firmware probe (no cache). `accel` is "kvm" or "tcg".
    static Outcome probe(const QString &qemuBinary, const QString &accel, int timeoutMs = 3000);
    // Runs `kernel` until its first console line (no cache).
    static Outcome probeKernel(const QString &qemuBinary, const QString &accel,
                               const QString &kernel, int timeoutMs = 5000);
    // The host's kernel in /boot, used as the probe kernel, or empty.
    static QString hostKernel();

    // KVM probed once per process (cached, thread-safe); false without
    // /dev/kvm access.
    static Outcome kvm(const QString &qemuBinary);

    // "kvm" when the cached probe says KVM works, else "tcg"; `reason` gets
    // the one line to tell the user.
    static QString choose(const QString &qemuBinary, QString *reason);
};

} // namespace Lkc
