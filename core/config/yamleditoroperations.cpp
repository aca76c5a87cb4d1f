// SPDX-License-Identifier: Apache-2.0
// The edit operations of YamlEditor: each turns one change into text replacements.
#include "config/yamleditor.h"
#include "config/yamllimits.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Lkc {

using Kind = YamlSyntaxNode::Kind;
using Role = YamlSyntaxNode::Role;

static QString spaces(qsizetype n) {
    return QString(std::max<qsizetype>(n, 0), QLatin1Char(' '));
}

static YamlTextEdits single(qsizetype offset, qsizetype length, const QString &replacement) {
    return YamlTextEdits{YamlTextEdit{offset, length, replacement}};
}

static const YamlSyntaxNode *parentIn(const std::vector<const YamlSyntaxNode *> &chain) {
    return chain.size() >= 2 ? chain[chain.size() - 2] : nullptr;
}

// Where LinuxKit puts its sections; a new top-level key goes in this order.
static int sectionRank(const QString &key) {
    static const std::array<const char *, 8> order = {"kernel",     "init",     "volumes", "onboot",
                                                      "onshutdown", "services", "files",   "trust"};
    for (size_t i = 0; i < order.size(); ++i)
        if (key == QLatin1String(order[i]))
            return int(i);
    return -1;
}

static int nestingOf(const YamlValue &value) {
    int deepest = 0;
    for (const YamlValue &item : value.items())
        deepest = std::max(deepest, nestingOf(item));
    for (const YamlValue::Entry &entry : value.entries())
        deepest = std::max(deepest, nestingOf(entry.second));
    return value.isScalar() ? 0 : deepest + 1;
}

// An edit may not write what the reader refuses (YamlLimits): the user would be left with
// a file that neither the window nor `lkc` opens again.
static Result<YamlTextEdits> withinLimits(Result<YamlTextEdits> edits, const QString &text,
                                          qsizetype levels, const QString &where) {
    if (!edits)
        return edits;
    if (levels > YamlLimits::kMaxDepth)
        return Error(QStringLiteral("the value would nest %1 levels deep; YAML deeper than %2 "
                                    "levels is not read")
                         .arg(levels)
                         .arg(YamlLimits::kMaxDepth),
                     where);
    const QString after = applyYamlTextEdits(text, *edits);
    const qsizetype bytes = after.toUtf8().size();
    if (bytes > YamlLimits::kMaxInputBytes)
        return Error(QStringLiteral("the edit would make the document %1 MiB; YAML larger than "
                                    "%2 MiB is not read")
                         .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
                         .arg(YamlLimits::kMaxInputBytes / (1024 * 1024)),
                     where);
    // The last guard: an edit is offered only if its result reads again. Text that yaml-cpp
    // reads in ways LinuxKit's parser would not (fuzz_yaml_editor found a root list followed
    // by a mapping) can give spans that do not end where the node does.
    if (const Result<YamlSyntaxTree> reread = YamlSyntaxTree::parse(after); !reread)
        return Error(QStringLiteral("the edit would leave text that does not read as YAML (%1); "
                                    "edit it in the text instead")
                         .arg(reread.error().toString()),
                     where);
    return edits;
}

Result<YamlTextEdits> YamlEditor::set(const YamlPath &path, const YamlValue &value) const {
    auto edits = setEdits(path, value);
    return withinLimits(edits ? Result<YamlTextEdits>(keepLiteralFinalBreak(*edits)) : edits,
                        text(), path.size() + nestingOf(value), path.toString());
}

Result<YamlTextEdits> YamlEditor::insertItem(const YamlPath &listPath, int index,
                                             const YamlValue &item) const {
    auto edits = insertEdits(listPath, index, item);
    return withinLimits(edits ? Result<YamlTextEdits>(keepLiteralFinalBreak(*edits)) : edits,
                        text(), listPath.size() + 1 + nestingOf(item), listPath.toString());
}

