// SPDX-License-Identifier: Apache-2.0
#include "yamlloader.h"

#include "util/utf8text.h"
#include "yamlsyntaxchecks.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <QHash>
#include <QSet>

#include <algorithm>

#include <map>
#include <optional>
#include <sstream>

namespace Lkc {

namespace {

// Thrown by the tree builder from inside yaml-cpp's callbacks to stop parsing
// at once; caught in load() (never crosses the API).
struct LoadAbort {
    QString code;
    QString message;
    YAML::Mark mark;
};

class TreeBuilder : public YAML::EventHandler {
public:
    explicit TreeBuilder(const QByteArray &text)
        : m_text(text) {}

    YamlNode root;
    bool haveRoot = false;
    bool rootIsBlockCollection = false;
    qsizetype rootOffset = 0;
    int rootColumn = 0;

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override {
        checkStart(mark, true);
        // yaml-cpp reads a last key without its ':' as "key: null", marking the null
        // where the key is; libyaml: "could not find expected ':'".
        if (!m_open.empty() && !m_openFlow.back() && m_open.back().isMapping() &&
            m_open.back().children.size() % 2 == 1) {
            const YamlNode &key = m_open.back().children.back();
            if (key.line == mark.line + 1 && key.column == mark.column + 1)
                throw LoadAbort{QStringLiteral("yaml-syntax"),
                                QStringLiteral("YAML syntax error: could not find expected ':' "
                                               "after this key"),
                                mark};
        }
        YamlNode node;
        setPos(node, mark);
        countNode(mark);
        add(std::move(node), anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override {
        checkStart(mark, false);
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            throw LoadAbort{QStringLiteral("yaml-alias"),
                            QStringLiteral("alias refers to a node that contains it"), mark};
        const YamlNode &target = it->second;
        if (int(m_open.size()) + target.height > YamlLoader::kMaxTreeDepth)
            throw LoadAbort{QStringLiteral("too-deep"),
                            QStringLiteral("aliases expand to more than %1 levels of nesting")
                                .arg(YamlLoader::kMaxTreeDepth),
                            mark};
        m_nodes += target.subtreeSize;
        checkBudget(mark);
        YamlNode copy = target;
        setPos(copy, mark);
        add(std::move(copy), 0);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override {
        checkStart(mark, false);
        checkTag(tag, mark);
        YamlNode node;
        node.kind = YamlNode::Kind::Scalar;
        setPos(node, mark);
        setTag(node, tag);
        node.quoted = tag == "!";
        node.text = utf8Text(value);
        countNode(mark);
        add(std::move(node), anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        open(YamlNode::Kind::Sequence, mark, tag, anchor, style == YAML::EmitterStyle::Flow);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        open(YamlNode::Kind::Mapping, mark, tag, anchor, style == YAML::EmitterStyle::Flow);
    }
    void OnMapEnd() override { close(); }

private:
    static void setPos(YamlNode &node, const YAML::Mark &mark) {
        node.line = mark.line + 1;
        node.column = mark.column + 1;
    }
    static void setTag(YamlNode &node, const std::string &tag) {
        if (tag != "?" && tag != "!" && !tag.empty())
            node.tag = QString::fromStdString(tag);
    }

    void countNode(const YAML::Mark &mark) {
        ++m_nodes;
        checkBudget(mark);
    }
    void checkBudget(const YAML::Mark &mark) {
        if (m_nodes > YamlLoader::kMaxNodes)
            throw LoadAbort{QStringLiteral("too-large"),
                            QStringLiteral("document has more than %1 nodes (after expanding "
                                           "aliases); a LinuxKit config has a few thousand")
                                .arg(YamlLoader::kMaxNodes),
                            mark};
    }

    // Checking depth here, before yaml-cpp descends into the children, is what
    // bounds yaml-cpp's own recursion: it reports each level before parsing it.
    // Where a node starts: libyaml's rules that yaml-cpp does not apply there.
    void checkStart(const YAML::Mark &mark, bool empty) const {
        std::optional<YamlSyntaxChecks::Problem> problem;
        if (!m_openFlow.empty() && m_openFlow.back()) // flow: tabs separate tokens freely
            problem = empty ? std::nullopt : YamlSyntaxChecks::emptyFlowEntry(m_text, mark.pos);
        else
            problem = YamlSyntaxChecks::tabAfterIndicator(m_text, mark.pos, empty);
        if (!problem && !empty)
            problem = YamlSyntaxChecks::unterminatedQuote(m_text, mark.pos);
        if (!problem && !empty)
            problem = YamlSyntaxChecks::badNodeStart(m_text, mark.pos,
                                                     !m_openFlow.empty() && m_openFlow.back());
        if (problem) {
            YAML::Mark at = mark;
            at.pos = int(problem->offset);
            at.line = int(m_text.left(problem->offset).count('\n'));
            at.column =
                problem->offset == 0
                    ? 0
                    : int(problem->offset - (m_text.lastIndexOf('\n', problem->offset - 1) + 1));
            throw LoadAbort{QStringLiteral("yaml-syntax"),
                            QStringLiteral("YAML syntax error: %1").arg(problem->message), at};
        }
    }
    static void checkTag(const std::string &tag, const YAML::Mark &mark) {
        if (YamlSyntaxChecks::isUndefinedTagHandle(QString::fromStdString(tag)))
            throw LoadAbort{QStringLiteral("yaml-syntax"),
                            QStringLiteral("YAML syntax error: found undefined tag handle in "
                                           "%1 (declare it with %TAG)")
                                .arg(QString::fromStdString(tag)),
                            mark};
    }

    void open(YamlNode::Kind kind, const YAML::Mark &mark, const std::string &tag,
              YAML::anchor_t anchor, bool flow) {
        checkStart(mark, false);
        checkTag(tag, mark);
        if (m_open.empty()) {
            rootIsBlockCollection = !flow;
            rootOffset = mark.pos;
            rootColumn = mark.column;
        }
        if (int(m_open.size()) >= YamlLoader::kMaxDepth)
            throw LoadAbort{
                QStringLiteral("too-deep"),
                QStringLiteral("nesting is deeper than %1 levels").arg(YamlLoader::kMaxDepth),
                mark};
        YamlNode node;
        node.kind = kind;
        setPos(node, mark);
        setTag(node, tag);
        countNode(mark);
        m_open.push_back(std::move(node));
        m_openAnchors.push_back(anchor);
        m_openFlow.push_back(flow);
    }

    void close() {
        YamlNode node = std::move(m_open.back());
        const YAML::anchor_t anchor = m_openAnchors.back();
        m_open.pop_back();
        m_openAnchors.pop_back();
        m_openFlow.pop_back();
        applyMergeKeys(node);
        node.subtreeSize = 1;
        node.height = 1;
        for (const YamlNode &child : node.children) {
            node.subtreeSize += child.subtreeSize;
            node.height = std::max(node.height, child.height + 1);
        }
        add(std::move(node), anchor);
    }

    // YAML merge keys ("<<: *base"): yaml.v3 applies them, yaml-cpp's event API
    // leaves them as ordinary keys. Keys written in the mapping itself win, then
    // the merged mappings in order.
    void applyMergeKeys(YamlNode &map) {
        if (!map.isMapping())
            return;
        auto isMergeKey = [](const YamlNode &key) {
            return key.isScalar() && !key.quoted && key.tag.isEmpty() &&
                   key.text == QLatin1String("<<");
        };
        bool any = false;
        for (qsizetype i = 0; i < map.mapSize(); ++i)
            any = any || isMergeKey(map.mapKey(i));
        if (!any)
            return;
        std::vector<YamlNode> own;
        std::vector<const YamlNode *> sources;
        QSet<QString> present;
        for (qsizetype i = 0; i < map.mapSize(); ++i) {
            const YamlNode &key = map.mapKey(i);
            const YamlNode &value = map.mapValue(i);
            if (!isMergeKey(key)) {
                if (key.isScalar())
                    present.insert(key.text);
                continue;
            }
            YAML::Mark mark;
            mark.line = key.line - 1;
            mark.column = key.column - 1;
            if (value.isMapping()) {
                sources.push_back(&value);
            } else if (value.isSequence() &&
                       std::all_of(value.children.begin(), value.children.end(),
                                   [](const YamlNode &n) { return n.isMapping(); })) {
                for (const YamlNode &item : value.children)
                    sources.push_back(&item);
            } else {
                throw LoadAbort{QStringLiteral("yaml-merge"),
                                QStringLiteral("map merge (<<) requires a mapping or a list of "
                                               "mappings as its value"),
                                mark};
            }
        }
        std::vector<YamlNode> merged;
        for (qsizetype i = 0; i < map.mapSize(); ++i)
            if (!isMergeKey(map.mapKey(i))) {
                merged.push_back(std::move(map.children[size_t(2 * i)]));
                merged.push_back(std::move(map.children[size_t(2 * i + 1)]));
            }
        for (const YamlNode *source : sources) {
            for (qsizetype i = 0; i < source->mapSize(); ++i) {
                const YamlNode &key = source->mapKey(i);
                if (!key.isScalar() || present.contains(key.text))
                    continue;
                present.insert(key.text);
                m_nodes += key.subtreeSize + source->mapValue(i).subtreeSize;
                YAML::Mark mark;
                mark.line = key.line - 1;
                mark.column = key.column - 1;
                checkBudget(mark);
                merged.push_back(key);
                merged.push_back(source->mapValue(i));
            }
        }
        map.children = std::move(merged);
    }

    void add(YamlNode &&node, YAML::anchor_t anchor) {
        if (anchor != 0)
            m_anchors[anchor] = node;
        if (m_open.empty()) {
            root = std::move(node);
            haveRoot = true;
        } else {
            m_open.back().children.push_back(std::move(node));
        }
    }

    std::vector<YamlNode> m_open;
    std::vector<YAML::anchor_t> m_openAnchors;
    std::vector<bool> m_openFlow;
    const QByteArray &m_text;
    std::map<YAML::anchor_t, YamlNode> m_anchors;
    qint64 m_nodes = 0;
};

// In libyaml a root block collection runs to the end of the text or to a document
// marker; yaml-cpp ends it at the first line that does not continue it and silently
// starts a next document there. Text that yaml-cpp reads as a next document before any
// marker is what go-yaml rejects ("did not find expected '-' indicator" / key).
void checkNothingAfterRoot(YAML::Parser &parser, const TreeBuilder &builder,
                           const QByteArray &text) {
    if (!builder.rootIsBlockCollection)
        return;
    const qsizetype marker = YamlSyntaxChecks::nextDocumentMarker(text, builder.rootOffset + 1);
    const std::optional<YAML::Mark> next = YamlSyntaxChecks::nextDocumentStart(parser);
    // A line left of the root's column ends it in libyaml too (go-yaml then reads no more).
    if (next && next->pos >= 0 && next->pos < marker && next->column >= builder.rootColumn)
        throw LoadAbort{QStringLiteral("yaml-syntax"),
                        QStringLiteral("YAML syntax error: did not find expected %1: this line "
                                       "does not continue the document")
                            .arg(builder.root.isSequence() ? QStringLiteral("'-' indicator")
                                                           : QStringLiteral("key")),
                        *next};
}

struct LineCol {
    int line = 1;
    int column = 1;
};

LineCol lineColOf(const QByteArray &text, qsizetype offset) {
    LineCol lc;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++lc.line;
            lc.column = 1;
        } else if ((uchar(text[i]) & 0xC0) != 0x80) {
            ++lc.column;
        }
    }
    return lc;
}

void checkDuplicateKeys(const YamlNode &node, const QString &path, const QString &file,
                        DiagnosticList &out) {
    if (node.isMapping()) {
        QHash<QString, int> seen;
        for (qsizetype i = 0; i < node.mapSize(); ++i) {
            const YamlNode &key = node.mapKey(i);
            if (!key.isScalar()) {
                out.append(Diagnostic::error(
                    QStringLiteral("yaml-key"),
                    QStringLiteral("mapping keys must be plain strings, not a %1")
                        .arg(key.isNull() ? QStringLiteral("null") : key.jsonType()),
                    SourcePos{file, key.line, key.column, path}));
                continue;
            }
            const QString childPath = yamlPathAppendKey(path, key.text);
            const auto it = seen.constFind(key.text);
            if (it != seen.constEnd()) {
                out.append(Diagnostic::error(
                    QStringLiteral("duplicate-key"),
                    QStringLiteral("mapping key \"%1\" already defined at line %2")
                        .arg(key.text)
                        .arg(*it),
                    SourcePos{file, key.line, key.column, childPath}));
            } else {
                seen.insert(key.text, key.line);
            }
            checkDuplicateKeys(node.mapValue(i), childPath, file, out);
        }
    } else if (node.isSequence()) {
        for (size_t i = 0; i < node.children.size(); ++i)
            checkDuplicateKeys(node.children[i], yamlPathAppendIndex(path, qsizetype(i)), file,
                               out);
    }
}

int indentation(const QByteArray &line) {
    int n = 0;
    while (n < line.size() && line[n] == ' ')
        ++n;
    return n;
}

// yaml-cpp's messages name the symptom; this names a common cause: a comment
// line less indented than a block scalar's text ends the scalar there (as in
// libyaml and yaml.v3), and the rest of the text then breaks the structure.
QString syntaxHint(const QByteArray &text, int errorLine) {
    const QList<QByteArray> lines = text.split('\n');
    if (errorLine < 1 || errorLine > lines.size())
        return {};
    const QByteArray &bad = lines[errorLine - 1];
    for (int i = errorLine - 1; i >= 0 && i >= errorLine - 2; --i)
        if (lines[i].startsWith('\t'))
            return QStringLiteral(" (line %1 is indented with a tab; YAML only allows spaces "
                                  "for indentation)")
                .arg(i + 1);
    for (int i = errorLine - 2; i >= 0; --i) {
        const QByteArray trimmed = lines[i].trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.startsWith('#') && indentation(lines[i]) < indentation(bad))
            return QStringLiteral(" (the comment on line %1 is less indented than the text "
                                  "after it, which ends a block scalar (| or >) early; indent "
                                  "the comment like the text or remove it)")
                .arg(i + 1);
        return {};
    }
    return {};
}

} // namespace

qsizetype YamlLoader::firstInvalidUtf8(const QByteArray &text) {
    const auto *p = reinterpret_cast<const uchar *>(text.constData());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

YamlLoadResult YamlLoader::load(const QByteArray &text, const QString &fileName) {
    YamlLoadResult result;
    auto fail = [&](const QString &code, const QString &message, int line, int column,
                    bool unreadable) {
        result.diagnostics.append(
            Diagnostic::error(code, message, SourcePos{fileName, line, column, QString()}));
        result.readable = !unreadable;
        return result;
    };

    if (text.size() > kMaxInputBytes)
        return fail(QStringLiteral("unreadable"),
                    QStringLiteral("file is %1 MiB; configs larger than %2 MiB are not read")
                        .arg(double(text.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(kMaxInputBytes / (1024 * 1024)),
                    1, 1, true);
    if (text.startsWith("\xff\xfe") || text.startsWith("\xfe\xff"))
        return fail(QStringLiteral("unreadable"),
                    QStringLiteral("the file is UTF-16; save it as UTF-8"), 1, 1, true);
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
        const LineCol lc = lineColOf(text, nul);
        return fail(QStringLiteral("unreadable"),
                    QStringLiteral("binary data (NUL byte): this is not a YAML text file"), lc.line,
                    lc.column, true);
    }
    if (const qsizetype bad = firstInvalidUtf8(text); bad >= 0) {
        const LineCol lc = lineColOf(text, bad);
        return fail(QStringLiteral("unreadable"),
                    QStringLiteral("invalid UTF-8 (byte 0x%1 at offset %2): save the file as UTF-8")
                        .arg(uint(uchar(text[bad])), 2, 16, QLatin1Char('0'))
                        .arg(bad),
                    lc.line, lc.column, true);
    }
    // yaml.v3 rejects C0 control characters other than tab, LF and CR; yaml-cpp
    // would pass them through into values.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            const LineCol lc = lineColOf(text, i);
            return fail(QStringLiteral("yaml-syntax"),
                        QStringLiteral("control character 0x%1 is not allowed in YAML")
                            .arg(uint(c), 2, 16, QLatin1Char('0')),
                        lc.line, lc.column, false);
        }
    }

    if (const auto problem = YamlSyntaxChecks::badDirective(text)) {
        const LineCol lc = lineColOf(text, problem->offset);
        return fail(QStringLiteral("yaml-syntax"),
                    QStringLiteral("YAML syntax error: %1").arg(problem->message), lc.line,
                    lc.column, false);
    }

    TreeBuilder builder(text);
    try {
        std::istringstream stream(text.toStdString());
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
        checkNothingAfterRoot(parser, builder, text);
    } catch (const LoadAbort &abort) {
        return fail(abort.code, abort.message, abort.mark.line + 1, abort.mark.column + 1, false);
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 1 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 1 : e.mark.column + 1;
        return fail(QStringLiteral("yaml-syntax"),
                    QStringLiteral("YAML syntax error: %1%2")
                        .arg(QString::fromStdString(e.msg), syntaxHint(text, line)),
                    line, column, false);
    } catch (const std::exception &e) {
        return fail(QStringLiteral("yaml-syntax"),
                    QStringLiteral("cannot parse YAML: %1").arg(QString::fromUtf8(e.what())), 1, 1,
                    false);
    }
    if (builder.haveRoot)
        result.root = std::move(builder.root);
    result.parsed = true;
    checkDuplicateKeys(result.root, QString(), fileName, result.diagnostics);
    return result;
}

} // namespace Lkc
