// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/qemuoptions.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace Lkc {

// The `lkc` command line for what the window does. The window shows these
// lines ("Show the command") and the CLI parses the same flags, so one place
// turns options into arguments and back: the two cannot drift apart.
class LkcCommandLine {
public:
    struct Build {
        QStringList configs;
        QStringList formats;
        QString dir;
        QString name;
        QString cache; // image store; empty: lkc's default
    };
    struct TestBoot {
        QStringList configs;
        QStringList formats;
        QString dir;
        QString accel; // empty: probe
        QString cache;
        int memMiB = 1024;
        int timeoutSeconds = 120;
    };

    // Why run's flags did not parse, kept apart from the wording so that lkc
    // can say it in the user's language and the window in English.
    enum class RunProblem {
        None,
        Help, // -h or --help where a flag goes
        NeedsValue,
        UnknownOption,
        NeedsNumber,
        BadDisk,    // detail: the -disk parser's message
        NotOnePath, // no PREFIX|FILE, or more than one
        DataConflict,
    };
    struct RunParse {
        QemuOptions options;
        RunProblem problem = RunProblem::None;
        QString option; // the flag without its dashes
        QString value;
        QString detail;
    };

    // `run [flags] PATH`: only flags that differ from lkc run's defaults.
    static QStringList runArguments(const QemuOptions &options);
    // lkc run's flags (what follows `run`), with its syntax: one or two
    // dashes, `-f v` or `-f=v`, an optional leading `qemu`.
    static RunParse parseRun(const QStringList &arguments);
    // The inverse of runArguments (an optional leading `run`), problems in English.
    static Result<QemuOptions> parseRunArguments(const QStringList &arguments);

    // One disk in -disk syntax: [file=]PATH[,size=N(M|G)][,format=F].
    static QString diskSpec(const QemuDisk &disk);

    static QStringList buildArguments(const Build &build);
    static QStringList testBootArguments(const TestBoot &testBoot);
    // `serve [--listen ADDR:PORT] [--token] [--device DEV] FILE…`
    static QStringList serveArguments(const QString &listen, const QStringList &files,
                                      bool token = false, const QString &device = {});
    // `write IMAGE DEVICE`
    static QStringList writeArguments(const QString &image, const QString &device);

    // One line a POSIX shell runs as `program arguments…`, quoted only where needed.
    static QString render(const QStringList &arguments,
                          const QString &program = QStringLiteral("lkc"));
    static QString shellQuote(const QString &word);
};

} // namespace Lkc
