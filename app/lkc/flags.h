// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

#include <utility>

namespace Lkc::Cli {

// The flags of the commands with GNU-style options (serve, test-boot):
// `--name value` or `--name=value` (one dash works too), switches without a
// value, every other word positional. One loop, so that the commands agree
// on the syntax and on how they say it is wrong.
struct ParsedFlags {
    QList<std::pair<QString, QString>> values; // name without dashes → value, in order
    QStringList switches;                      // the switches given, without dashes
    QStringList positional;
    // -1: go on. Otherwise the command returns this: 0 after printing the
    // usage for -h/--help, 2 after saying on stderr what is wrong.
    int exitCode = -1;
};

ParsedFlags parseFlags(const QString &command, const char *usage, const QStringList &args,
                       const QStringList &valueFlags, const QStringList &switches = {});

} // namespace Lkc::Cli
