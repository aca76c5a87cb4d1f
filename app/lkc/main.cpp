// SPDX-License-Identifier: Apache-2.0
// lkc: the command-line view of the LinuxKit Composer core. Wiring only.
#include "clitext.h"
#include "command.h"

#include "util/utf8text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>

namespace Lkc::Cli {

static std::vector<Command> &registry() {
    static std::vector<Command> commands;
    return commands;
}

void CommandRegistry::add(Command command) {
    registry().push_back(std::move(command));
}

const std::vector<Command> &CommandRegistry::all() {
    auto &commands = registry();
    std::sort(commands.begin(), commands.end(),
              [](const Command &a, const Command &b) { return a.name < b.name; });
    return commands;
}

const Command *CommandRegistry::find(const QString &name) {
    for (const Command &c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}

static void printUsage(QTextStream &out) {
    out << Text::tr(
        "Usage: lkc COMMAND [ARGS…]\n\n"
        "LinuxKit Composer on the command line: validate, edit, build and boot LinuxKit\n"
        "configs without a Docker daemon.\n\nCommands:\n");
    for (const Command &c : CommandRegistry::all())
        out << "  " << c.name.leftJustified(12)
            << QCoreApplication::translate("lkc", c.summary.toUtf8().constData()) << "\n";
    out << Text::tr("\nRun `lkc COMMAND --help` for a command's options.\n");
}

} // namespace Lkc::Cli

int main(int argc, char *argv[]) {
    // Commands that use QCommandLineParser print argv[0] in their usage line: show
    // "lkc COMMAND" there, not the path lkc was started by.
    QByteArray shownName("lkc");
    if (argc > 1 && argv[1][0] != '-')
        shownName += ' ' + QByteArray(argv[1]);
    argv[0] = shownName.data();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lkc"));
    QCoreApplication::setOrganizationName(QStringLiteral("linuxkit-composer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LKC_VERSION));
    // Messages follow the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("lkc"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    // Decoded here rather than by QCoreApplication::arguments(), which drops a
    // leading U+FEFF: a value given to `lkc set` keeps the bytes the user typed.
    // (Qt 6 takes the local 8-bit encoding to be UTF-8 on Unix.)
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << Lkc::utf8Text(QByteArrayView(argv[i]));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("help") ||
        args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        Lkc::Cli::printUsage(out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("version")) {
        out << "lkc " << LKC_VERSION << "\n";
        return 0;
    }
    const QString name = args.takeFirst();
    const Lkc::Cli::Command *command = Lkc::Cli::CommandRegistry::find(name);
    if (!command) {
        err << Lkc::Cli::Text::tr("lkc: unknown command '%1'").arg(name) << "\n\n";
        err.flush();
        Lkc::Cli::printUsage(err);
        return 2;
    }
    return command->run(args);
}