// A literal block needs a line break after its last line to keep its final newline; a file
// without one gets it when a new block ends up last.
YamlTextEdits YamlEditor::keepLiteralFinalBreak(YamlTextEdits edits) const {
    const YamlText &t = m_tree.text();
    if (t.text().endsWith(QLatin1Char('\n')))
        return edits;
    static const QRegularExpression header(
        QStringLiteral("[|>][0-9]?\\+?[0-9]?( +#[^\\n]*)?\\r?\\n"));
    for (YamlTextEdit &edit : edits) {
        if (edit.offset + edit.length == t.size() && edit.replacement.contains(header))
            edit.replacement += t.lineBreak();
    }
    return edits;
}

// True when a node's text ends with a block scalar that keeps its final line break.
bool YamlEditor::endsWithKeptBreak(const YamlSyntaxNode &node) const {
    const YamlSyntaxNode *n = &node;
    while (n->isCollection() && !n->flow && !n->children.empty())
        n = &n->children.back();
    if (n->kind != Kind::Scalar || (n->style != QLatin1Char('|') && n->style != QLatin1Char('>')))
        return false;
    const YamlText &t = m_tree.text();
    qsizetype end = n->valueStart + 1;
    while (end < t.size() && !t.isSpace(t.at(end)) && t.at(end) != QLatin1Char('\n'))
        ++end;
    return !slice(n->valueStart, end).contains(QLatin1Char('-'));
}

Result<YamlTextEdits> YamlEditor::setEdits(const YamlPath &path, const YamlValue &value) const {
    auto r = resolve(path);
    if (!r)
        return r.error();
    const YamlSyntaxNode &node = *r->chain.back();
    const YamlSyntaxNode *parent = parentIn(r->chain);
    if (r->rest.isEmpty())
        return replaceNode(node, parent, value);

    // Build what is missing below the deepest existing node, innermost first.
    YamlValue nested = value;
    for (qsizetype k = r->rest.size() - 1; k >= 1; --k) {
        const YamlPath::Segment &seg = r->rest[k];
        if (seg.isIndex()) {
            if (seg.index != 0)
                return missing(path, *r);
            nested = YamlValue::fromList({nested});
        } else {
            nested = YamlValue::fromMap({{seg.key, nested}});
        }
    }
    const YamlPath::Segment &first = r->rest.front();
    switch (node.kind) {
    case Kind::Mapping:
        return addEntry(node, parent, first.key, nested);
    case Kind::Sequence:
        if (size_t(first.index) != node.children.size())
            return missing(path, *r);
        return insertAt(node, parent, first.index, nested);
    case Kind::Null:
        if (first.isIndex()) {
            if (first.index != 0)
                return missing(path, *r);
            return replaceNode(node, parent, YamlValue::fromList({nested}));
        }
        return replaceNode(node, parent, YamlValue::fromMap({{first.key, nested}}));
    case Kind::Scalar:
        break;
    }
    return missing(path, *r);
}

