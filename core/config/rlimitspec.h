// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Lkc {

// An `rlimits:` string "name,soft,hard": the name case-insensitive with an
// optional RLIMIT_ prefix, values decimal or "unlimited" (2^64-1).
struct RlimitSpec {
    QString type; // canonical, e.g. "RLIMIT_NOFILE"
    quint64 soft = 0;
    quint64 hard = 0;
    QString error;

    static const QStringList &knownTypes(); // the 16 RLIMIT_* names
    static RlimitSpec parse(const QString &text);
};

} // namespace Lkc
