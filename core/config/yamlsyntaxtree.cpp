// SPDX-License-Identifier: Apache-2.0
#include "config/yamlsyntaxtree.h"

#include "config/yamllimits.h"
#include "config/yamlloader.h"
#include "util/utf8text.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Lkc {

using Kind = YamlSyntaxNode::Kind;
using Role = YamlSyntaxNode::Role;

// Builds the span tree from yaml-cpp's nodes. yaml-cpp reports only where a node starts
// (a byte offset), so ends come from lexical scans of the text.
class YamlSyntaxTreeBuilder {
public:
    // `utf8` is the text without a byte order mark (yaml-cpp positions do not count it).
    YamlSyntaxTreeBuilder(YamlSyntaxTree &tree, const QByteArray &utf8, qsizetype bomLength)
        : m_tree(tree)
        , m_t(tree.m_text)
        , m_bomLength(bomLength) {
        if (utf8.size() != m_t.size() - bomLength) {
            m_byteToUtf16.resize(size_t(utf8.size()) + 1);
            qsizetype units = 0;
            for (qsizetype i = 0; i < utf8.size(); ++i) {
                m_byteToUtf16[size_t(i)] = units;
                const auto b = static_cast<unsigned char>(utf8[i]);
                if ((b & 0xC0) != 0x80)
                    units += (b >= 0xF0) ? 2 : 1;
            }
            m_byteToUtf16[size_t(utf8.size())] = units;
        }
    }

    void build(const YAML::Node &doc) {
        YamlSyntaxNode &root = m_tree.m_root;
        root.role = Role::Root;
        buildValue(root, doc, -1, m_t.size(), -1, false);
        root.entryStart = root.valueStart;
        root.column = root.kind == Kind::Null ? 0 : m_t.columnOf(root.valueStart);
        root.entryEnd = root.isBlockCollection() ? root.valueEnd : root.valueEnd;
        m_tree.m_sequenceIndent = mostCommon(m_seqIndents, 2);
        m_tree.m_mappingIndent = mostCommon(m_mapIndents, 2);
        m_tree.m_itemIndent = mostCommon(m_itemIndents, 2);
        m_tree.m_preferredQuote =
            m_singleQuoted > m_doubleQuoted ? QLatin1Char('\'') : QLatin1Char('"');
    }

private:
    static int mostCommon(const std::map<qsizetype, int> &counts, int fallback) {
        int best = 0;
        int value = fallback;
        for (const auto &[indent, count] : counts) {
            if (indent > 0 && count > best) {
                best = count;
                value = int(indent);
            }
        }
        return value;
    }

    qsizetype pos(const YAML::Mark &mark) const {
        if (mark.pos < 0)
            return -1;
        if (m_byteToUtf16.empty())
            return mark.pos + m_bomLength;
        return m_byteToUtf16[std::min(size_t(mark.pos), m_byteToUtf16.size() - 1)] + m_bomLength;
    }

    // Anchors (&a) and tags (!t) come before the value itself.
    qsizetype skipProperties(qsizetype p) const {
        while (m_t.at(p) == QLatin1Char('&') || m_t.at(p) == QLatin1Char('!')) {
            while (p < m_t.size() && !m_t.isSpace(m_t.at(p)) && m_t.at(p) != QLatin1Char('\n'))
                ++p;
            while (p < m_t.size() && (m_t.isSpace(m_t.at(p)) || m_t.at(p) == QLatin1Char('\n')))
                ++p;
        }
        return p;
    }

