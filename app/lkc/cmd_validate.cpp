// SPDX-License-Identifier: Apache-2.0
// `lkc validate [--json] [--merge] FILE…`: reads LinuxKit configs and reports
// every problem `linuxkit build` would hit, as file:line:col lines or JSON.
#include "clitext.h"
#include "command.h"

#include "config/configreader.h"

#include <QJsonDocument>
#include <QTextStream>

namespace {

const char *kUsage = QT_TRANSLATE_NOOP(
    "lkc", "Usage: lkc validate [--json] [--merge] FILE…\n\n"
           "Checks LinuxKit YAML configs: YAML syntax and duplicate keys, LinuxKit's schema\n"
           "(unknown keys, types such as unquoted octal modes), and the checks `linuxkit build`\n"
           "makes while building (capabilities, binds, tmpfs, mounts, rlimits, modes, uid/gid\n"
           "names, files entries, image references, unique names), plus warnings for settings\n"
           "LinuxKit accepts but ignores. FILE may be - for standard input.\n\n"
           "Options:\n"
           "  --json    print a JSON array of diagnostics {severity, message, file, line,\n"
           "            column, yamlPath, code} instead of file:line:col lines\n"
           "  --merge   validate the files as one config merged in order, as\n"
           "            `lkc build a.yml b.yml` would (default: each file on its own)\n"
           "  -h, --help  show this help\n\n"
           "Exit status: 0 no errors (warnings allowed), 1 errors, 2 a file could not be read\n"
           "(missing, too large, binary or not UTF-8) or bad usage.\n");

int runValidate(const QStringList &args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool json = false;
    bool merge = false;
    QStringList files;
    bool optionsDone = false;
    for (const QString &arg : args) {
        if (!optionsDone && (arg == QLatin1String("-h") || arg == QLatin1String("--help"))) {
            out << Lkc::Cli::Text::tr(kUsage);
            return 0;
        }
        if (!optionsDone && arg == QLatin1String("--json")) {
            json = true;
        } else if (!optionsDone && arg == QLatin1String("--merge")) {
            merge = true;
        } else if (!optionsDone && arg == QLatin1String("--")) {
            optionsDone = true;
        } else if (!optionsDone && arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            err << Lkc::Cli::Text::tr("lkc validate: unknown option ") << arg << "\n\n"
                << Lkc::Cli::Text::tr(kUsage);
            return 2;
        } else {
            files << arg;
        }
    }
    if (files.isEmpty()) {
        err << Lkc::Cli::Text::tr("lkc validate: no config file given\n\n")
            << Lkc::Cli::Text::tr(kUsage);
        return 2;
    }

    QList<Lkc::ConfigReadResult> results;
    if (merge) {
        results.append(Lkc::ConfigReader::readFiles(files));
    } else {
        for (const QString &file : files)
            results.append(Lkc::ConfigReader::readFile(file));
    }

    Lkc::DiagnosticList all;
    bool unreadable = false;
    for (const Lkc::ConfigReadResult &r : results) {
        all += r.diagnostics;
        unreadable = unreadable || !r.readable;
    }
    int errors = 0;
    int warnings = 0;
    for (const Lkc::Diagnostic &d : all)
        (d.isError() ? errors : warnings)++;

    if (json) {
        out << QJsonDocument(Lkc::diagnosticsToJson(all)).toJson(QJsonDocument::Indented);
    } else {
        for (const Lkc::Diagnostic &d : all)
            out << d.toString() << "\n";
        out.flush();
        err << (errors == 0 && !unreadable ? "valid" : "invalid") << ": " << files.size()
            << (files.size() == 1 ? " file, " : " files, ") << errors
            << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning\n" : " warnings\n");
    }
    if (unreadable)
        return 2;
    return errors > 0 ? 1 : 0;
}

const Lkc::Cli::RegisterCommand registration(
    {QStringLiteral("validate"),
     QString::fromUtf8(QT_TRANSLATE_NOOP("lkc", "check LinuxKit configs and report problems")),
     runValidate});

} // namespace
