// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <yaml-cpp/mark.h>

#include <optional>

namespace YAML {
class Parser;
}

namespace Lkc {

// Syntax rules that LinuxKit's parser (go-yaml, a port of libyaml) enforces and yaml-cpp
// lets pass; tests/core/tst_yamldifferential.cpp finds them by comparing with libyaml.
// Offsets are byte offsets into the UTF-8 text.
namespace YamlSyntaxChecks {

struct Problem {
    QString message;
    qsizetype offset = 0;
};

// A tab between a block indicator ('-', '?', or the ':' of an explicit key at the start
// of its line) and the node after it: libyaml only skips spaces there ("found character
// that cannot start any token"). `nodeOffset` is where the node starts; `acrossLines`
// also looks past line breaks (an empty node is marked where the next one starts).
std::optional<Problem> tabAfterIndicator(const QByteArray &text, qsizetype nodeOffset,
                                         bool acrossLines);

// A flow collection entry with nothing in it (`[a,, b]`, `[, a]`), seen from the node
// after it; libyaml: "did not find expected node content".
std::optional<Problem> emptyFlowEntry(const QByteArray &text, qsizetype nodeOffset);

// A quoted scalar starting at `nodeOffset` (after any anchor or tag) that the text
// never closes; yaml-cpp ends it at the end of the text.
std::optional<Problem> unterminatedQuote(const QByteArray &text, qsizetype nodeOffset);

// What libyaml's scanner refuses where a node starts: a tag not followed by a blank
// (`!["a"]`: "did not find expected whitespace or line break"), and, outside flow
// collections, content starting with ',', ']' or '}' (flow tokens: "did not find expected
// node content") or with the reserved '@' or '`'.
std::optional<Problem> badNodeStart(const QByteArray &text, qsizetype nodeOffset, bool inFlow);

// A tag like `!foo!bar` whose named handle no %TAG directive declares (yaml-cpp keeps it
// as written; libyaml: "found undefined tag handle").
bool isUndefinedTagHandle(const QString &tag);

// A %YAML directive for a version other than 1.1 or 1.2.
std::optional<Problem> incompatibleVersion(const QByteArray &text);
// That, or a directive other than %YAML and %TAG (or one without its arguments).
std::optional<Problem> badDirective(const QByteArray &text);

// Where the first document-marker line ("---" or "...") at or after `from` starts, or
// the text's size: a root block collection runs up to there in libyaml.
qsizetype nextDocumentMarker(const QByteArray &text, qsizetype from);

// Where the next document of `parser` starts (its first node, or where reading it
// failed); nullopt at the end of the text. Reads no further than that.
std::optional<YAML::Mark> nextDocumentStart(YAML::Parser &parser);

} // namespace YamlSyntaxChecks

} // namespace Lkc
