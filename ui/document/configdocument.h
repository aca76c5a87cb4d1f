// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/configreader.h"
#include "config/yamleditor.h"
#include "config/yamltextedit.h"

#include <QFile>
#include <QObject>
#include <QTextCursor>
#include <QTextDocument>

#include <atomic>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace Lkc {

// One open LinuxKit config. The YAML text in a QTextDocument is the single
// source of truth: the text view shows this document, forms read from the
// parsed model and write through YamlEditor edits applied as one edit block,
// so typing and form edits share one undo history. Re-parsed after each change
// on a worker thread, and a result is applied only when it is the parse of the
// current text (its generation number), so a big file never stalls the window
// while it is typed in. A big file is also put into the text document in slices
// across event-loop turns, so opening it does not freeze the window either.
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
    // Files up to kSyncLoadLimit are loaded and checked before this returns; bigger
    // ones are read and put in in slices (isLoading() until loadingChanged(false);
    // a file that turns out unreadable or not UTF-8 emits loadFailed) and are checked
    // on the worker. Loading is no undo step and does not mark the document modified.
    Status load(const QString &path);
    bool isLoading() const { return m_loading; }
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
        ensureChecked();
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

    // Applies edits (relative to the current text) as one undo step. The worker
    // re-parses the result; reading the parse before it is done parses at once.
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

    // True while the worker has not yet parsed the current text (or it is loading).
    bool isParsing() const { return m_loading || m_parsedGeneration != m_generation; }
    // True once the config and diagnostics of the current text are in (checked()),
    // which the worker delivers before the editor (reparsed()).
    bool isChecked() const { return !m_loading && m_checkedGeneration == m_generation; }
    quint64 generation() const { return m_generation; }

    // Files up to this size are loaded and parsed at once when opened; bigger ones
    // load in slices and are parsed on the worker.
    static constexpr qint64 kSyncLoadLimit = 512 * 1024;

    // Format-only changes of the text document (a view colouring lines late) while
    // one lives: not a change of the text, so no new parse.
    class FormatChange {
    public:
        explicit FormatChange(ConfigDocument *document);
        ~FormatChange();
        FormatChange(const FormatChange &) = delete;
        FormatChange &operator=(const FormatChange &) = delete;

    private:
        ConfigDocument *m_document;
        bool m_was;
    };

signals:
    // The config and diagnostics of the current text are in: problems, outline.
    void checked();
    // The editor of the current text is in too: forms.
    void reparsed();
    // Before the text of a file of `size` bytes replaces the document's (views
    // that cost per byte, like highlighting, can step back for huge files).
    void aboutToLoad(qint64 size);
    // A sliced load started (true) or put its last slice in (false).
    void loadingChanged(bool loading);
    // A sliced load found the file unreadable or not UTF-8; the document is empty.
    void loadFailed(const QString &message);
    void modificationChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    struct Parse {
        ConfigReadResult read;
        std::optional<YamlEditor> editor;
        bool editorParsed = false; // false when the worker skipped it for a newer text
    };
    static std::optional<YamlEditor> parseEditor(const QString &text, const QString &name);
    void reparse();
    void startBackgroundParse();
    void backgroundCheckDone(quint64 generation, const std::shared_ptr<Parse> &result);
    void backgroundParseDone(quint64 generation, const std::shared_ptr<Parse> &result);
    void adoptRead(quint64 generation, ConfigReadResult &&read);
    void adoptEditor(quint64 generation, std::optional<YamlEditor> &&editor);
    void ensureChecked() const;
    void ensureParsed() const;
    void cancelLoading();
    void loadNextSlice();
    bool insertSlice(qint64 maxBytes); // false when the load failed
    void failLoading(const Error &error);
    void completeLoading() const; // puts the rest in at once: the whole text is needed now
    void finishLoading();
    // Destroys a parse on the worker: freeing a big config costs the GUI thread otherwise.
    void disposeOnWorker(std::shared_ptr<Parse> parse);
    bool applyResult(const Result<YamlTextEdits> &edits);
    QString parseName() const;

    QTextDocument *m_document;
    QThread *m_thread;
    QObject *m_worker;                // lives on m_thread
    quint64 m_generation = 0;         // bumped by every change of the text
    quint64 m_checkedGeneration = 0;  // the text generation m_read describes
    quint64 m_parsedGeneration = 0;   // the text generation m_editor describes
    std::atomic<quint64> m_latest{0}; // m_generation, for the worker to skip stale work
    bool m_workerBusy = false;
    bool m_formatOnly = false;
    // The sliced load under way: the file, and bytes read but not yet put in.
    bool m_loading = false;
    std::unique_ptr<QFile> m_loadFile;
    QByteArray m_carry;
    qint64 m_slice = 0;
    QTimer *m_loadTimer;
    QString m_path;
    bool m_crlf = false;
    ConfigReadResult m_read;
    std::optional<YamlEditor> m_editor;
    QString m_lastEditError;
};

} // namespace Lkc
