// SPDX-License-Identifier: Apache-2.0
// `lkc image create|inspect`: make a one-layer image from a directory with no Docker,
// and show what the store holds for an image.
#include "clitext.h"
#include "command.h"

#include "image/contentstore.h"
#include "image/imagebuilder.h"
#include "image/imageref.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

// Shell-like word splitting: 'single', "double" quotes and backslash escapes; no expansion.
QStringList splitWords(const QString &text, QString *error) {
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < text.size())
                word += text.at(++i);
            else
                word += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            word += text.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull()) {
        *error = Lkc::Cli::Text::tr("unterminated %1 quote").arg(quote);
        return {};
    }
    if (inWord)
        words << word;
    return words;
}

// --entrypoint '["/bin/sh","-c"]' (JSON) or --entrypoint '/bin/sh -c' (shell-like words).
QStringList parseCommandWords(const QString &text, QString *error) {
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('['))) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &err);
        if (!doc.isArray()) {
            *error = Lkc::Cli::Text::tr("not a JSON array of strings: %1").arg(err.errorString());
            return {};
        }
        QStringList out;
        const QJsonArray array = doc.array();
        for (const QJsonValue &v : array) {
            if (!v.isString()) {
                *error = Lkc::Cli::Text::tr("JSON array must hold only strings");
                return {};
            }
            out << v.toString();
        }
        return out;
    }
    return splitWords(trimmed, error);
}

int createImage(const QStringList &args) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Makes a one-layer OCI image from a directory tree (owners 0:0, mtimes from "
        "SOURCE_DATE_EPOCH or 0, sorted entries) and stores it in the image cache under REF."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("from-dir"), Lkc::Cli::Text::tr("Directory tree to pack."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("ref"), Lkc::Cli::Text::tr("Image name, e.g. lkc/init:dev."),
                      QStringLiteral("REF")});
    parser.addOption({QStringLiteral("entrypoint"),
                      Lkc::Cli::Text::tr("Entrypoint: a JSON array or shell-like words."),
                      QStringLiteral("CMD")});
    parser.addOption({QStringLiteral("cmd"),
                      Lkc::Cli::Text::tr("Cmd: a JSON array or shell-like words."),
                      QStringLiteral("CMD")});
    parser.addOption({QStringLiteral("env"), Lkc::Cli::Text::tr("Environment entry (repeatable)."),
                      QStringLiteral("K=V")});
    parser.addOption({QStringLiteral("workdir"), Lkc::Cli::Text::tr("Working directory."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("User."), QStringLiteral("USER")});
    parser.addOption({QStringLiteral("label"), Lkc::Cli::Text::tr("Label (repeatable)."),
                      QStringLiteral("K=V")});
    parser.addOption({QStringLiteral("arch"), Lkc::Cli::Text::tr("Architecture (amd64)."),
                      QStringLiteral("ARCH"), QStringLiteral("amd64")});
    parser.addOption(
        {QStringLiteral("cache"),
         Lkc::Cli::Text::tr("Image store (default $LINUXKIT_CACHE or ~/.linuxkit/cache)."),
         QStringLiteral("DIR")});
    if (!parser.parse(QStringList{QStringLiteral("lkc image create")} + args)) {
        err << Lkc::Cli::Text::tr("lkc image create: ") << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.isSet(QStringLiteral("from-dir")) || !parser.isSet(QStringLiteral("ref"))) {
        err << Lkc::Cli::Text::tr("lkc image create: --from-dir DIR and --ref REF are required\n");
        return 2;
    }
    Lkc::ImageBuildOptions options;
    options.fromDirectory = parser.value(QStringLiteral("from-dir"));
    options.ref = parser.value(QStringLiteral("ref"));
    options.architecture = parser.value(QStringLiteral("arch"));
    options.workingDir = parser.value(QStringLiteral("workdir"));
    options.user = parser.value(QStringLiteral("user"));
    options.env = parser.values(QStringLiteral("env"));
    options.epoch = Lkc::ImageBuilder::sourceDateEpoch();
    QString parseError;
    if (parser.isSet(QStringLiteral("entrypoint")))
        options.entrypoint =
            parseCommandWords(parser.value(QStringLiteral("entrypoint")), &parseError);
    if (parseError.isEmpty() && parser.isSet(QStringLiteral("cmd")))
        options.cmd = parseCommandWords(parser.value(QStringLiteral("cmd")), &parseError);
    if (!parseError.isEmpty()) {
        err << Lkc::Cli::Text::tr("lkc image create: ") << parseError << "\n";
        return 2;
    }
    const QStringList labels = parser.values(QStringLiteral("label"));
    for (const QString &kv : labels) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err << Lkc::Cli::Text::tr("lkc image create: --label must be KEY=VALUE: ") << kv
                << "\n";
            return 2;
        }
        options.labels.insert(kv.left(eq), kv.mid(eq + 1));
    }
    auto store = Lkc::ContentStore::open(parser.value(QStringLiteral("cache")));
    if (!store) {
        err << Lkc::Cli::Text::tr("lkc image create: ") << store.error().toString() << "\n";
        return 1;
    }
    Lkc::JobControl job(
        [&err](const QString &line) {
            err << line << "\n";
            err.flush();
        },
        {});
    auto built = Lkc::ImageBuilder::build(options, *store, job);
    if (!built) {
        err << Lkc::Cli::Text::tr("lkc image create: ") << built.error().toString() << "\n";
        return 1;
    }
    out << built->name << " " << built->manifest.digest.toString() << "\n";
    err << "Stored " << built->name << " (" << built->entries
        << Lkc::Cli::Text::tr(" entries, layer ") << built->layer.size
        << Lkc::Cli::Text::tr(" bytes) in ") << store->path() << "\n";
    return 0;
}

