// SPDX-License-Identifier: Apache-2.0
// Shared helpers of the tst_yamledit* tests: corpus files, tree oracles, line diffs.
#pragma once

#include "config/yamleditor.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace Lkc::EditTest {

inline QStringList corpusFiles() {
    QStringList files;
    const QString root = Test::sourceDir() + QStringLiteral("/tests/fixtures/corpus");
    for (const QString &era : {QStringLiteral("current"), QStringLiteral("2017")}) {
        const QDir dir(root + QLatin1Char('/') + era);
        for (const QString &name :
             dir.entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name))
            if (name != QLatin1String("static-ip.yml")) // yaml-cpp rejects it (tst_roundtrip)
                files.append(dir.filePath(name));
    }
    return files;
}

// One data row per corpus file (column "file"), named era/file.yml.
inline void addCorpusRows() {
    QTest::addColumn<QString>("file");
    for (const QString &file : corpusFiles())
        QTest::newRow(qPrintable(QFileInfo(file).dir().dirName() + QLatin1Char('/') +
                                 QFileInfo(file).fileName()))
            << file;
}

inline QString readText(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

inline void allPaths(const YamlValue &v, const YamlPath &at, QList<YamlPath> &out) {
    if (!at.isRoot())
        out.append(at);
    if (v.isList()) {
        for (qsizetype i = 0; i < v.items().size(); ++i)
            allPaths(v.items()[i], at.item(int(i)), out);
    } else if (v.isMap()) {
        for (const auto &[key, child] : v.entries())
            allPaths(child, at.key(key), out);
    }
}

inline YamlValue treeOf(const QString &text) {
    auto v = YamlValue::parse(text);
    return v.ok() ? *v : YamlValue::fromString(QStringLiteral("<parse error>"));
}

// The lines an edit changed: old lines [first, oldEnd) became new lines [first, newEnd).
struct LineDiff {
    qsizetype first = 0;
    qsizetype oldEnd = 0;
    qsizetype newEnd = 0;
    qsizetype oldCount() const { return oldEnd - first; }
    qsizetype newCount() const { return newEnd - first; }
};

inline LineDiff diffLines(const QString &before, const QString &after) {
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    qsizetype p = 0;
    while (p < a.size() && p < b.size() && a[p] == b[p])
        ++p;
    qsizetype s = 0;
    while (s < a.size() - p && s < b.size() - p && a[a.size() - 1 - s] == b[b.size() - 1 - s])
        ++s;
    return LineDiff{p, a.size() - s, b.size() - s};
}

// Removes the node at path from a tree (the oracle for remove()).
inline void removeAt(YamlValue &tree, const YamlPath &path) {
    YamlValue *parent = tree.find(path.parent());
    if (path.last().isIndex())
        parent->items().removeAt(path.last().index);
    else
        parent->remove(path.last().key);
}

inline YamlValue str(const char *s) {
    return YamlValue::fromString(QString::fromUtf8(s));
}

// Applies edits, checks the new text parses to `expected`, and returns it (null on failure).
inline QString applyAndCheck(const QString &before, const Result<YamlTextEdits> &edits,
                             const YamlValue &expected, const QString &what) {
    if (!edits.ok()) {
        qWarning() << what << edits.error().toString();
        return {};
    }
    const QString after = applyYamlTextEdits(before, *edits);
    const YamlValue got = treeOf(after);
    if (got != expected) {
        qWarning().noquote() << what << "\n--- text after:\n"
                             << after << "\n--- got:\n"
                             << got.toDebugString() << "\n--- expected:\n"
                             << expected.toDebugString();
        return {};
    }
    return after;
}

} // namespace Lkc::EditTest

// The corpus file of the current data row, parsed: `text`, `editor`, the generic `tree` (checked
// to be what the editor reads) and `paths`, every node's path. A macro because QVERIFY returns
// from the test function itself.
#define LKC_LOAD_CORPUS_ROW()                                                                      \
    QFETCH(QString, file);                                                                         \
    const QString text = ::Lkc::EditTest::readText(file);                                          \
    auto editor = ::Lkc::YamlEditor::parse(text, file);                                            \
    QVERIFY(editor.ok());                                                                          \
    const ::Lkc::YamlValue tree = ::Lkc::EditTest::treeOf(text);                                   \
    QCOMPARE(*editor->value(::Lkc::YamlPath()), tree);                                             \
    QList<::Lkc::YamlPath> paths;                                                                  \
    ::Lkc::EditTest::allPaths(tree, ::Lkc::YamlPath(), paths)
