// SPDX-License-Identifier: Apache-2.0
#include "config/yamlsyntaxchecks.h"

#include <QRegularExpression>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <cctype>

namespace Lkc::YamlSyntaxChecks {

namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}

bool isBreak(char c) {
    return c == '\n' || c == '\r';
}

// The first non-blank character of the line holding `offset`?
bool startsItsLine(const QByteArray &text, qsizetype offset) {
    for (qsizetype i = offset - 1; i >= 0 && !isBreak(text[i]); --i)
        if (!isBlank(text[i]) && text[i] != '-' && text[i] != '?')
            return false;
    return true;
}

// Stops the parse at the first node of a document, remembering where it is.
struct FoundStart {
    YAML::Mark mark;
};

class StartFinder : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override { throw FoundStart{mark}; }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override { throw FoundStart{mark}; }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                  const std::string &) override {
        throw FoundStart{mark};
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        throw FoundStart{mark};
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        throw FoundStart{mark};
    }
    void OnMapEnd() override {}
};

} // namespace

std::optional<YAML::Mark> nextDocumentStart(YAML::Parser &parser) {
    try {
        StartFinder finder;
        parser.HandleNextDocument(finder);
    } catch (const FoundStart &found) {
        return found.mark;
    } catch (const YAML::Exception &e) {
        if (!e.mark.is_null())
            return e.mark;
    }
    return std::nullopt;
}

std::optional<Problem> tabAfterIndicator(const QByteArray &text, qsizetype nodeOffset,
                                         bool acrossLines) {
    if (nodeOffset <= 0 || nodeOffset > text.size())
        return std::nullopt;
    qsizetype i = nodeOffset - 1;
    qsizetype tab = -1;
    while (i >= 0 && (isBlank(text[i]) || (acrossLines && isBreak(text[i])))) {
        if (isBreak(text[i]))
            tab = -1; // only the run on the indicator's own line counts
        else if (text[i] == '\t')
            tab = i;
        --i;
    }
    if (tab < 0)
        return std::nullopt;
    if (i < 0 || isBreak(text[i]))
        return Problem{QStringLiteral("found a tab in the indentation; YAML indents with spaces"),
                       tab};
    const char indicator = text[i];
    const bool atTokenStart = i == 0 || isBlank(text[i - 1]) || isBreak(text[i - 1]);
    if (!atTokenStart)
        return std::nullopt;
    if (indicator == '-' || indicator == '?' || (indicator == ':' && startsItsLine(text, i)))
        return Problem{QStringLiteral("found a tab after '%1' where a value starts; YAML "
                                      "separates a block indicator from its value with spaces")
                           .arg(QLatin1Char(indicator)),
                       tab};
    return std::nullopt;
}

std::optional<Problem> emptyFlowEntry(const QByteArray &text, qsizetype nodeOffset) {
    auto skipBack = [&text](qsizetype i) {
        while (i >= 0 && (isBlank(text[i]) || isBreak(text[i])))
            --i;
        return i;
    };
    const qsizetype comma = skipBack(nodeOffset - 1);
    if (comma < 0 || text[comma] != ',')
        return std::nullopt;
    const qsizetype before = skipBack(comma - 1);
    if (before >= 0 && (text[before] == ',' || text[before] == '[' || text[before] == '{'))
        return Problem{QStringLiteral("did not find expected node content: an empty entry "
                                      "before this ','"),
                       comma};
    return std::nullopt;
}

std::optional<Problem> unterminatedQuote(const QByteArray &text, qsizetype nodeOffset) {
    qsizetype p = nodeOffset;
    // Anchors and tags come first.
    while (p < text.size() && (text[p] == '&' || text[p] == '!')) {
        while (p < text.size() && !isBlank(text[p]) && !isBreak(text[p]))
            ++p;
        while (p < text.size() && (isBlank(text[p]) || isBreak(text[p])))
            ++p;
    }
    if (p >= text.size() || (text[p] != '"' && text[p] != '\''))
        return std::nullopt;
    const char quote = text[p];
    for (qsizetype i = p + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i; // '' is a quote inside single quotes
                continue;
            }
            return std::nullopt;
        }
    }
    return Problem{QStringLiteral("found unexpected end of the text in a quoted string opened "
                                  "here (a closing %1 is missing)")
                       .arg(QLatin1Char(quote)),
                   p};
}

