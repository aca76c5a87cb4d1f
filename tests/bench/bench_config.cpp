// SPDX-License-Identifier: Apache-2.0
// How long the config reader takes on hostile and large inputs: the figures that
// tst_configrobustness used to assert (deep nesting, alias bombs, huge input, a
// 2000-service config). Prints the best of a few runs in ms; no asserts.
// Usage: bench_config [runs (3)]
#include "config/configreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <limits>

using namespace Lkc;

namespace {

void measure(const char *what, int runs, const std::function<QString()> &work) {
    qint64 best = std::numeric_limits<qint64>::max();
    QString outcome;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        outcome = work();
        best = std::min(best, t.nsecsElapsed());
    }
    std::printf("%-34s %9.2f ms  (%s)\n", what, double(best) / 1e6, qPrintable(outcome));
}

QString firstCode(const ConfigReadResult &r) {
    return r.diagnostics.isEmpty() ? QStringLiteral("clean") : r.diagnostics.first().code;
}

QString readText(const QByteArray &text) {
    return firstCode(ConfigReader::readText(text, QStringLiteral("bench.yml")));
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? std::max(1, args[1].toInt()) : 3;

    const QByteArray flowSeq(200000, '[');
    measure("200000 x '['", runs, [&] { return readText(flowSeq); });
    const QByteArray flowMap = QByteArray("a: ").append(QByteArray("{a: ").repeated(100000));
    measure("100000 x '{a: '", runs, [&] { return readText(flowMap); });
    const QByteArray compact = QByteArray("- ").repeated(100000);
    measure("100000 x '- '", runs, [&] { return readText(compact); });
    QByteArray indented;
    for (int i = 0; i < 2000; ++i)
        indented += QByteArray(i, ' ') + "k:\n";
    measure("2000 indented mappings", runs, [&] { return readText(indented); });

    QByteArray bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 12; ++i)
        bomb += QStringLiteral(
                    "a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                    .arg(i)
                    .arg(i - 1)
                    .toUtf8();
    measure("alias bomb (10^12 nodes)", runs, [&] { return readText(bomb); });

    const QByteArray big(50 * 1024 * 1024, 'a');
    measure("50 MiB in memory (refused)", runs, [&] { return readText(big); });

    QByteArray large = "services:\n";
    for (int i = 0; i < 2000; ++i)
        large += "  - name: s" + QByteArray::number(i) +
                 "\n    image: alpine:3.20\n    binds: [/a:/a, /b:/b]\n";
    measure(qPrintable(QStringLiteral("2000 services (%1 KiB)").arg(large.size() / 1024)), runs,
            [&] { return readText(large); });
    return 0;
}
