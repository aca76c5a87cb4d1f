// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sourcepos.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Lkc {

// One finding about a config: a YAML syntax error, a schema violation, a
// build-time check that would fail, or a warning about a likely mistake.
struct Diagnostic {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString message; // actionable; may end in a hint ("did you mean …?")
    SourcePos pos;   // file, line, column (1-based), yamlPath
    // Stable machine name of the check, e.g. "yaml-syntax", "schema-type",
    // "unknown-key", "capability", "unreadable" (tests and the GUI key on it).
    QString code;
    // A typo's one-click fix: the word at `pos` as written and what it most likely
    // meant (the "did you mean"); both empty when there is none.
    QString fixFrom;
    QString fixTo;

    static Diagnostic error(QString code, QString message, SourcePos pos) {
        return {Severity::Error, std::move(message), std::move(pos), std::move(code), {}, {}};
    }
    static Diagnostic warning(QString code, QString message, SourcePos pos) {
        return {Severity::Warning, std::move(message), std::move(pos), std::move(code), {}, {}};
    }

    bool isError() const { return severity == Severity::Error; }
    bool hasFix() const { return !fixFrom.isEmpty() && !fixTo.isEmpty(); }
    Diagnostic withFix(QString from, QString to) && {
        fixFrom = std::move(from);
        fixTo = std::move(to);
        return std::move(*this);
    }
    QString severityName() const;

    // "file:line:col: error: message" (the compiler format editors understand).
    QString toString() const;
    // {"severity","message","file","line","column","yamlPath","code"}
    QJsonObject toJson() const;
};

using DiagnosticList = QList<Diagnostic>;

bool hasErrors(const DiagnosticList &diagnostics);
QJsonArray diagnosticsToJson(const DiagnosticList &diagnostics);
// Sorted by file, line, column (stable for equal positions).
void sortDiagnostics(DiagnosticList &diagnostics);

} // namespace Lkc