std::optional<Problem> badNodeStart(const QByteArray &text, qsizetype nodeOffset, bool inFlow) {
    qsizetype p = nodeOffset;
    const auto ends = [&](qsizetype at) {
        return at >= text.size() || isBlank(text[at]) || isBreak(text[at]) ||
               (inFlow && text[at] == ',');
    };
    // Properties first: anchors, then tags (libyaml: a shorthand tag's suffix stops at
    // ',', '[' and ']', and the tag must then end).
    while (p < text.size() && (text[p] == '&' || text[p] == '!')) {
        if (text[p] == '&') {
            while (!ends(p))
                ++p;
        } else if (p + 1 < text.size() && text[p + 1] == '<') {
            while (p < text.size() && text[p] != '>' && !isBreak(text[p]))
                ++p;
            if (p < text.size() && text[p] == '>')
                ++p;
        } else {
            ++p;
            static const QByteArray uri = QByteArrayLiteral("-_;/?:@&=+$.!~*'()%");
            while (p < text.size() &&
                   (std::isalnum(static_cast<unsigned char>(text[p])) || uri.contains(text[p])))
                ++p;
        }
        if (!ends(p))
            return Problem{QStringLiteral("did not find expected whitespace or line break "
                                          "after a tag or anchor"),
                           p};
        while (p < text.size() && isBlank(text[p]))
            ++p;
    }
    if (p >= text.size() || inFlow)
        return std::nullopt;
    const char c = text[p];
    if (c == ',' || c == ']' || c == '}')
        return Problem{QStringLiteral("did not find expected node content: '%1' only separates "
                                      "or closes a flow collection (quote the value)")
                           .arg(QLatin1Char(c)),
                       p};
    if (c == '@' || c == '`')
        return Problem{QStringLiteral("found character '%1' that cannot start any token "
                                      "(quote the value)")
                           .arg(QLatin1Char(c)),
                       p};
    return std::nullopt;
}

bool isUndefinedTagHandle(const QString &tag) {
    static const QRegularExpression named(QStringLiteral("^![0-9A-Za-z-]*!."));
    return named.match(tag).hasMatch();
}

std::optional<Problem> badDirective(const QByteArray &text) {
    // The prologue: directives, comments and blank lines before the first document.
    static const QRegularExpression known(QStringLiteral("^%(YAML|TAG)[ \\t]+\\S"));
    qsizetype line = 0;
    while (line < text.size()) {
        qsizetype end = text.indexOf('\n', line);
        if (end < 0)
            end = text.size();
        const QByteArray content = text.mid(line, end - line).trimmed();
        if (text[line] == '%') {
            if (!known.match(QString::fromUtf8(text.mid(line, end - line))).hasMatch())
                return Problem{QStringLiteral("found an unknown or incomplete directive (only "
                                              "%YAML and %TAG exist)"),
                               line};
        } else if (!content.isEmpty() && !content.startsWith('#')) {
            break;
        }
        line = end + 1;
    }
    return incompatibleVersion(text);
}

std::optional<Problem> incompatibleVersion(const QByteArray &text) {
    static const QRegularExpression directive(QStringLiteral("^%YAML[ \\t]+([0-9]+)\\.([0-9]+)"),
                                              QRegularExpression::MultilineOption);
    // Directives come before the first document only; a later one belongs to a document
    // go-yaml does not read.
    const qsizetype end = nextDocumentMarker(text, 0);
    auto it = directive.globalMatch(QString::fromUtf8(text.left(end)));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) != QLatin1String("1") ||
            (m.captured(2) != QLatin1String("1") && m.captured(2) != QLatin1String("2")))
            return Problem{
                QStringLiteral("found incompatible YAML document (%YAML %1.%2; "
                               "1.1 or 1.2 is required)")
                    .arg(m.captured(1), m.captured(2)),
                qsizetype(
                    QString::fromUtf8(text.left(end)).left(m.capturedStart()).toUtf8().size())};
    }
    return std::nullopt;
}

qsizetype nextDocumentMarker(const QByteArray &text, qsizetype from) {
    qsizetype line = from <= 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
    while (line < text.size()) {
        if (line >= from && (text.mid(line, 3) == "---" || text.mid(line, 3) == "...") &&
            (line + 3 >= text.size() || isBlank(text[line + 3]) || isBreak(text[line + 3])))
            return line;
        const qsizetype next = text.indexOf('\n', line);
        if (next < 0)
            break;
        line = next + 1;
    }
    return text.size();
}

} // namespace Lkc::YamlSyntaxChecks
