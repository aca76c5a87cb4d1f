// SPDX-License-Identifier: Apache-2.0
// `lkc set FILE PATH VALUE`: one lossless edit of a config from the command line, the same
// YamlEditor edit a form makes in the GUI (only the touched lines change).
#include "clitext.h"
#include "command.h"

#include "config/yamleditor.h"
#include "util/atomicfile.h"

#include <QFile>
#include <QStringDecoder>
#include <QTextStream>

#include <algorithm>

namespace {

QString usage() {
    return QStringLiteral(
        "Usage: lkc set [flags] FILE PATH [VALUE]\n\n"
        "Changes one value of a config in place, keeping everything else byte for byte\n"
        "(comments, quoting, indentation, line breaks). Missing keys and sections are created.\n\n"
        "PATH names a node: kernel.cmdline, services[1].readonly, onboot[0].binds[2],\n"
        "files[0], services[2][\"binds.add\"]. VALUE true/false is a bool, a decimal number an\n"
        "integer, anything else a string (\"0644\" stays a string).\n\n"
        "Flags:\n"
        "  --add              append VALUE to the list at PATH (creating the list)\n"
        "  --insert N         insert VALUE at index N of the list at PATH\n"
        "  --remove           remove the key or list item at PATH (no VALUE)\n"
        "  --move-to N        move the list item at PATH to index N (no VALUE)\n"
        "  --move-up, --move-down\n"
        "                     move the list item at PATH one place (no VALUE)\n"
        "  --json VALUE       VALUE as JSON or YAML: a list, a mapping or a typed scalar,\n"
        "                     e.g. '[\"/a:/b\"]' or '{\"path\": \"etc/x\", \"mode\": \"0644\"}'\n"
        "  --string           VALUE is a string even if it reads as a bool or number\n"
        "  -o, --output OUT   write the result to OUT (- for stdout) instead of FILE\n"
        "  -h, --help         this help\n\n"
        "Examples:\n"
        "  lkc set sshd.yml services[1].readonly true\n"
        "  lkc set x.yml kernel.cmdline \"console=ttyS0\"\n"
        "  lkc set x.yml init --add linuxkit/ca-certificates:v1\n"
        "  lkc set x.yml files --add --json '{\"path\": \"etc/motd\", \"contents\": \"hi\"}'\n"
        "  lkc set x.yml services[0].env --remove\n");
}

enum class Action { Set, Add, Insert, Remove, Move };

int fail(const Lkc::Error &error) {
    QTextStream err(stderr);
    err << Lkc::Cli::Text::tr("lkc set: ") << error.message;
    if (!error.location.isEmpty())
        err << " (" << error.location << ")";
    err << "\n";
    return 1;
}

int usageError(const QString &message) {
    QTextStream err(stderr);
    err << Lkc::Cli::Text::tr("lkc set: ") << message
        << Lkc::Cli::Text::tr("\nRun `lkc set --help` for usage.\n");
    return 2;
}

bool parseIndex(const QString &text, int *index) {
    bool ok = false;
    *index = text.toInt(&ok);
    return ok && *index >= 0;
}

bool isKnownFlag(const QString &arg) {
    static const QStringList flags = {
        QStringLiteral("-h"),        QStringLiteral("--help"),      QStringLiteral("--add"),
        QStringLiteral("--remove"),  QStringLiteral("--insert"),    QStringLiteral("--move-to"),
        QStringLiteral("--move-up"), QStringLiteral("--move-down"), QStringLiteral("--json"),
        QStringLiteral("--string"),  QStringLiteral("-o"),          QStringLiteral("--output")};
    return flags.contains(arg) || arg.startsWith(QLatin1String("--output="));
}

int runSet(const QStringList &args) {
    Action action = Action::Set;
    int index = -1;
    int step = 0; // --move-up/--move-down
    QString output;
    QString json;
    bool haveJson = false;
    bool forceString = false;
    QStringList positional;
    bool optionsDone = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto next = [&](QString *value) {
            if (i + 1 >= args.size())
                return false;
            *value = args[++i];
            return true;
        };
        if (!optionsDone && a == QLatin1String("--")) {
            optionsDone = true;
            continue;
        }
        bool isFlag = !optionsDone && a.startsWith(QLatin1Char('-')) && a != QLatin1String("-");
        // After FILE and PATH, "-1" is a value unless it is one of our flags.
        if (isFlag && positional.size() >= 2 && !isKnownFlag(a))
            isFlag = false;
        if (!isFlag) {
            positional.append(a);
            continue;
        }
        QString value;
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            QTextStream(stdout) << usage();
            return 0;
        } else if (a == QLatin1String("--add")) {
            action = Action::Add;
        } else if (a == QLatin1String("--remove")) {
            action = Action::Remove;
        } else if (a == QLatin1String("--insert") || a == QLatin1String("--move-to")) {
            if (!next(&value) || !parseIndex(value, &index))
                return usageError(Lkc::Cli::Text::tr("%1 needs an index (0, 1, …)").arg(a));
            action = a == QLatin1String("--insert") ? Action::Insert : Action::Move;
        } else if (a == QLatin1String("--move-up") || a == QLatin1String("--move-down")) {
            action = Action::Move;
            step = a == QLatin1String("--move-up") ? -1 : 1;
        } else if (a == QLatin1String("--json")) {
            if (!next(&json))
                return usageError(Lkc::Cli::Text::tr("--json needs a value"));
            haveJson = true;
        } else if (a == QLatin1String("--string")) {
            forceString = true;
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!next(&output))
                return usageError(Lkc::Cli::Text::tr("%1 needs a file name").arg(a));
        } else if (a.startsWith(QLatin1String("--output="))) {
            output = a.mid(9);
        } else {
            return usageError(Lkc::Cli::Text::tr("unknown flag '%1'").arg(a));
        }
    }

    const bool takesValue = action != Action::Remove && action != Action::Move;
    const qsizetype wanted = 2 + ((takesValue && !haveJson) ? 1 : 0);
    if (positional.size() != wanted) {
        if (positional.size() < 2)
            return usageError(Lkc::Cli::Text::tr("expected FILE and PATH"));
        return usageError(takesValue && !haveJson ? Lkc::Cli::Text::tr("expected FILE PATH VALUE")
                                                  : Lkc::Cli::Text::tr("too many arguments"));
    }
    if (!takesValue && haveJson)
        return usageError(Lkc::Cli::Text::tr("--remove and --move-* take no value"));
    const QString fileName = positional[0];
    auto path = Lkc::YamlPath::parse(positional[1]);
    if (!path)
        return fail(path.error());

    Lkc::YamlValue value;
    if (haveJson) {
        auto parsed = Lkc::YamlValue::parse(json);
        if (!parsed)
            return fail(Lkc::Error(parsed.error().message, QStringLiteral("--json")));
        value = *parsed;
    } else if (takesValue) {
        value = forceString ? Lkc::YamlValue::fromString(positional[2])
                            : Lkc::YamlValue::fromCommandLine(positional[2]);
    }

    QFile in(fileName);
    if (fileName == QLatin1String("-") ? !in.open(stdin, QIODevice::ReadOnly)
                                       : !in.open(QIODevice::ReadOnly))
        return fail(Lkc::Error(
            Lkc::Cli::Text::tr("cannot read the config: %1").arg(in.errorString()), fileName));
    const QByteArray bytes = in.readAll();
    // Keep a byte order mark as U+FEFF so edit offsets match the bytes.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return fail(Lkc::Error(Lkc::Cli::Text::tr("the config is not valid UTF-8"), fileName));

    auto editor = Lkc::YamlEditor::parse(text, fileName);
    if (!editor)
        return fail(editor.error());
    // A bare VALUE keeps the type of what is there: "-1" replacing a string (or joining a
    // list of strings) stays a string.
    if (takesValue && !haveJson && !forceString && value.type() != Lkc::YamlValue::Type::String) {
        auto existing = editor->value(*path);
        bool stringsThere = false;
        if (existing && action == Action::Set) {
            stringsThere = existing->type() == Lkc::YamlValue::Type::String;
        } else if (existing && existing->isList() && !existing->items().isEmpty()) {
            stringsThere = std::all_of(
                existing->items().begin(), existing->items().end(),
                [](const Lkc::YamlValue &v) { return v.type() == Lkc::YamlValue::Type::String; });
        }
        if (stringsThere)
            value = Lkc::YamlValue::fromString(positional[2]);
    }
    Lkc::Result<Lkc::YamlTextEdits> edits = Lkc::Error(Lkc::Cli::Text::tr("no edit"));
    switch (action) {
    case Action::Set:
        edits = editor->set(*path, value);
        break;
    case Action::Add:
        edits = editor->appendItem(*path, value);
        break;
    case Action::Insert:
        edits = editor->insertItem(*path, index, value);
        break;
    case Action::Remove:
        edits = editor->remove(*path);
        break;
    case Action::Move:
        if (step != 0) {
            if (path->isRoot() || !path->last().isIndex())
                return fail(Lkc::Error(
                    Lkc::Cli::Text::tr("%1: not a list item; use a path like services[2]")
                        .arg(path->toString())));
            index = path->last().index + step;
        }
        edits =
            index < 0
                ? Lkc::Result<Lkc::YamlTextEdits>(Lkc::Error(
                      Lkc::Cli::Text::tr("%1: is already the first item").arg(path->toString())))
                : editor->moveItem(*path, index);
        break;
    }
    if (!edits)
        return fail(edits.error());
    const QByteArray result = Lkc::applyYamlTextEdits(bytes, *edits);

    // The edited text must still parse, and (for a set) hold the value asked for.
    auto check = Lkc::YamlEditor::parse(QString::fromUtf8(result), fileName);
    if (!check)
        return fail(Lkc::Error(QStringLiteral("internal error: the edit broke the YAML (%1); "
                                              "the file was not changed")
                                   .arg(check.error().toString()),
                               fileName));
    if (action == Action::Set) {
        auto now = check->value(*path);
        if (!now || *now != value)
            return fail(Lkc::Error(QStringLiteral("internal error: %1 did not read back as %2; "
                                                  "the file was not changed")
                                       .arg(path->toString(), value.toDebugString()),
                                   fileName));
    }

    const QString target = output.isEmpty() ? fileName : output;
    if (target == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(result) != result.size())
            return fail(Lkc::Error(Lkc::Cli::Text::tr("cannot write to standard output")));
        return 0;
    }
    // Checked, synced and renamed: on a full disk the old config stays as it was.
    if (Lkc::Status s = Lkc::AtomicFiles::write(target, result); !s)
        return fail(Lkc::Error(
            Lkc::Cli::Text::tr("the config was not changed: %1").arg(s.error().message)));
    return 0;
}

const Lkc::Cli::RegisterCommand registerSet(Lkc::Cli::Command{
    QStringLiteral("set"),
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "lkc", "change one value of a config in place, keeping the rest byte for byte")),
    runSet});

} // namespace
