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

    // `run [flags] PATH`: only flags that differ from lkc run's defaults.
    static QStringList runArguments(const QemuOptions &options);
    // The inverse, with lkc run's flag syntax (one or two dashes, `-f v` or
    // `-f=v`, an optional leading `qemu`).
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
