// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/configreader.h"
#include "config/yamleditor.h"
#include "config/yamltextedit.h"

#include <QObject>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>
#include <optional>

class QThread;

namespace Lkc {

// One open LinuxKit config. The YAML text in a QTextDocument is the single
// source of truth: the text view shows this document, forms read from the
// parsed model and write through YamlEditor edits applied as one edit block,
// so typing and form edits share one undo history. Re-parsed after each change:
// typing is parsed and checked on a worker thread, and a result is applied only
// when it is the parse of the current text (its generation number), so a big
// file never stalls the window while it is typed in.
class ConfigDocument : public QObject {
    Q_OBJECT
public:
    explicit ConfigDocument(QObject *parent = nullptr);
    ~ConfigDocument() override;

    // Groups every edit made while it lives into one undo step.
    class CompoundEdit {
    public:
        explicit CompoundEdit(ConfigDocument *document);
        ~CompoundEdit();
        CompoundEdit(const CompoundEdit &) = delete;
        CompoundEdit &operator=(const CompoundEdit &) = delete;

    private:
        QTextCursor m_cursor;
    };

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

    // The parse of the current text. Typing re-parses on the worker; reading any
    // of these while that is under way parses on the calling thread instead
    // (forms need the current text's parse to compute an edit).
    const ConfigReadResult &readResult() const {
        ensureParsed();
        return m_read;
    }
    const Config &config() const { return readResult().config; }
    const DiagnosticList &diagnostics() const { return readResult().diagnostics; }
    // The diagnostics of the last parse, maybe of an older text: for painting,
    // which must never wait for a parse.
    const DiagnosticList &lastDiagnostics() const { return m_read.diagnostics; }
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

    // Applies a diagnostic's one-click fix (replaces fixFrom at its position by
    // fixTo) as one undo step; false when it has none or the text moved on.
    bool applyQuickFix(const Diagnostic &diagnostic);

    // True while the worker has not yet checked the current text.
    bool isParsing() const { return m_parsedGeneration != m_generation; }
    quint64 generation() const { return m_generation; }

    // Files up to this size are parsed at once when opened; bigger ones on the worker.
    static constexpr qint64 kSyncLoadLimit = 512 * 1024;

signals:
    void reparsed();
    // Before the text of a file of `size` bytes replaces the document's (views
    // that cost per byte, like highlighting, can step back for huge files).
    void aboutToLoad(qint64 size);
    void modificationChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    struct Parse {
        ConfigReadResult read;
        std::optional<YamlEditor> editor;
    };
    static std::shared_ptr<Parse> parse(const QString &text, const QString &name);
    void reparse();
    void startBackgroundParse();
    void backgroundParseDone(quint64 generation, const std::shared_ptr<Parse> &result);
    void adopt(quint64 generation, Parse &&result);
    void ensureParsed() const;
    bool applyResult(const Result<YamlTextEdits> &edits);
    QString parseName() const;

    QTextDocument *m_document;
    QThread *m_thread;
    QObject *m_worker;              // lives on m_thread
    quint64 m_generation = 0;       // bumped by every change of the text
    quint64 m_parsedGeneration = 0; // the text generation m_read/m_editor describe
    bool m_workerBusy = false;
    QString m_path;
    bool m_crlf = false;
    ConfigReadResult m_read;
    std::optional<YamlEditor> m_editor;
    QString m_lastEditError;
};

} // namespace Lkc
