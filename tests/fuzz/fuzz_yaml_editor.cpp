// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the syntax tree and editor the window and `lkc set` use, on any text
// a user may type or open. The text is parsed; when it parses, edits at a few of its
// paths (set, add a key, insert, move, remove) are computed and applied. An edit the
// editor agrees to make must give text that parses again and holds the value it set.
#include "config/yamleditor.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

void check(bool ok, const char *what, const QString &detail = {}) {
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n%s\n", what, qPrintable(detail));
        std::abort();
    }
}

void pathsOf(const Lkc::YamlValue &v, const Lkc::YamlPath &at, QList<Lkc::YamlPath> &out) {
    if (out.size() >= 64)
        return;
    if (!at.isRoot())
        out.append(at);
    if (v.isList()) {
        for (qsizetype i = 0; i < v.items().size(); ++i)
            pathsOf(v.items()[i], at.item(int(i)), out);
    } else if (v.isMap()) {
        for (const auto &[key, child] : v.entries())
            pathsOf(child, at.key(key), out);
    }
}

// Applies the edits and checks the result reads back; returns the new editor.
std::optional<Lkc::YamlEditor> applyChecked(const Lkc::YamlEditor &editor,
                                            const Lkc::Result<Lkc::YamlTextEdits> &edits,
                                            const char *what) {
    if (!edits)
        return std::nullopt;
    Lkc::Result<Lkc::YamlEditor> after = editor.applied(*edits);
    check(after.ok(), what,
          editor.text() + QStringLiteral("\n=== became ===\n") +
              Lkc::applyYamlTextEdits(editor.text(), *edits) + QStringLiteral("\n=== error: ") +
              (after ? QString() : after.error().toString()));
    return std::move(*after);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Lkc::Result<Lkc::YamlEditor> editor = Lkc::YamlEditor::parse(text, QStringLiteral("f"));
    if (!editor) {
        check(!editor.error().message.isEmpty(), "an error has a message");
        return 0;
    }
    (void)editor->syntaxTree().location(text.size() / 2);
    const Lkc::Result<Lkc::YamlValue> tree = editor->value(Lkc::YamlPath());
    check(tree.ok(), "the root has a value");
    QList<Lkc::YamlPath> paths;
    pathsOf(*tree, Lkc::YamlPath(), paths);

    // A few paths, picked by the input itself so each input is one deterministic case.
    const Lkc::YamlValue scalar = Lkc::YamlValue::fromString(QStringLiteral("v: #1"));
    const Lkc::YamlValue list = Lkc::YamlValue::fromStringList({QStringLiteral("a")});
    const uint seed = size > 0 ? uint(data[size - 1]) : 0;
    for (qsizetype k = 0; k < paths.size() && k < 4; ++k) {
        const Lkc::YamlPath &path = paths[(seed + uint(k) * 7) % uint(paths.size())];
        (void)editor->span(path);
        const Lkc::Result<Lkc::YamlValue> here = editor->value(path);
        if (!here)
            continue;
        switch ((seed + uint(k)) % 5) {
        case 0:
            if (auto after = applyChecked(*editor, editor->set(path, scalar), "set")) {
                const Lkc::Result<Lkc::YamlValue> now = after->value(path);
                check(now.ok() && *now == scalar, "set writes the value",
                      after->text() + QStringLiteral("\n=== at ") + path.toString());
            }
            break;
        case 1:
            if (here->isMap())
                applyChecked(*editor, editor->set(path.key(QStringLiteral("nk")), list),
                             "add a key");
            else
                applyChecked(*editor, editor->set(path, list), "set a list");
            break;
        case 2:
            if (here->isList())
                applyChecked(*editor, editor->insertItem(path, 0, scalar), "insert");
            break;
        case 3:
            if (here->isList() && here->items().size() >= 2)
                applyChecked(*editor, editor->moveItem(path.item(0), int(here->items().size()) - 1),
                             "move");
            break;
        default:
            applyChecked(*editor, editor->remove(path), "remove");
            break;
        }
    }
    return 0;
}
