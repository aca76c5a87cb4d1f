// SPDX-License-Identifier: Apache-2.0
#include "capabilities.h"

namespace Lkc {

const QStringList &Capabilities::all() {
    static const QStringList names = {
        QStringLiteral("CAP_CHOWN"),
        QStringLiteral("CAP_DAC_OVERRIDE"),
        QStringLiteral("CAP_DAC_READ_SEARCH"),
        QStringLiteral("CAP_FOWNER"),
        QStringLiteral("CAP_FSETID"),
        QStringLiteral("CAP_KILL"),
        QStringLiteral("CAP_SETGID"),
        QStringLiteral("CAP_SETUID"),
        QStringLiteral("CAP_SETPCAP"),
        QStringLiteral("CAP_LINUX_IMMUTABLE"),
        QStringLiteral("CAP_NET_BIND_SERVICE"),
        QStringLiteral("CAP_NET_BROADCAST"),
        QStringLiteral("CAP_NET_ADMIN"),
        QStringLiteral("CAP_NET_RAW"),
        QStringLiteral("CAP_IPC_LOCK"),
        QStringLiteral("CAP_IPC_OWNER"),
        QStringLiteral("CAP_SYS_MODULE"),
        QStringLiteral("CAP_SYS_RAWIO"),
        QStringLiteral("CAP_SYS_CHROOT"),
        QStringLiteral("CAP_SYS_PTRACE"),
        QStringLiteral("CAP_SYS_PACCT"),
        QStringLiteral("CAP_SYS_ADMIN"),
        QStringLiteral("CAP_SYS_BOOT"),
        QStringLiteral("CAP_SYS_NICE"),
        QStringLiteral("CAP_SYS_RESOURCE"),
        QStringLiteral("CAP_SYS_TIME"),
        QStringLiteral("CAP_SYS_TTY_CONFIG"),
        QStringLiteral("CAP_MKNOD"),
        QStringLiteral("CAP_LEASE"),
        QStringLiteral("CAP_AUDIT_WRITE"),
        QStringLiteral("CAP_AUDIT_CONTROL"),
        QStringLiteral("CAP_SETFCAP"),
        QStringLiteral("CAP_MAC_OVERRIDE"),
        QStringLiteral("CAP_MAC_ADMIN"),
        QStringLiteral("CAP_SYSLOG"),
        QStringLiteral("CAP_WAKE_ALARM"),
        QStringLiteral("CAP_BLOCK_SUSPEND"),
        QStringLiteral("CAP_AUDIT_READ"),
        QStringLiteral("CAP_PERFMON"),
        QStringLiteral("CAP_BPF"),
        QStringLiteral("CAP_CHECKPOINT_RESTORE"),
    };
    return names;
}

} // namespace Lkc