Result<YamlTextEdits> YamlEditor::replaceNode(const YamlSyntaxNode &node,
                                              const YamlSyntaxNode *parent,
                                              const YamlValue &value) const {
    const YamlText &t = m_tree.text();
    // A collection's new items quote like its old ones; a scalar like its siblings.
    YamlEmitStyle style =
        (parent && !node.isCollection()) ? styleFor(*parent, nullptr) : styleFor(node, parent);
    const qsizetype ownerColumn = node.role == Role::Root ? 0 : node.column;
    const qsizetype blockIndent =
        ownerColumn + (node.role == Role::SeqItem ? style.itemIndent : style.mappingIndent);

    if (node.inFlow || (node.flow && !value.isScalar())) {
        YamlEmitter emitter(style);
        QString text = emitter.flow(value);
        if (node.valueStart == node.valueEnd && node.valueStart > 0 &&
            t.at(node.valueStart - 1) == QLatin1Char(':'))
            text.prepend(QLatin1Char(' '));
        return single(node.valueStart, node.valueEnd - node.valueStart, text);
    }

    if (node.kind == Kind::Scalar && value.isScalar()) {
        // Keep the scalar's own style: quoted stays quoted the same way, a literal block
        // stays a literal block at its indentation, plain stays plain when it can.
        style.quoteStrings = false;
        QString text;
        if (value.type() == YamlValue::Type::String) {
            const QString &s = value.scalarText();
            if (node.style == QLatin1Char('|') || node.style == QLatin1Char('>')) {
                qsizetype indent = blockIndent;
                for (qsizetype line = t.lineOf(node.valueStart) + 1;
                     line < t.lineCount() && t.lineStart(line) < node.valueEnd; ++line) {
                    if (!t.isBlank(line)) {
                        indent = t.indentOf(line);
                        break;
                    }
                }
                text = YamlEmitter(style).literalBlock(s, indent);
            } else if (node.style == QLatin1Char('"') || node.style == QLatin1Char('\'')) {
                if (!s.contains(QLatin1Char('\n')))
                    text = YamlEmitter::quoted(s, node.style);
            }
        }
        if (text.isEmpty())
            text = YamlEmitter(style).scalar(value, false, blockIndent);
        return replaceBeforeComment(node.valueStart, node.valueEnd, text);
    }

    if (node.isBlockCollection() && !value.isScalar()) {
        // Keep the collection's own indentation.
        const qsizetype offset = node.children.front().column - ownerColumn;
        if (node.kind == Kind::Sequence && node.role == Role::MapEntry && offset >= 0)
            style.sequenceIndent = int(offset);
        else if (node.kind == Kind::Mapping && node.role == Role::MapEntry && offset > 0)
            style.mappingIndent = int(offset);
        else if (node.kind == Kind::Mapping && node.role == Role::SeqItem && offset > 0)
            style.itemIndent = int(offset);
    }
    YamlEmitter emitter(style);

    if (node.role == Role::Root) {
        QString text = emitter.topLevel(value);
        if (node.kind == Kind::Null) {
            // An empty document (maybe only comments): append the value.
            QString prefix;
            if (!t.text().isEmpty() && !t.text().endsWith(QLatin1Char('\n')))
                prefix = t.lineBreak();
            return single(t.size(), 0, prefix + text + t.lineBreak());
        }
        return replaceBeforeComment(node.valueStart, node.valueEnd, text);
    }
    const QString text = node.role == Role::SeqItem ? emitter.afterDash(value, node.column)
                                                    : emitter.afterKey(value, node.column);
    return replaceBeforeComment(node.anchor, node.valueEnd, text);
}

// Replaces [start, end) with text. When the text spans lines and a comment follows `end` on
// its line, the comment stays on the first line (after `key:` or a block header): left at
// the end it would land inside a literal block's text.
YamlTextEdits YamlEditor::replaceBeforeComment(qsizetype start, qsizetype end, QString text) const {
    const YamlText &t = m_tree.text();
    const qsizetype firstBreak = text.indexOf(t.lineBreak());
    const qsizetype lineEnd = t.lineEnd(t.lineOf(end));
    if (firstBreak >= 0 && end <= lineEnd) {
        const QString tail = slice(end, lineEnd);
        if (!tail.trimmed().isEmpty()) {
            text.insert(firstBreak, tail);
            end = lineEnd;
        }
    }
    return single(start, end - start, text);
}

Result<YamlTextEdits> YamlEditor::addEntry(const YamlSyntaxNode &mapping,
                                           const YamlSyntaxNode *parent, const QString &key,
                                           const YamlValue &value) const {
    const YamlText &t = m_tree.text();
    const YamlEmitter emitter(styleFor(mapping, parent));
    if (mapping.flow) {
        const QString text = emitter.keyText(key) + QLatin1String(": ") + emitter.flow(value);
        if (mapping.children.empty())
            return single(mapping.valueStart + 1, 0, text);
        return single(mapping.children.back().entryEnd, 0, QLatin1String(", ") + text);
    }
    const qsizetype col = mapping.children.front().column;
    const QString entry = emitter.entry(key, value, col);
    if (mapping.role == Role::Root && sectionRank(key) >= 0) {
        for (size_t i = 0; i < mapping.children.size(); ++i) {
            const int rank = sectionRank(mapping.children[i].key);
            if (rank > sectionRank(key)) {
                const qsizetype at = t.lineStart(chunkStartLine(mapping, qsizetype(i)));
                return single(at, 0, spaces(col) + entry + t.lineBreak());
            }
        }
    }
    return single(mapping.children.back().entryEnd, 0, t.lineBreak() + spaces(col) + entry);
}

