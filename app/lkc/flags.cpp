// SPDX-License-Identifier: Apache-2.0
#include "flags.h"

#include "clitext.h"

#include <QTextStream>

namespace Lkc::Cli {

ParsedFlags parseFlags(const QString &command, const char *usage, const QStringList &args,
                       const QStringList &valueFlags, const QStringList &switches) {
    ParsedFlags parsed;
    QTextStream err(stderr);
    for (int i = 0; i < args.size(); ++i) {
        QString a = args[i];
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            QTextStream(stdout) << Text::tr(usage);
            parsed.exitCode = 0;
            return parsed;
        }
        if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            parsed.positional << a;
            continue;
        }
        a.remove(0, a.startsWith(QLatin1String("--")) ? 2 : 1);
        QString value;
        const int eq = a.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = a.mid(eq + 1);
            a.truncate(eq);
        }
        if (switches.contains(a) && eq < 0) {
            parsed.switches << a;
            continue;
        }
        if (!valueFlags.contains(a)) {
            err << Text::tr("lkc %1: unknown option --%2").arg(command, a) << "\n\n"
                << Text::tr(usage);
            parsed.exitCode = 2;
            return parsed;
        }
        if (eq < 0) {
            if (i + 1 >= args.size()) {
                err << Text::tr("lkc %1: option --%2 needs a value").arg(command, a) << "\n";
                parsed.exitCode = 2;
                return parsed;
            }
            value = args[++i];
        }
        parsed.values.append({a, value});
    }
    return parsed;
}

} // namespace Lkc::Cli
