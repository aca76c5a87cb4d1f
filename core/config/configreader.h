// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QList>

namespace Lkc {

// A config read from one or more files, with everything found along the way.
struct ConfigReadResult {
    Config config;              // as much as could be read, even when there are errors
    DiagnosticList diagnostics; // in file order, then by position
    bool readable = true;       // false: a file is missing, too large, binary or not UTF-8

    bool hasErrors() const { return Lkc::hasErrors(diagnostics); }
};

// One image entry read on its own, e.g. an image's org.mobyproject.config label.
struct ImageEntryReadResult {
    ImageEntry entry;
    DiagnosticList diagnostics;

    bool hasErrors() const { return Lkc::hasErrors(diagnostics); }
};

// One config text with the name to report it under.
struct ConfigSource {
    QString fileName;
    QByteArray text;
};

// Reads LinuxKit YAML into the typed model and validates it like `linuxkit
// build` does (syntax, duplicate keys, schema, then the build's own checks),
// reporting every problem with file:line:col and YAML path. Never throws.
class ConfigReader {
public:
    // One text: parse, schema, model, checks.
    static ConfigReadResult readText(const QByteArray &text, const QString &fileName);
    // One file ("-" reads stdin).
    static ConfigReadResult readFile(const QString &path);
    // Several files merged in order (§2.12); the checks run on the merged config.
    static ConfigReadResult readFiles(const QStringList &paths);
    static ConfigReadResult readSources(const QList<ConfigSource> &sources);

    // An org.mobyproject.config label (JSON, read as YAML like LinuxKit does),
    // checked against the schema's image entry; it must not set name or image.
    // origin labels positions, e.g. "label of docker.io/linuxkit/sshd:…".
    static ImageEntryReadResult readImageLabel(const QByteArray &labelText, const QString &origin);
    // An image entry as YAML/JSON text (no name/image restriction, name and
    // image required only if requireNameAndImage).
    static ImageEntryReadResult readImageEntry(const QByteArray &text, const QString &origin,
                                               bool requireNameAndImage);

    // §2.12: kernel fields overridden by later configs when set (non-empty, or
    // set at all for tar/ucode); init, onboot, onshutdown, services, files and
    // volumes concatenated.
    static Config merge(const QList<Config> &configs);

    // Reads a config file's bytes with the size limit; errors are "unreadable".
    static QByteArray readBytes(const QString &path, DiagnosticList &diagnostics, bool *ok);
};

} // namespace Lkc
