// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/configreader.h"
#include "config/yamleditor.h"
#include "config/yamltextedit.h"

#include <QObject>
#include <QTextDocument>
#include <QTimer>

#include <optional>

namespace Lkc {

// One open LinuxKit config. The YAML text in a QTextDocument is the single
// source of truth: the text view shows this document, forms read from the
// parsed model and write through YamlEditor edits applied as one edit block,
// so typing and form edits share one undo history. Re-parsed after each change.
class ConfigDocument : public QObject {
    Q_OBJECT
public:
    explicit ConfigDocument(QObject *parent = nullptr);

    QTextDocument *textDocument() const { return m_document; }

    // Load/save keep the file's bytes: line endings, a final newline (or none)
    // and every character survive an untouched open-save cycle.
    Status load(const QString &path);
    void setText(const QString &text, const QString &fileName = QString());
    Status save(const QString &path);
    QByteArray toBytes() const;
    QString text() const; // the text with '\n' line ends, as YamlEditor sees it

    QString filePath() const { return m_path; }
    QString displayName() const;
    bool isModified() const { return m_document->isModified(); }

    // The parse of the current text. Typing re-parses after a short pause (two
    // whole-document parses per keystroke would stall the GUI on big files);
    // reading any of these first brings a stale parse up to date.
    const ConfigReadResult &readResult() const {
        ensureParsed();
        return m_read;
    }
    const Config &config() const { return readResult().config; }
    const DiagnosticList &diagnostics() const { return readResult().diagnostics; }
    // The editor over the current text, or nullptr when the YAML does not parse.
    const YamlEditor *editor() const {
        ensureParsed();
        return m_editor ? &*m_editor : nullptr;
    }

    // The value at a path in the current text; nullopt when it is missing (or
    // null), or when the YAML does not parse.
    std::optional<YamlValue> value(const YamlPath &path) const;

    // Applies edits (relative to the current text) as one undo step.
    bool applyEdits(const YamlTextEdits &edits);
    // Convenience for forms: set/remove the value at a path; false with the
    // error in lastEditError() when the path cannot be edited.
    bool setValue(const YamlPath &path, const YamlValue &value);
    bool removeValue(const YamlPath &path);
    bool appendItem(const YamlPath &listPath, const YamlValue &item);
    bool moveItem(const YamlPath &itemPath, int toIndex);
    QString lastEditError() const { return m_lastEditError; }

    // Character offset of a 1-based line/column, for jumping to diagnostics.
    int positionOf(int line, int column) const;

signals:
    void reparsed();
    void modificationChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void reparse();
    void ensureParsed() const;
    bool applyResult(const Result<YamlTextEdits> &edits);

    QTextDocument *m_document;
    QTimer *m_reparseTimer;
    bool m_stale = false;
    QString m_path;
    bool m_crlf = false;
    ConfigReadResult m_read;
    std::optional<YamlEditor> m_editor;
    QString m_lastEditError;
};

} // namespace Lkc
