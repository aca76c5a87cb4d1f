// SPDX-License-Identifier: Apache-2.0
#include "configreader.h"

#include "configmodelbuilder.h"
#include "configvalidator.h"
#include "schemavalidator.h"
#include "yamlloader.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Lkc {

namespace {

struct ParsedSource {
    Config config;
    DiagnosticList diagnostics;
    bool readable = true;
    bool parsed = false;
};

ParsedSource parseSource(const QByteArray &text, const QString &fileName) {
    ParsedSource parsed;
    YamlLoadResult loaded = YamlLoader::load(text, fileName);
    parsed.diagnostics = loaded.diagnostics;
    parsed.readable = loaded.readable;
    parsed.parsed = loaded.parsed;
    if (!loaded.parsed) {
        parsed.config.sourceFiles << fileName;
        return parsed;
    }
    parsed.diagnostics += SchemaValidator::validateConfig(loaded.root, fileName);
    parsed.config = ConfigModelBuilder::buildConfig(loaded.root, fileName);
    return parsed;
}

template <typename T> void overrideIf(Field<T> &target, const Field<T> &later, bool whenSetAtAll) {
    if (!later)
        return;
    if (whenSetAtAll || !later->isEmpty())
        target = later;
}

void sortWithinFiles(DiagnosticList &diagnostics, const QStringList &fileOrder) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [&](const Diagnostic &a, const Diagnostic &b) {
                         const qsizetype fa = fileOrder.indexOf(a.pos.file);
                         const qsizetype fb = fileOrder.indexOf(b.pos.file);
                         if (fa != fb)
                             return fa < fb;
                         if (a.pos.line != b.pos.line)
                             return a.pos.line < b.pos.line;
                         return a.pos.column < b.pos.column;
                     });
}

} // namespace

QByteArray ConfigReader::readBytes(const QString &path, DiagnosticList &diagnostics, bool *ok) {
    *ok = false;
    auto unreadable = [&](const QString &message) {
        diagnostics.append(Diagnostic::error(QStringLiteral("unreadable"), message,
                                             SourcePos{path, 0, 0, QString()}));
        return QByteArray();
    };
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return unreadable(QStringLiteral("cannot read standard input"));
    } else {
        const QFileInfo info(path);
        if (!info.exists())
            return unreadable(QStringLiteral("no such file"));
        if (info.isDir())
            return unreadable(QStringLiteral("is a directory, not a config file"));
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return unreadable(QStringLiteral("cannot open: %1").arg(file.errorString()));
    }
    // Read one byte past the limit so that a huge file is refused without
    // reading all of it.
    QByteArray bytes = file.read(YamlLoader::kMaxInputBytes + 1);
    if (bytes.size() > YamlLoader::kMaxInputBytes)
        return unreadable(
            QStringLiteral("file is larger than %1 MiB; that is not a LinuxKit config")
                .arg(YamlLoader::kMaxInputBytes / (1024 * 1024)));
    if (file.error() != QFileDevice::NoError)
        return unreadable(QStringLiteral("read error: %1").arg(file.errorString()));
    *ok = true;
    return bytes;
}

ConfigReadResult ConfigReader::readText(const QByteArray &text, const QString &fileName) {
    return readSources({ConfigSource{fileName, text}});
}

ConfigReadResult ConfigReader::readFile(const QString &path) {
    return readFiles({path});
}

ConfigReadResult ConfigReader::readFiles(const QStringList &paths) {
    ConfigReadResult result;
    QList<ConfigSource> sources;
    for (const QString &path : paths) {
        bool ok = false;
        const QByteArray bytes = readBytes(path, result.diagnostics, &ok);
        if (!ok) {
            result.readable = false;
            continue;
        }
        sources.append(ConfigSource{path, bytes});
    }
    if (!result.readable) {
        result.config.sourceFiles = paths;
        return result;
    }
    return readSources(sources);
}

