// SPDX-License-Identifier: Apache-2.0
#include "diagnostic.h"

#include <algorithm>

namespace Lkc {

QString Diagnostic::severityName() const {
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString Diagnostic::toString() const {
    QString where = pos.toString();
    if (where.isEmpty())
        where = QStringLiteral("<input>");
    QString text = where + QStringLiteral(": ") + severityName() + QStringLiteral(": ") + message;
    if (!pos.yamlPath.isEmpty() && !pos.isValid())
        text += QStringLiteral(" (at %1)").arg(pos.yamlPath);
    return text;
}

QJsonObject Diagnostic::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("severity"), severityName());
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("file"), pos.file);
    o.insert(QStringLiteral("line"), pos.line);
    o.insert(QStringLiteral("column"), pos.column);
    o.insert(QStringLiteral("yamlPath"), pos.yamlPath);
    o.insert(QStringLiteral("code"), code);
    return o;
}

bool hasErrors(const DiagnosticList &diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError(); });
}

QJsonArray diagnosticsToJson(const DiagnosticList &diagnostics) {
    QJsonArray array;
    for (const Diagnostic &d : diagnostics)
        array.append(d.toJson());
    return array;
}

void sortDiagnostics(DiagnosticList &diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         if (a.pos.file != b.pos.file)
                             return a.pos.file < b.pos.file;
                         if (a.pos.line != b.pos.line)
                             return a.pos.line < b.pos.line;
                         return a.pos.column < b.pos.column;
                     });
}

} // namespace Lkc