Result<YamlTextEdits> YamlEditor::insertAt(const YamlSyntaxNode &list, const YamlSyntaxNode *parent,
                                           qsizetype index, const YamlValue &item) const {
    const YamlText &t = m_tree.text();
    const YamlEmitter emitter(styleFor(list, parent));
    const qsizetype n = qsizetype(list.children.size());
    if (list.flow) {
        const QString text = emitter.flow(item);
        if (n == 0)
            return single(list.valueStart + 1, 0, text);
        if (index >= n)
            return single(list.children.back().entryEnd, 0, QLatin1String(", ") + text);
        return single(list.children[size_t(index)].entryStart, 0, text + QLatin1String(", "));
    }
    const qsizetype dash = list.children.front().column;
    const QString itemText = QLatin1Char('-') + emitter.afterDash(item, dash);
    if (index >= n)
        return single(list.children.back().entryEnd, 0, t.lineBreak() + spaces(dash) + itemText);
    const qsizetype at = t.lineStart(chunkStartLine(list, index));
    return single(at, 0, spaces(dash) + itemText + t.lineBreak());
}

Result<YamlTextEdits> YamlEditor::insertEdits(const YamlPath &listPath, int index,
                                              const YamlValue &item) const {
    auto r = resolve(listPath);
    if (!r)
        return r.error();
    if (!r->rest.isEmpty() || r->chain.back()->kind == Kind::Null) {
        if (index > 0)
            return Error(QStringLiteral("%1[%2]: no such item; %1 is empty")
                             .arg(listPath.toString())
                             .arg(index),
                         m_tree.location(r->chain.back()->entryStart));
        return setEdits(listPath, YamlValue::fromList({item}));
    }
    const YamlSyntaxNode &node = *r->chain.back();
    if (node.kind != Kind::Sequence)
        return Error(QStringLiteral("%1: is a %2, not a list")
                         .arg(listPath.toString(), node.kind == Kind::Mapping
                                                       ? QStringLiteral("mapping")
                                                       : QStringLiteral("single value")),
                     m_tree.location(node.entryStart));
    const qsizetype n = qsizetype(node.children.size());
    if (index > n)
        return Error(QStringLiteral("%1[%2]: cannot insert there; %1 has %3 items")
                         .arg(listPath.toString())
                         .arg(index)
                         .arg(n),
                     m_tree.location(node.entryStart));
    return insertAt(node, parentIn(r->chain), index < 0 ? n : index, item);
}

Result<YamlTextEdits> YamlEditor::remove(const YamlPath &path) const {
    Resolution r;
    auto found = existing(path, &r);
    if (!found)
        return found.error();
    const YamlSyntaxNode *parent = parentIn(r.chain);
    if (!parent)
        return Error(QStringLiteral("cannot remove the whole document"), m_tree.location(0));
    const YamlSyntaxNode &node = **found;
    const YamlText &t = m_tree.text();
    const qsizetype i = &node - parent->children.data();
    const qsizetype n = qsizetype(parent->children.size());

    if (parent->flow) {
        if (n == 1)
            return single(node.entryStart, node.entryEnd - node.entryStart, {});
        if (i + 1 < n) {
            const qsizetype end = parent->children[size_t(i + 1)].entryStart;
            return single(node.entryStart, end - node.entryStart, {});
        }
        const qsizetype start = parent->children[size_t(i - 1)].entryEnd;
        return single(start, node.entryEnd - start, {});
    }
    if (n == 1) {
        // Keep the parent's type: an emptied list is [], an emptied mapping {}.
        const QString empty =
            parent->kind == Kind::Mapping ? QStringLiteral("{}") : QStringLiteral("[]");
        if (parent->role == Role::Root)
            return single(node.entryStart, node.entryEnd - node.entryStart, empty);
        return single(parent->anchor, parent->valueEnd - parent->anchor, QLatin1Char(' ') + empty);
    }
    const qsizetype keyLine = t.lineOf(node.entryStart);
    const bool sharesLine = node.entryStart - t.lineStart(keyLine) != t.indentOf(keyLine);
    if (i == 0 && sharesLine) {
        // `- name: x` loses its first key: the next key moves up behind the '-'.
        const qsizetype next = parent->children[1].entryStart;
        return single(node.entryStart, next - node.entryStart, {});
    }
    YamlTextEdit edit = deleteLines(chunkStartLine(*parent, i), node.entryEnd);
    if (i > 0 && edit.offset + edit.length == t.size() && !t.text().endsWith(QLatin1Char('\n')) &&
        endsWithKeptBreak(parent->children[size_t(i - 1)])) {
        // The line break before the removed lines ends the block scalar above: keep it.
        const qsizetype start = t.lineStart(chunkStartLine(*parent, i));
        edit = YamlTextEdit{start, t.size() - start, {}};
    }
    return YamlTextEdits{edit};
}