ConfigReadResult ConfigReader::readSources(const QList<ConfigSource> &sources) {
    ConfigReadResult result;
    QList<Config> configs;
    QStringList fileOrder;
    bool parsedAll = true;
    for (const ConfigSource &source : sources) {
        ParsedSource parsed = parseSource(source.text, source.fileName);
        parsedAll = parsedAll && parsed.parsed;
        result.readable = result.readable && parsed.readable;
        result.diagnostics += parsed.diagnostics;
        configs.append(std::move(parsed.config));
        fileOrder << source.fileName;
    }
    result.config = merge(configs);
    // LinuxKit stops at the first failing stage; we report the build's checks
    // too (values of the wrong type are unset in the model, so nothing is
    // reported twice), unless a file could not be parsed at all.
    if (parsedAll)
        result.diagnostics += ConfigValidator::validate(result.config);
    sortWithinFiles(result.diagnostics, fileOrder);
    return result;
}

Config ConfigReader::merge(const QList<Config> &configs) {
    if (configs.isEmpty())
        return {};
    Config merged = configs.first();
    for (qsizetype i = 1; i < configs.size(); ++i) {
        const Config &c = configs[i];
        merged.sourceFiles += c.sourceFiles;
        if (c.kernel.pos.isValid())
            merged.kernel.pos = c.kernel.pos;
        overrideIf(merged.kernel.image, c.kernel.image, false);
        overrideIf(merged.kernel.cmdline, c.kernel.cmdline, false);
        overrideIf(merged.kernel.binary, c.kernel.binary, false);
        overrideIf(merged.kernel.tar, c.kernel.tar, true);
        overrideIf(merged.kernel.ucode, c.kernel.ucode, true);
        merged.init += c.init;
        merged.onboot += c.onboot;
        merged.onshutdown += c.onshutdown;
        merged.services += c.services;
        merged.files += c.files;
        merged.volumes += c.volumes;
        if (c.trust.isPresent())
            merged.trust = c.trust;
        for (auto it = c.sectionPos.constBegin(); it != c.sectionPos.constEnd(); ++it)
            merged.sectionPos.insert(it.key(), it.value());
    }
    return merged;
}

ImageEntryReadResult ConfigReader::readImageEntry(const QByteArray &text, const QString &origin,
                                                  bool requireNameAndImage) {
    ImageEntryReadResult result;
    YamlLoadResult loaded = YamlLoader::load(text, origin);
    result.diagnostics = loaded.diagnostics;
    if (!loaded.parsed)
        return result;
    const YamlNode &root = loaded.root;
    if (!root.isMapping()) {
        result.diagnostics.append(Diagnostic::error(
            QStringLiteral("schema-type"),
            QStringLiteral("an image entry must be a mapping (JSON object), not %1")
                .arg(root.isNull() ? QStringLiteral("empty") : root.jsonType()),
            SourcePos{origin, root.line, root.column, QString()}));
        return result;
    }
    result.diagnostics +=
        SchemaValidator::validateImageEntry(root, origin, QString(), requireNameAndImage);
    result.entry = ConfigModelBuilder::buildImageEntry(root, origin, QString());
    result.diagnostics += ConfigValidator::validateImageEntry(result.entry);
    return result;
}

ImageEntryReadResult ConfigReader::readImageLabel(const QByteArray &labelText,
                                                  const QString &origin) {
    ImageEntryReadResult result = readImageEntry(labelText, origin, false);
    for (const char *key : {"name", "image"}) {
        const QString k = QString::fromLatin1(key);
        const Field<QString> &f =
            k == QLatin1String("name") ? result.entry.name : result.entry.image;
        if (f)
            result.diagnostics.append(Diagnostic::error(
                QStringLiteral("label"),
                QStringLiteral("the org.mobyproject.config label may not set %1").arg(k), f.pos));
    }
    return result;
}

} // namespace Lkc