QJsonArray toJson(const QStringList &list) {
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

int inspectImage(const QStringList &args) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Lkc::Cli::Text::tr("Prints, as JSON, what the image store holds for REF on linux/ARCH."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("arch"), Lkc::Cli::Text::tr("Architecture (amd64)."),
                      QStringLiteral("ARCH"), QStringLiteral("amd64")});
    parser.addOption({QStringLiteral("cache"), Lkc::Cli::Text::tr("Image store or OCI layout."),
                      QStringLiteral("DIR")});
    parser.addPositionalArgument(QStringLiteral("REF"), Lkc::Cli::Text::tr("Image reference"));
    if (!parser.parse(QStringList{QStringLiteral("lkc image inspect")} + args) ||
        parser.positionalArguments().size() != 1) {
        err << Lkc::Cli::Text::tr("Usage: lkc image inspect [--arch ARCH] [--cache DIR] REF\n");
        return 2;
    }
    auto store = Lkc::ContentStore::openLayout(parser.isSet(QStringLiteral("cache"))
                                                   ? parser.value(QStringLiteral("cache"))
                                                   : Lkc::ContentStore::defaultPath());
    if (!store) {
        err << Lkc::Cli::Text::tr("lkc image inspect: ") << store.error().toString() << "\n";
        return 1;
    }
    const QString given = parser.positionalArguments().first();
    auto ref = Lkc::ImageRef::parse(given);
    // Names in foreign layouts may be bare tags; try the name as written when no expansion fits.
    QString name = ref && store->hasEntry(ref->expanded()) ? ref->expanded() : given;
    auto image = store->resolve(name, parser.value(QStringLiteral("arch")));
    if (!image) {
        err << Lkc::Cli::Text::tr("lkc image inspect: ") << image.error().toString() << "\n";
        return 1;
    }
    QJsonObject o;
    o.insert(QStringLiteral("name"), image->name);
    o.insert(QStringLiteral("manifest"), image->manifest.digest.toString());
    o.insert(QStringLiteral("config"), image->configDigest.toString());
    o.insert(QStringLiteral("architecture"), image->config.architecture);
    o.insert(QStringLiteral("Entrypoint"), toJson(image->config.entrypoint));
    o.insert(QStringLiteral("Cmd"), toJson(image->config.cmd));
    o.insert(QStringLiteral("Env"), toJson(image->config.env));
    o.insert(QStringLiteral("WorkingDir"), image->config.workingDir);
    QJsonObject labels;
    for (auto it = image->config.labels.begin(); it != image->config.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    o.insert(QStringLiteral("Labels"), labels);
    QJsonArray layers;
    for (const Lkc::LayerBlob &l : image->layers)
        layers.append(QJsonObject{{QStringLiteral("digest"), l.digest.toString()},
                                  {QStringLiteral("size"), static_cast<double>(l.size)},
                                  {QStringLiteral("mediaType"), l.mediaType},
                                  {QStringLiteral("path"), l.path}});
    o.insert(QStringLiteral("layers"), layers);
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    return 0;
}

int runImage(const QStringList &args) {
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h")) {
        QTextStream(args.isEmpty() ? stderr : stdout) << Lkc::Cli::Text::tr(
            "Usage: lkc image create --from-dir DIR --ref REF [--entrypoint …] [--cmd …]\n"
            "                        [--env K=V]… [--workdir DIR] [--label K=V]… [--arch A]\n"
            "                        [--cache DIR]\n"
            "       lkc image inspect [--arch A] [--cache DIR] REF\n");
        return args.isEmpty() ? 2 : 0;
    }
    const QString sub = args.first();
    if (sub == QLatin1String("create"))
        return createImage(args.mid(1));
    if (sub == QLatin1String("inspect"))
        return inspectImage(args.mid(1));
    QTextStream(stderr) << Lkc::Cli::Text::tr("lkc image: unknown sub-command '") << sub
                        << Lkc::Cli::Text::tr("' (create, inspect)\n");
    return 2;
}

const Lkc::Cli::RegisterCommand registerImage({
    QStringLiteral("image"),
    QString::fromUtf8(
        QT_TRANSLATE_NOOP("lkc", "Create an image from a directory; inspect a stored image")),
    runImage,
});

} // namespace
