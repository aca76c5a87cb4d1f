// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Lkc {

// A `binds:` string "src:dst[:opt1,opt2]" split the way LinuxKit splits it
// (on every ':'; 2 or 3 parts). A src not starting with '/' names a volume.
struct BindSpec {
    QString source;
    QString destination;
    QStringList options; // empty when there is no third part
    bool hasOptions = false;
    QString error; // non-empty when the string is not a valid bind

    bool isVolume() const { return !source.startsWith(QLatin1Char('/')); }

    static BindSpec parse(const QString &text) {
        BindSpec spec;
        const QStringList parts = text.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 3) {
            spec.error = QStringLiteral("invalid bind \"%1\": expected src:dst or "
                                        "src:dst:opt1,opt2 (%2 ':'-separated parts)")
                             .arg(text)
                             .arg(parts.size());
            return spec;
        }
        spec.source = parts[0];
        spec.destination = parts[1];
        if (parts.size() == 3) {
            spec.hasOptions = true;
            spec.options = parts[2].split(QLatin1Char(','));
        }
        return spec;
    }
};

} // namespace Lkc