    qsizetype nullTokenLength(qsizetype p) const {
        qsizetype len = 0;
        if (m_t.at(p) == QLatin1Char('~'))
            len = 1;
        else if (m_t.text().mid(p, 4).compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
            len = 4;
        if (len == 0)
            return 0;
        const QChar next = m_t.at(p + len);
        if (next.isNull() || m_t.isSpace(next) || next == QLatin1Char('\n') ||
            next == QLatin1Char(',') || next == QLatin1Char(']') || next == QLatin1Char('}') ||
            next == QLatin1Char('#'))
            return len;
        return 0;
    }

    void buildValue(YamlSyntaxNode &node, const YAML::Node &yn, qsizetype anchor, qsizetype limit,
                    qsizetype ownerColumn, bool inFlow) {
        node.anchor = anchor;
        node.inFlow = inFlow;
        const qsizetype markPos = pos(yn.Mark());
        switch (yn.Type()) {
        case YAML::NodeType::Scalar: {
            node.kind = Kind::Scalar;
            node.scalar = utf8Text(yn.Scalar());
            const qsizetype p = skipProperties(markPos);
            node.valueStart = p;
            const QChar c = m_t.at(p);
            if (yn.Tag() != "?" && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
                node.style = c;
                node.valueEnd = m_t.quotedEnd(p);
                (c == QLatin1Char('"') ? m_doubleQuoted : m_singleQuoted)++;
            } else if (yn.Tag() != "?" && (c == QLatin1Char('|') || c == QLatin1Char('>'))) {
                node.style = c;
                node.valueEnd = m_t.contentEnd(p, limit, ownerColumn);
            } else {
                node.valueEnd = inFlow ? m_t.flowPlainEnd(p) : m_t.blockPlainEnd(p, limit);
            }
            break;
        }
        case YAML::NodeType::Sequence:
        case YAML::NodeType::Map: {
            const bool isMap = yn.Type() == YAML::NodeType::Map;
            node.kind = isMap ? Kind::Mapping : Kind::Sequence;
            const qsizetype p = skipProperties(markPos);
            node.valueStart = p;
            if (yn.Style() == YAML::EmitterStyle::Flow) {
                node.flow = true;
                node.valueEnd = m_t.flowCollectionEnd(p);
                isMap ? buildFlowMap(node, yn) : buildFlowSeq(node, yn);
            } else {
                isMap ? buildBlockMap(node, yn, limit) : buildBlockSeq(node, yn, limit);
                node.valueEnd = node.children.empty() ? p : node.children.back().entryEnd;
            }
            break;
        }
        default: {
            node.kind = Kind::Null;
            const qsizetype p = markPos;
            const qsizetype len = (p >= 0 && p >= anchor && p < limit) ? nullTokenLength(p) : 0;
            if (len > 0) {
                node.valueStart = p;
                node.valueEnd = p + len;
            } else {
                node.valueStart = node.valueEnd = anchor >= 0 ? anchor : std::max<qsizetype>(p, 0);
            }
            break;
        }
        }
    }

    void buildBlockMap(YamlSyntaxNode &node, const YAML::Node &yn, qsizetype limit) {
        std::vector<std::pair<YAML::Node, YAML::Node>> pairs;
        for (auto it = yn.begin(); it != yn.end(); ++it)
            pairs.emplace_back(it->first, it->second);
        std::vector<qsizetype> keyStarts;
        for (const auto &pr : pairs)
            keyStarts.push_back(skipProperties(pos(pr.first.Mark())));
        node.children.resize(pairs.size());
        for (size_t i = 0; i < pairs.size(); ++i) {
            YamlSyntaxNode &child = node.children[i];
            child.role = Role::MapEntry;
            const qsizetype keyStart = keyStarts[i];
            fillKey(child, pairs[i].first, keyStart, false);
            qsizetype colon = child.keyEnd;
            while (m_t.isSpace(m_t.at(colon)))
                ++colon;
            const qsizetype region =
                i + 1 < pairs.size() ? m_t.lineStart(m_t.lineOf(keyStarts[i + 1])) : limit;
            const qsizetype col = m_t.columnOf(keyStart);
            buildValue(child, pairs[i].second, colon + 1, region, col, false);
            child.entryStart = keyStart;
            child.column = col;
            child.entryEnd = std::max(m_t.contentEnd(keyStart, region, col), child.valueEnd);
            if (child.isBlockCollection() && !child.children.empty()) {
                auto &counts = child.kind == Kind::Mapping ? m_mapIndents : m_seqIndents;
                counts[child.children.front().column - col]++;
            }
        }
    }

    void buildBlockSeq(YamlSyntaxNode &node, const YAML::Node &yn, qsizetype limit) {
        std::vector<YAML::Node> items(yn.begin(), yn.end());
        const qsizetype firstDash = node.valueStart;
        const qsizetype dashCol = m_t.columnOf(firstDash);
        std::vector<qsizetype> dashes;
        for (size_t i = 0; i < items.size(); ++i) {
            qsizetype dash = -1;
            if (i == 0) {
                dash = firstDash;
            } else if (items[i].Type() != YAML::NodeType::Null) {
                qsizetype j = pos(items[i].Mark()) - 1;
                while (j > 0 && (m_t.isSpace(m_t.at(j)) || m_t.at(j) == QLatin1Char('\n')))
                    --j;
                if (m_t.at(j) == QLatin1Char('-'))
                    dash = j;
            }
            if (dash < 0) { // an empty item: the next line with a '-' in this list's column
                for (qsizetype line = m_t.lineOf(dashes.back()) + 1; line < m_t.lineCount();
                     ++line) {
                    const qsizetype at = m_t.lineStart(line) + dashCol;
                    if (m_t.indentOf(line) == dashCol && m_t.at(at) == QLatin1Char('-')) {
                        dash = at;
                        break;
                    }
                }
                if (dash < 0)
                    dash = dashes.back();
            }
            dashes.push_back(dash);
        }
        node.children.resize(items.size());
        for (size_t i = 0; i < items.size(); ++i) {
            YamlSyntaxNode &child = node.children[i];
            child.role = Role::SeqItem;
            const qsizetype dash = dashes[i];
            const qsizetype region =
                i + 1 < items.size() ? m_t.lineStart(m_t.lineOf(dashes[i + 1])) : limit;
            const qsizetype col = m_t.columnOf(dash);
            buildValue(child, items[i], dash + 1, region, col, false);
            child.entryStart = dash;
            child.column = col;
            child.entryEnd = std::max(m_t.contentEnd(dash, region, col), child.valueEnd);
            if (child.kind == Kind::Mapping && !child.flow && !child.children.empty())
                m_itemIndents[child.children.front().column - col]++;
        }
    }

    void buildFlowSeq(YamlSyntaxNode &node, const YAML::Node &yn) {
        const qsizetype closer = node.valueEnd - 1;
        for (const YAML::Node &item : yn) {
            YamlSyntaxNode child;
            child.role = Role::SeqItem;
            buildValue(child, item, -1, closer, m_t.columnOf(node.valueStart), true);
            child.entryStart = child.valueStart;
            child.entryEnd = child.valueEnd;
            child.column = m_t.columnOf(child.entryStart);
            node.children.push_back(std::move(child));
        }
    }

    void buildFlowMap(YamlSyntaxNode &node, const YAML::Node &yn) {
        const qsizetype closer = node.valueEnd - 1;
        for (auto it = yn.begin(); it != yn.end(); ++it) {
            YamlSyntaxNode child;
            child.role = Role::MapEntry;
            const qsizetype keyStart = skipProperties(pos(it->first.Mark()));
            fillKey(child, it->first, keyStart, true);
            const qsizetype after = m_t.skipSpaceAndComments(child.keyEnd, closer);
            const bool hasColon = m_t.at(after) == QLatin1Char(':');
            const qsizetype anchor = hasColon ? after + 1 : child.keyEnd;
            buildValue(child, it->second, anchor, closer, m_t.columnOf(keyStart), true);
            child.entryStart = keyStart;
            child.entryEnd = std::max(child.valueEnd, child.keyEnd);
            child.column = m_t.columnOf(keyStart);
            node.children.push_back(std::move(child));
        }
    }

    void fillKey(YamlSyntaxNode &child, const YAML::Node &key, qsizetype keyStart, bool flow) {
        child.key = utf8Text(key.Scalar());
        child.keyStart = keyStart;
        const QChar c = m_t.at(keyStart);
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            child.keyStyle = c;
        child.keyEnd = m_t.keyEnd(keyStart, flow);
    }

    YamlSyntaxTree &m_tree;
    const YamlText &m_t;
    qsizetype m_bomLength = 0;
    std::vector<qsizetype> m_byteToUtf16;
    std::map<qsizetype, int> m_seqIndents;
    std::map<qsizetype, int> m_mapIndents;
    std::map<qsizetype, int> m_itemIndents;
    int m_doubleQuoted = 0;
    int m_singleQuoted = 0;
};

Result<YamlSyntaxTree> YamlSyntaxTree::parse(const QString &text, const QString &fileName) {
    YamlSyntaxTree tree;
    tree.m_text = YamlText(text);
    tree.m_fileName = fileName;
    const qsizetype bom = text.startsWith(QChar(0xfeff)) ? 1 : 0;
    const QByteArray utf8 = QStringView(text).mid(bom).toUtf8();
    const QString name = fileName.isEmpty() ? QStringLiteral("<yaml>") : fileName;
    const std::string bytes = utf8.toStdString();
    // The reader's limits, checked on events before yaml-cpp builds a node graph: the walk
    // below recurses once per level and follows aliases (a bomb or a cycle would not end).
    if (const auto problem = YamlLimits::check(bytes))
        return Error(problem->message,
                     QStringLiteral("%1:%2:%3").arg(name).arg(problem->line).arg(problem->column));
    // The reader refuses what LinuxKit's parser refuses and yaml-cpp lets through (a last key
    // without its ':', a stray tab, text after the document …): the editor must not accept a
    // text the reader then rejects, or an edit could turn it into something else again.
    {
        const YamlLoadResult read = YamlLoader::load(utf8, name);
        if (!read.parsed) {
            for (const Diagnostic &d : read.diagnostics)
                if (d.isError())
                    return Error(
                        d.message,
                        QStringLiteral("%1:%2:%3").arg(name).arg(d.pos.line).arg(d.pos.column));
            return Error(QStringLiteral("YAML syntax error"), name);
        }
    }
    try {
        const YAML::Node doc = YAML::Load(bytes);
        YamlSyntaxTreeBuilder builder(tree, utf8, bom);
        builder.build(doc);
    } catch (const YAML::Exception &e) {
        return Error(
            QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(e.msg)),
            QStringLiteral("%1:%2:%3").arg(name).arg(e.mark.line + 1).arg(e.mark.column + 1));
    }
    return tree;
}

QString YamlSyntaxTree::location(qsizetype pos) const {
    const QString name = m_fileName.isEmpty() ? QStringLiteral("<yaml>") : m_fileName;
    pos = std::clamp<qsizetype>(pos, 0, m_text.size());
    const qsizetype line = m_text.lineOf(pos);
    return QStringLiteral("%1:%2:%3").arg(name).arg(line + 1).arg(pos - m_text.lineStart(line) + 1);
}

} // namespace Lkc
