// SPDX-License-Identifier: Apache-2.0
#include "rlimitspec.h"

#include "suggestion.h"

#include <limits>

namespace Lkc {

const QStringList &RlimitSpec::knownTypes() {
    static const QStringList names = {
        QStringLiteral("RLIMIT_CPU"),      QStringLiteral("RLIMIT_FSIZE"),
        QStringLiteral("RLIMIT_DATA"),     QStringLiteral("RLIMIT_STACK"),
        QStringLiteral("RLIMIT_CORE"),     QStringLiteral("RLIMIT_RSS"),
        QStringLiteral("RLIMIT_NPROC"),    QStringLiteral("RLIMIT_NOFILE"),
        QStringLiteral("RLIMIT_MEMLOCK"),  QStringLiteral("RLIMIT_AS"),
        QStringLiteral("RLIMIT_LOCKS"),    QStringLiteral("RLIMIT_SIGPENDING"),
        QStringLiteral("RLIMIT_MSGQUEUE"), QStringLiteral("RLIMIT_NICE"),
        QStringLiteral("RLIMIT_RTPRIO"),   QStringLiteral("RLIMIT_RTTIME"),
    };
    return names;
}

static bool parseValue(const QString &text, quint64 *out) {
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("unlimited"), Qt::CaseInsensitive) == 0) {
        *out = std::numeric_limits<quint64>::max();
        return true;
    }
    if (t.isEmpty() || t.startsWith(QLatin1Char('+')) || t.startsWith(QLatin1Char('-')))
        return false;
    bool ok = false;
    *out = t.toULongLong(&ok, 10);
    return ok;
}

RlimitSpec RlimitSpec::parse(const QString &text) {
    RlimitSpec spec;
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 3) {
        spec.error = QStringLiteral("cannot parse rlimit \"%1\": expected name,soft,hard "
                                    "(e.g. nofile,1024,4096)")
                         .arg(text);
        return spec;
    }
    QString name = parts[0].trimmed().toUpper();
    if (!name.startsWith(QLatin1String("RLIMIT_")))
        name.prepend(QLatin1String("RLIMIT_"));
    if (!knownTypes().contains(name)) {
        spec.error =
            QStringLiteral("unknown limit \"%1\" in rlimit \"%2\"").arg(parts[0].trimmed(), text);
        const QString guess = closestMatch(name, knownTypes());
        if (!guess.isEmpty())
            spec.error += QStringLiteral("; did you mean %1?").arg(guess);
        return spec;
    }
    spec.type = name;
    if (!parseValue(parts[1], &spec.soft) || !parseValue(parts[2], &spec.hard)) {
        spec.error = QStringLiteral("cannot parse rlimit \"%1\": soft and hard must be numbers "
                                    "or \"unlimited\"")
                         .arg(text);
        return spec;
    }
    return spec;
}

} // namespace Lkc
