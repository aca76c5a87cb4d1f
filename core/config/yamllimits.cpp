// SPDX-License-Identifier: Apache-2.0
#include "config/yamllimits.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace Lkc {

namespace {

// Thrown from inside yaml-cpp's callbacks to stop parsing at once; caught in check().
struct LimitExceeded {
    YamlLimits::Problem problem;
};

// Sizes only: how many nodes and how many levels each subtree has once aliases are
// expanded, so an alias bomb is refused before anything walks it.
class LimitWalker : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &) override {
        leaf(mark, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            fail(QStringLiteral("yaml-alias"),
                 QStringLiteral("alias refers to a node that contains it"), mark);
        m_nodes += it->second.size;
        checkNodes(mark);
        attach(it->second, mark);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Subtree {
        qint64 size = 1;
        int height = 1;
    };
    struct Open {
        Subtree tree;
        YAML::anchor_t anchor = 0;
        YAML::Mark mark;
    };

    [[noreturn]] static void fail(const QString &code, const QString &message,
                                  const YAML::Mark &mark) {
        throw LimitExceeded{{code, message, mark.line + 1, mark.column + 1}};
    }

    void checkNodes(const YAML::Mark &mark) const {
        if (m_nodes > YamlLimits::kMaxNodes)
            fail(QStringLiteral("too-large"),
                 QStringLiteral("document has more than %1 nodes (after expanding aliases); a "
                                "LinuxKit config has a few thousand")
                     .arg(YamlLimits::kMaxNodes),
                 mark);
    }

    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor) {
        ++m_nodes;
        checkNodes(mark);
        if (anchor != 0)
            m_anchors[anchor] = Subtree{};
        attach(Subtree{}, mark);
    }

    // Adds a finished subtree to the collection being read.
    void attach(const Subtree &tree, const YAML::Mark &mark) {
        if (int(m_open.size()) + tree.height > YamlLimits::kMaxTreeDepth)
            fail(QStringLiteral("too-deep"),
                 QStringLiteral("aliases expand to more than %1 levels of nesting")
                     .arg(YamlLimits::kMaxTreeDepth),
                 mark);
        if (m_open.empty())
            return;
        Subtree &parent = m_open.back().tree;
        parent.size += tree.size;
        parent.height = std::max(parent.height, tree.height + 1);
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor) {
        if (int(m_open.size()) >= YamlLimits::kMaxDepth)
            fail(QStringLiteral("too-deep"),
                 QStringLiteral("nesting is deeper than %1 levels").arg(YamlLimits::kMaxDepth),
                 mark);
        ++m_nodes;
        checkNodes(mark);
        m_open.push_back({Subtree{}, anchor, mark});
    }

    void close() {
        const Open done = m_open.back();
        m_open.pop_back();
        if (done.anchor != 0)
            m_anchors[done.anchor] = done.tree;
        attach(done.tree, done.mark);
    }

    std::vector<Open> m_open;
    std::unordered_map<YAML::anchor_t, Subtree> m_anchors;
    qint64 m_nodes = 0;
};

} // namespace

std::optional<YamlLimits::Problem> YamlLimits::check(const std::string &utf8) {
    if (qsizetype(utf8.size()) > kMaxInputBytes)
        return Problem{QStringLiteral("too-large"),
                       QStringLiteral("the text is %1 MiB; YAML larger than %2 MiB is not read")
                           .arg(double(utf8.size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(kMaxInputBytes / (1024 * 1024)),
                       1, 1};
    try {
        std::istringstream stream(utf8);
        YAML::Parser parser(stream);
        LimitWalker walker;
        parser.HandleNextDocument(walker);
    } catch (const LimitExceeded &e) {
        return e.problem;
    } catch (const YAML::Exception &e) {
        return Problem{QStringLiteral("yaml-syntax"),
                       QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(e.msg)),
                       e.mark.is_null() ? 1 : e.mark.line + 1,
                       e.mark.is_null() ? 1 : e.mark.column + 1};
    } catch (const std::exception &e) {
        return Problem{QStringLiteral("yaml-syntax"),
                       QStringLiteral("cannot parse YAML: %1").arg(QString::fromUtf8(e.what())), 1,
                       1};
    }
    return std::nullopt;
}

} // namespace Lkc
