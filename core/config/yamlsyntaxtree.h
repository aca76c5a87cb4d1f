// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/yamlsyntaxnode.h"
#include "config/yamltext.h"
#include "util/result.h"

#include <map>

namespace Lkc {

// A YAML document parsed by yaml-cpp, with text spans for every node and the layout habits
// of the file (how far lists and mappings are indented), so edits can copy its style.
class YamlSyntaxTree {
public:
    static Result<YamlSyntaxTree> parse(const QString &text, const QString &fileName = {});

    const YamlText &text() const { return m_text; }
    const YamlSyntaxNode &root() const { return m_root; }
    const QString &fileName() const { return m_fileName; }

    // The file's most common indent of a block list under its key ('-' column minus key
    // column), of a nested mapping, and of a mapping item's keys after its '-'.
    int sequenceIndent() const { return m_sequenceIndent; }
    int mappingIndent() const { return m_mappingIndent; }
    int itemIndent() const { return m_itemIndent; }
    // '"' or '\'', whichever the file quotes strings with more often ('"' if neither).
    QChar preferredQuote() const { return m_preferredQuote; }

    // "file:line:col" (1-based) of a position.
    QString location(qsizetype pos) const;

private:
    friend class YamlSyntaxTreeBuilder;
    YamlText m_text;
    QString m_fileName;
    YamlSyntaxNode m_root;
    int m_sequenceIndent = 2;
    int m_mappingIndent = 2;
    int m_itemIndent = 2;
    QChar m_preferredQuote = QLatin1Char('"');
};

} // namespace Lkc