Result<YamlTextEdits> YamlEditor::moveItem(const YamlPath &itemPath, int toIndex) const {
    Resolution r;
    auto found = existing(itemPath, &r);
    if (!found)
        return found.error();
    const YamlSyntaxNode *list = parentIn(r.chain);
    const YamlSyntaxNode &node = **found;
    // Mapping entries move the same way (a form reorders sysctl or annotations rows).
    if (!list || !list->isCollection())
        return Error(QStringLiteral("%1: is not a list item").arg(itemPath.toString()),
                     m_tree.location(node.entryStart));
    const qsizetype n = qsizetype(list->children.size());
    const qsizetype from = &node - list->children.data();
    if (toIndex < 0 || toIndex >= n)
        return Error(QStringLiteral("%1: cannot move to index %2; %3 has %4 items")
                         .arg(itemPath.toString())
                         .arg(toIndex)
                         .arg(itemPath.parent().toString())
                         .arg(n),
                     m_tree.location(node.entryStart));
    if (from == toIndex)
        return YamlTextEdits{};
    const qsizetype lo = std::min<qsizetype>(from, toIndex);
    const qsizetype hi = std::max<qsizetype>(from, toIndex);
    std::vector<qsizetype> order;
    for (qsizetype k = lo; k <= hi; ++k)
        order.push_back(k);
    if (from < toIndex)
        std::rotate(order.begin(), order.begin() + 1, order.end());
    else
        std::rotate(order.begin(), order.end() - 1, order.end());

    const YamlText &t = m_tree.text();
    std::vector<qsizetype> starts, ends;
    for (qsizetype k = lo; k <= hi; ++k) {
        const YamlSyntaxNode &item = list->children[size_t(k)];
        if (list->flow) {
            starts.push_back(item.entryStart);
            ends.push_back(item.entryEnd);
        } else {
            starts.push_back(t.lineStart(chunkStartLine(*list, k)));
            ends.push_back(t.nextLineStart(t.lineOf(item.entryEnd)));
        }
    }
    const qsizetype regionStart = starts.front();
    const qsizetype regionEnd = ends.back();
    QString out;
    for (qsizetype k = 0; k <= hi - lo; ++k) {
        const qsizetype src = order[size_t(k)] - lo;
        QString chunk = slice(starts[size_t(src)], ends[size_t(src)]);
        if (!list->flow && !chunk.endsWith(QLatin1Char('\n')))
            chunk += t.lineBreak();
        out += chunk;
        if (k < hi - lo)
            out += slice(ends[size_t(k)], starts[size_t(k + 1)]);
    }
    if (!list->flow && !slice(regionStart, regionEnd).endsWith(QLatin1Char('\n')) &&
        !endsWithKeptBreak(list->children[size_t(order.back())]))
        out.chop(t.lineBreak().size());
    return single(regionStart, regionEnd - regionStart, out);
}

} // namespace Lkc
