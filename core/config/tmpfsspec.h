// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Lkc {

// A `tmpfs:` string "dst[:opt1,opt2]" split as LinuxKit does.
struct TmpfsSpec {
    QString destination;
    QStringList options; // empty: no options field in config.json
    QString error;

    static TmpfsSpec parse(const QString &text) {
        TmpfsSpec spec;
        const QStringList parts = text.split(QLatin1Char(':'));
        if (parts.size() > 2) {
            spec.error = QStringLiteral("cannot parse tmpfs \"%1\", too many ':' (expected "
                                        "dst or dst:opt1,opt2)")
                             .arg(text);
            return spec;
        }
        spec.destination = parts[0];
        if (parts.size() == 2)
            spec.options = parts[1].split(QLatin1Char(','));
        return spec;
    }
};

} // namespace Lkc
