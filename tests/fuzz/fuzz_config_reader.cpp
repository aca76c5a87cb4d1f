// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes through the whole config pipeline (YAML
// loader, schema walk, typed model, build checks) and the label reader. Besides
// crashes and sanitizer reports, it checks the invariants every caller relies
// on: each diagnostic has a code and a message, positions are 1-based or unset.
#include "config/configreader.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void checkDiagnostics(const Lkc::DiagnosticList &diagnostics) {
    for (const Lkc::Diagnostic &d : diagnostics) {
        const bool bad = d.message.isEmpty() || d.code.isEmpty() || d.pos.line < 0 ||
                         d.pos.column < 0 || (d.pos.line > 0 && d.pos.column == 0);
        if (bad) {
            std::fprintf(stderr, "bad diagnostic: %s [%s]\n", qPrintable(d.toString()),
                         qPrintable(d.code));
            std::abort();
        }
        (void)d.toString();
    }
    (void)QJsonDocument(Lkc::diagnosticsToJson(diagnostics)).toJson();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const Lkc::ConfigReadResult config =
        Lkc::ConfigReader::readText(text, QStringLiteral("fuzz.yml"));
    checkDiagnostics(config.diagnostics);
    // A config that reads without errors must read the same way twice.
    if (!config.hasErrors()) {
        const Lkc::ConfigReadResult again =
            Lkc::ConfigReader::readText(text, QStringLiteral("fuzz.yml"));
        if (again.diagnostics.size() != config.diagnostics.size() ||
            again.config.services.size() != config.config.services.size())
            std::abort();
    }
    const Lkc::ImageEntryReadResult label =
        Lkc::ConfigReader::readImageLabel(text, QStringLiteral("label"));
    checkDiagnostics(label.diagnostics);
    return 0;
}
