// SPDX-License-Identifier: Apache-2.0
#include "config/yamleditor.h"

#include <algorithm>
#include <map>

namespace Lkc {

using Kind = YamlSyntaxNode::Kind;
using Role = YamlSyntaxNode::Role;

static QString describe(const YamlPath &path) {
    return path.isRoot() ? QStringLiteral("the document") : path.toString();
}

// LinuxKit's keys with a dot in their name; `binds.add` in a path is that key, not `add`
// under `binds` (which would be a list anyway).
static bool isDottedKey(const QString &first, const QString &second) {
    return second == QLatin1String("add") &&
           (first == QLatin1String("binds") || first == QLatin1String("capabilities"));
}

Result<YamlEditor> YamlEditor::parse(const QString &text, const QString &fileName) {
    auto tree = YamlSyntaxTree::parse(text, fileName);
    if (!tree)
        return tree.error();
    YamlEditor editor;
    editor.m_tree = std::move(tree.value());
    return editor;
}

Result<YamlEditor> YamlEditor::applied(const YamlTextEdits &edits) const {
    return parse(applyYamlTextEdits(text(), edits), m_tree.fileName());
}

Result<YamlEditor::Resolution> YamlEditor::resolve(const YamlPath &path) const {
    Resolution r;
    r.chain.push_back(&m_tree.root());
    const auto &segs = path.segments();
    qsizetype i = 0;
    while (i < segs.size()) {
        const YamlSyntaxNode &node = *r.chain.back();
        const YamlPath here = path.left(i);
        const QString where = m_tree.location(node.entryStart);
        if (node.kind == Kind::Null)
            break;
        if (node.kind == Kind::Scalar)
            return Error(QStringLiteral("%1: %2 is a single value, not a list or mapping")
                             .arg(path.left(i + 1).toString(), describe(here)),
                         where);
        if (segs[i].isIndex()) {
            if (node.kind != Kind::Sequence)
                return Error(QStringLiteral("%1: %2 is a mapping, not a list; use a key after it")
                                 .arg(path.left(i + 1).toString(), describe(here)),
                             where);
            if (size_t(segs[i].index) >= node.children.size())
                break;
            r.chain.push_back(&node.children[size_t(segs[i].index)]);
            ++i;
            continue;
        }
        if (node.kind != Kind::Mapping)
            return Error(QStringLiteral("%1: %2 is a list; pick an item like %2[0]")
                             .arg(path.left(i + 1).toString(), describe(here)),
                         where);
        const YamlSyntaxNode *found = nullptr;
        qsizetype used = i;
        QString joined;
        for (qsizetype j = i; j < segs.size() && !segs[j].isIndex(); ++j) {
            joined += (j > i ? QStringLiteral(".") : QString()) + segs[j].key;
            for (const YamlSyntaxNode &child : node.children) {
                if (child.key == joined) {
                    found = &child;
                    used = j;
                    break;
                }
            }
        }
        if (!found)
            break;
        r.chain.push_back(found);
        i = used + 1;
    }
    r.consumed = i;
    for (qsizetype k = i; k < segs.size(); ++k) {
        if (!segs[k].isIndex() && k + 1 < segs.size() && !segs[k + 1].isIndex() &&
            isDottedKey(segs[k].key, segs[k + 1].key)) {
            r.rest.append(YamlPath::Segment{segs[k].key + QStringLiteral(".add"), -1});
            ++k;
        } else {
            r.rest.append(segs[k]);
        }
    }
    return r;
}

Error YamlEditor::missing(const YamlPath &path, const Resolution &r) const {
    const YamlSyntaxNode &deepest = *r.chain.back();
    const YamlPath found = path.left(r.consumed);
    const QString where = m_tree.location(deepest.entryStart);
    const YamlPath::Segment &next = r.rest.front();
    if (next.isIndex() && deepest.kind == Kind::Sequence)
        return Error(QStringLiteral("%1: no such item; %2 has %3 items")
                         .arg(path.left(r.consumed + 1).toString(), describe(found))
                         .arg(deepest.children.size()),
                     where);
    if (deepest.kind == Kind::Null && !found.isRoot())
        return Error(QStringLiteral("%1: no such %2; %3 is empty")
                         .arg(path.left(r.consumed + 1).toString(),
                              next.isIndex() ? QStringLiteral("item") : QStringLiteral("key"),
                              describe(found)),
                     where);
    return Error(QStringLiteral("%1: no such key in %2")
                     .arg(path.left(r.consumed + 1).toString(), describe(found)),
                 where);
}

Result<const YamlSyntaxNode *> YamlEditor::existing(const YamlPath &path,
                                                    Resolution *resolution) const {
    auto r = resolve(path);
    if (!r)
        return r.error();
    if (!r->rest.isEmpty())
        return missing(path, *r);
    const YamlSyntaxNode *node = r->chain.back();
    if (resolution)
        *resolution = std::move(r.value());
    return node;
}

bool YamlEditor::contains(const YamlPath &path) const {
    auto r = resolve(path);
    return r && r->rest.isEmpty();
}

YamlValue YamlEditor::valueOf(const YamlSyntaxNode &node) const {
    switch (node.kind) {
    case Kind::Null:
        return YamlValue();
    case Kind::Scalar:
        return node.style.isNull() ? yamlPlainScalarValue(node.scalar)
                                   : YamlValue::fromString(node.scalar);
    case Kind::Sequence: {
        QList<YamlValue> items;
        for (const YamlSyntaxNode &child : node.children)
            items.append(valueOf(child));
        return YamlValue::fromList(std::move(items));
    }
    case Kind::Mapping: {
        QList<YamlValue::Entry> entries;
        for (const YamlSyntaxNode &child : node.children)
            entries.append({child.key, valueOf(child)});
        return YamlValue::fromMap(std::move(entries));
    }
    }
    return YamlValue();
}

Result<YamlValue> YamlEditor::value(const YamlPath &path) const {
    auto node = existing(path, nullptr);
    if (!node)
        return node.error();
    return valueOf(**node);
}

Result<YamlSpan> YamlEditor::span(const YamlPath &path) const {
    auto node = existing(path, nullptr);
    if (!node)
        return node.error();
    const YamlSyntaxNode &n = **node;
    const YamlText &t = m_tree.text();
    YamlSpan s;
    s.offset = n.entryStart;
    s.length = n.entryEnd - n.entryStart;
    s.line = int(t.lineOf(n.entryStart)) + 1;
    s.column = int(n.entryStart - t.lineStart(t.lineOf(n.entryStart))) + 1;
    s.location = m_tree.location(n.entryStart);
    return s;
}

YamlEmitStyle YamlEditor::styleFor(const YamlSyntaxNode &collection,
                                   const YamlSyntaxNode *parent) const {
    YamlEmitStyle style;
    style.lineBreak = m_tree.text().lineBreak();
    style.sequenceIndent = m_tree.sequenceIndent();
    style.mappingIndent = m_tree.mappingIndent();
    style.itemIndent = m_tree.itemIndent();
    style.quote = m_tree.preferredQuote();
    // Nearer examples override farther ones: the most common indent under the parent,
    // then under this collection itself.
    struct Counts {
        std::map<qsizetype, int> sequence, mapping, item;
    };
    auto count = [](const YamlSyntaxNode &n, int depth, Counts &counts, const auto &self) -> void {
        for (const YamlSyntaxNode &child : n.children) {
            if (depth > 0)
                self(child, depth - 1, counts, self);
            if (!child.isBlockCollection() || child.children.empty())
                continue;
            const qsizetype offset = child.children.front().column - child.column;
            if (offset < 0 || (offset == 0 && child.kind != Kind::Sequence))
                continue;
            if (child.kind == Kind::Sequence && child.role == Role::MapEntry)
                counts.sequence[offset]++;
            else if (child.kind == Kind::Mapping && child.role == Role::MapEntry)
                counts.mapping[offset]++;
            else if (child.kind == Kind::Mapping && child.role == Role::SeqItem)
                counts.item[offset]++;
        }
    };
    // The most common indent; on a tie the one already chosen (the file's habit) wins.
    auto apply = [](const std::map<qsizetype, int> &counts, int &indent) {
        int best = 0;
        for (const auto &[offset, n] : counts)
            best = std::max(best, n);
        if (best == 0 || (counts.count(indent) && counts.at(indent) == best))
            return;
        for (const auto &[offset, n] : counts) {
            if (n == best) {
                indent = int(offset);
                break;
            }
        }
    };
    for (const YamlSyntaxNode *n : {parent, &collection}) {
        if (!n)
            continue;
        Counts counts;
        count(*n, 2, counts, count);
        apply(counts.sequence, style.sequenceIndent);
        apply(counts.mapping, style.mappingIndent);
        apply(counts.item, style.itemIndent);
    }

    int plain = 0;
    int doubleQuoted = 0;
    int singleQuoted = 0;
    for (const YamlSyntaxNode &child : collection.children) {
        if (child.kind != Kind::Scalar)
            continue;
        if (child.style.isNull()) {
            if (yamlPlainScalarValue(child.scalar).type() == YamlValue::Type::String)
                ++plain;
        } else if (child.style == QLatin1Char('"')) {
            ++doubleQuoted;
        } else if (child.style == QLatin1Char('\'')) {
            ++singleQuoted;
        }
    }
    if (doubleQuoted + singleQuoted > 0)
        style.quote = singleQuoted > doubleQuoted ? QLatin1Char('\'') : QLatin1Char('"');
    style.quoteStrings = doubleQuoted + singleQuoted > plain;
    // Keys quote like the mapping's other keys (JSON-style files quote them all).
    int plainKeys = 0;
    int doubleKeys = 0;
    int singleKeys = 0;
    for (const YamlSyntaxNode &child : collection.children) {
        if (child.role != Role::MapEntry)
            continue;
        if (child.keyStyle.isNull())
            ++plainKeys;
        else
            ++(child.keyStyle == QLatin1Char('"') ? doubleKeys : singleKeys);
    }
    if (doubleKeys + singleKeys > plainKeys)
        style.keyQuote = singleKeys > doubleKeys ? QLatin1Char('\'') : QLatin1Char('"');
    return style;
}

// The first line of an item's "chunk": the item and the comment lines right above it at its
// own indentation (they describe it, so they go where it goes). The first item keeps none:
// comments under a key describe the whole list.
qsizetype YamlEditor::chunkStartLine(const YamlSyntaxNode &parent, qsizetype index) const {
    const YamlText &t = m_tree.text();
    const YamlSyntaxNode &child = parent.children[size_t(index)];
    qsizetype line = t.lineOf(child.entryStart);
    if (index == 0)
        return line;
    const qsizetype boundary = t.lineOf(parent.children[size_t(index - 1)].entryEnd);
    while (line - 1 > boundary && t.isCommentOnly(line - 1) && t.indentOf(line - 1) == child.column)
        --line;
    return line;
}

// Deletes whole lines firstLine…(line of endPos), with their line break; at the end of a
// file without a final line break, the break before them goes instead.
YamlTextEdit YamlEditor::deleteLines(qsizetype firstLine, qsizetype endPos) const {
    const YamlText &t = m_tree.text();
    const qsizetype lastLine = t.lineOf(endPos);
    qsizetype start = t.lineStart(firstLine);
    qsizetype end = t.nextLineStart(lastLine);
    if (!t.hasLineBreak(lastLine) && firstLine > 0)
        start = t.lineEnd(firstLine - 1);
    return YamlTextEdit{start, end - start, {}};
}

} // namespace Lkc
