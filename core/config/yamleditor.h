// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/yamlemitter.h"
#include "config/yamlpath.h"
#include "config/yamlsyntaxtree.h"
#include "config/yamltextedit.h"
#include "config/yamlvalue.h"
#include "util/result.h"

#include <QString>

namespace Lkc {

// Where a node is in the text: its whole entry (key or '-' through its last line) and the
// human position of its start.
struct YamlSpan {
    qsizetype offset = 0;
    qsizetype length = 0;
    int line = 0;     // 1-based
    int column = 0;   // 1-based
    QString location; // "file:line:col"
};

// Lossless edits of a YAML document. Given the text and a path, each operation computes the
// smallest text replacement that makes the change, in the style of the lines around it
// (block or flow, indentation, quoting, line breaks); everything else stays byte for byte.
// Pure and cheap: parse once, ask for as many edits as needed, apply one of them (for
// example as one QUndoStack step), parse the new text. Indexes are 0-based.
class YamlEditor {
public:
    static Result<YamlEditor> parse(const QString &text, const QString &fileName = {});

    const QString &text() const { return m_tree.text().text(); }
    // The document after edits (computed on this text), parsed again for the next edit.
    Result<YamlEditor> applied(const YamlTextEdits &edits) const;
    const YamlSyntaxTree &syntaxTree() const { return m_tree; }

    bool contains(const YamlPath &path) const;
    // The typed value at a path (quoted scalars are strings, plain ones YAML 1.2 core types).
    Result<YamlValue> value(const YamlPath &path) const;
    Result<YamlSpan> span(const YamlPath &path) const;

    // Sets the value at `path`. A missing key is added to its mapping (and missing parent
    // mappings/lists are created, e.g. a first `files:` section); `list[n]` with n == the
    // list's size appends. An existing value keeps its quoting, block/flow style and indent.
    Result<YamlTextEdits> set(const YamlPath &path, const YamlValue &value) const;
    // Inserts an item into the list at `listPath` (index -1 appends); creates the list (and
    // its parents) when missing.
    Result<YamlTextEdits> insertItem(const YamlPath &listPath, int index,
                                     const YamlValue &item) const;
    Result<YamlTextEdits> appendItem(const YamlPath &listPath, const YamlValue &item) const {
        return insertItem(listPath, -1, item);
    }
    // Removes a mapping key (with everything under it) or a list item. Removing the last
    // key or item leaves `{}` or `[]`, so the parent keeps its type.
    Result<YamlTextEdits> remove(const YamlPath &path) const;
    // Moves a list item (or a mapping entry) to another index of the same list (mapping);
    // comments above it move along.
    Result<YamlTextEdits> moveItem(const YamlPath &itemPath, int toIndex) const;

private:
    struct Resolution {
        std::vector<const YamlSyntaxNode *> chain; // root … deepest existing node
        QList<YamlPath::Segment> rest;             // what does not exist yet
        qsizetype consumed = 0;                    // segments of the input path resolved
    };

    Result<Resolution> resolve(const YamlPath &path) const;
    Result<const YamlSyntaxNode *> existing(const YamlPath &path, Resolution *resolution) const;
    Error missing(const YamlPath &path, const Resolution &r) const;

    Result<YamlTextEdits> replaceNode(const YamlSyntaxNode &node, const YamlSyntaxNode *parent,
                                      const YamlValue &value) const;
    Result<YamlTextEdits> addEntry(const YamlSyntaxNode &mapping, const YamlSyntaxNode *parent,
                                   const QString &key, const YamlValue &value) const;
    Result<YamlTextEdits> insertAt(const YamlSyntaxNode &list, const YamlSyntaxNode *parent,
                                   qsizetype index, const YamlValue &item) const;

    Result<YamlTextEdits> setEdits(const YamlPath &path, const YamlValue &value) const;
    Result<YamlTextEdits> insertEdits(const YamlPath &listPath, int index,
                                      const YamlValue &item) const;
    YamlTextEdits keepLiteralFinalBreak(YamlTextEdits edits) const;
    bool endsWithKeptBreak(const YamlSyntaxNode &node) const;
    YamlTextEdits replaceBeforeComment(qsizetype start, qsizetype end, QString text) const;
    YamlEmitStyle styleFor(const YamlSyntaxNode &collection, const YamlSyntaxNode *parent) const;
    YamlValue valueOf(const YamlSyntaxNode &node) const;
    qsizetype chunkStartLine(const YamlSyntaxNode &parent, qsizetype index) const;
    YamlTextEdit deleteLines(qsizetype firstLine, qsizetype endPos) const;
    QString slice(qsizetype from, qsizetype to) const { return text().mid(from, to - from); }

    YamlSyntaxTree m_tree;
};

} // namespace Lkc
