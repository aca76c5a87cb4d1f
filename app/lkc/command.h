// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

#include <functional>
#include <vector>

namespace Lkc::Cli {

// One `lkc` sub-command. Each lives in its own cmd_*.cpp and registers itself
// with a static RegisterCommand, so adding a command touches no shared file.
struct Command {
    QString name;    // "validate", "build", "cache" …
    QString summary; // one line for `lkc help`
    // Receives the arguments after the sub-command name; returns the exit code.
    std::function<int(const QStringList &args)> run;
};

class CommandRegistry {
public:
    static void add(Command command);
    static const std::vector<Command> &all();
    static const Command *find(const QString &name);
};

struct RegisterCommand {
    explicit RegisterCommand(Command command) { CommandRegistry::add(std::move(command)); }
};

} // namespace Lkc::Cli
