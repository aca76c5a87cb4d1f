// SPDX-License-Identifier: Apache-2.0
#include "configdocument.h"

#include "util/atomicfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QThread>
#include <QTimer>

namespace Lkc {

ConfigDocument::ConfigDocument(QObject *parent)
    : QObject(parent)
    , m_document(new QTextDocument(this))
    , m_thread(new QThread(this))
    , m_worker(new QObject)
    , m_loadTimer(new QTimer(this)) {
    m_document->setDocumentLayout(new QPlainTextDocumentLayout(m_document));
    m_thread->setObjectName(QStringLiteral("ConfigDocument parser"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    // A zero timer, not a posted event: timers (and painting) get their turn between slices.
    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(0);
    connect(m_loadTimer, &QTimer::timeout, this, &ConfigDocument::loadNextSlice);
    connect(m_document, &QTextDocument::contentsChanged, this, [this] {
        if (m_formatOnly)
            return;
        m_latest.store(++m_generation);
        // One parse at a time; when it ends, the newest text is parsed next. A
        // loading text is parsed once, when it is all in.
        if (!m_workerBusy && !m_loading)
            startBackgroundParse();
    });
    connect(m_document, &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!m_loading) // putting a file in is no change to tell of
            emit modificationChanged(modified);
    });
    reparse();
}

ConfigDocument::~ConfigDocument() {
    // The worker may be mid-parse: let it finish; its queued result dies with us.
    m_thread->quit();
    m_thread->wait();
}

ConfigDocument::FormatChange::FormatChange(ConfigDocument *document)
    : m_document(document)
    , m_was(document->m_formatOnly) {
    m_document->m_formatOnly = true;
}

ConfigDocument::FormatChange::~FormatChange() {
    m_document->m_formatOnly = m_was;
}

ConfigDocument::CompoundEdit::CompoundEdit(ConfigDocument *document)
    : m_cursor(document->textDocument()) {
    m_cursor.beginEditBlock();
}

ConfigDocument::CompoundEdit::~CompoundEdit() {
    m_cursor.endEditBlock();
}

QString ConfigDocument::parseName() const {
    return m_path.isEmpty() ? displayName() : m_path;
}

std::optional<YamlEditor> ConfigDocument::parseEditor(const QString &text, const QString &name) {
    Result<YamlEditor> editor = YamlEditor::parse(text, name);
    if (!editor.ok())
        return std::nullopt;
    return std::move(editor).value();
}

void ConfigDocument::startBackgroundParse() {
    m_workerBusy = true;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_worker,
        [this, generation, raw = m_document->toRawText(), name = parseName()] {
            // The copy out of the document is all the GUI thread does; the rest is here.
            const QString text = QString(raw).replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
            // The diagnostics first: what a keystroke waits to see. The editor (for
            // forms) follows, unless the text has moved on meanwhile.
            auto checked = std::make_shared<Parse>();
            checked->read = ConfigReader::readText(text.toUtf8(), name);
            QMetaObject::invokeMethod(
                this, [this, generation, checked] { backgroundCheckDone(generation, checked); },
                Qt::QueuedConnection);
            auto parsed = std::make_shared<Parse>();
            if (m_latest.load() == generation) {
                parsed->editor = parseEditor(text, name);
                parsed->editorParsed = true;
            }
            QMetaObject::invokeMethod(
                this, [this, generation, parsed] { backgroundParseDone(generation, parsed); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ConfigDocument::backgroundCheckDone(quint64 generation, const std::shared_ptr<Parse> &result) {
    // A parse of an older text is thrown away: its positions would point wrong.
    if (generation == m_generation && m_checkedGeneration != generation && !m_loading)
        adoptRead(generation, std::move(result->read));
    disposeOnWorker(result);
}

void ConfigDocument::backgroundParseDone(quint64 generation, const std::shared_ptr<Parse> &result) {
    m_workerBusy = false;
    if (result->editorParsed && generation == m_generation && m_checkedGeneration == generation &&
        m_parsedGeneration != generation && !m_loading)
        adoptEditor(generation, std::move(result->editor));
    disposeOnWorker(result);
    if (m_parsedGeneration != m_generation && !m_loading)
        startBackgroundParse();
}

void ConfigDocument::disposeOnWorker(std::shared_ptr<Parse> parse) {
    // The functor (and the last reference) is destroyed on the worker's thread.
    QMetaObject::invokeMethod(
        m_worker, [parse = std::move(parse)] {}, Qt::QueuedConnection);
}

void ConfigDocument::adoptRead(quint64 generation, ConfigReadResult &&read) {
    auto old = std::make_shared<Parse>();
    old->read = std::exchange(m_read, std::move(read));
    disposeOnWorker(std::move(old));
    m_checkedGeneration = generation;
    emit checked();
}

void ConfigDocument::adoptEditor(quint64 generation, std::optional<YamlEditor> &&editor) {
    auto old = std::make_shared<Parse>();
    old->editor = std::exchange(m_editor, std::move(editor));
    disposeOnWorker(std::move(old));
    m_parsedGeneration = generation;
    emit reparsed();
}

QString ConfigDocument::displayName() const {
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

Status ConfigDocument::load(const QString &path) {
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error(tr("cannot open: %1").arg(file->errorString()), path);
    const qint64 size = file->size();
    if (size > kSyncLoadLimit) {
        // A big one is read, decoded and put in slice by slice (setPlainText
        // alone would hold the window for seconds), with undo off so loading is
        // no undo step, and is checked on the worker.
        cancelLoading();
        m_path = path;
        m_crlf = false;
        emit aboutToLoad(size);
        m_loading = true;
        m_document->setUndoRedoEnabled(false);
        m_document->setPlainText(QString());
        m_loadFile = std::move(file);
        m_carry.clear();
        m_slice = 4096;
        m_document->setModified(false);
        emit filePathChanged(m_path);
        emit loadingChanged(true);
        m_loadTimer->start();
        return {};
    }
    const QByteArray bytes = file->readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return Error(tr("not a UTF-8 text file; LinuxKit configs are UTF-8 YAML"), path);
    // QTextDocument keeps lines, not line ends: remember CRLF and restore it on save.
    m_crlf = text.contains(QLatin1String("\r\n"));
    if (m_crlf)
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    cancelLoading();
    m_path = path;
    emit aboutToLoad(bytes.size());
    // A usual config shows its problems at once.
    m_document->setPlainText(text);
    reparse();
    m_document->clearUndoRedoStacks();
    m_document->setModified(false);
    emit filePathChanged(m_path);
    return {};
}

bool ConfigDocument::insertSlice(qint64 maxBytes) {
    m_carry += m_loadFile->read(maxBytes);
    const bool atEnd = m_loadFile->atEnd();
    if (m_loadFile->error() != QFileDevice::NoError) {
        failLoading(Error(m_loadFile->errorString(), m_path)); // the system's words, its place
        return false;
    }
    // Whole lines: a '\n' byte is never inside a UTF-8 sequence, and no line
    // (nor a CRLF) is split between slices.
    const qsizetype end = atEnd ? m_carry.size() : m_carry.lastIndexOf('\n') + 1;
    if (end > 0) {
        const QByteArray bytes = m_carry.first(end);
        QString text = QString::fromUtf8(bytes);
        if (text.toUtf8() != bytes) {
            failLoading(
                Error(tr("not a UTF-8 text file; LinuxKit configs are UTF-8 YAML"), m_path));
            return false;
        }
        if (text.contains(QLatin1String("\r\n"))) {
            m_crlf = true;
            text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        }
        m_carry.remove(0, end);
        QTextCursor cursor(m_document);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(text);
        m_document->setModified(false); // loading is no change: no '*' in the title meanwhile
    }
    if (atEnd)
        finishLoading();
    return true;
}

void ConfigDocument::loadNextSlice() {
    if (!m_loading)
        return;
    QElapsedTimer timer;
    timer.start();
    if (!insertSlice(m_slice) || !m_loading)
        return;
    // Slices sized to take a few milliseconds on this machine, whatever its speed.
    const qint64 ms = timer.elapsed();
    if (ms < 5)
        m_slice = qMin<qint64>(m_slice * 2, 128 * 1024);
    else if (ms > 12)
        m_slice = qMax<qint64>(m_slice / 2, 1024);
    m_loadTimer->start();
}

void ConfigDocument::completeLoading() const {
    auto *self = const_cast<ConfigDocument *>(this);
    while (self->m_loading &&
           self->insertSlice(qMax<qint64>(1, self->m_loadFile->bytesAvailable())))
        ;
}

void ConfigDocument::finishLoading() {
    m_document->setModified(false);
    cancelLoading(); // the same teardown; what is in is the whole file
    if (!m_workerBusy && m_parsedGeneration != m_generation)
        startBackgroundParse();
}

void ConfigDocument::failLoading(const Error &error) {
    // Half a file is no document to edit or save over the whole one.
    cancelLoading();
    m_path.clear();
    m_document->setPlainText(QString());
    m_document->setModified(false);
    emit filePathChanged(m_path);
    emit loadFailed(error.toString());
}

void ConfigDocument::cancelLoading() {
    if (!m_loading)
        return;
    m_loadTimer->stop();
    m_loadFile.reset();
    m_carry.clear();
    m_loading = false;
    m_document->setUndoRedoEnabled(true);
    emit loadingChanged(false);
}

void ConfigDocument::setText(const QString &text, const QString &fileName) {
    cancelLoading();
    m_crlf = false;
    m_path = fileName;
    emit aboutToLoad(text.size());
    m_document->setPlainText(text);
    reparse();
    m_document->setModified(false);
    emit filePathChanged(m_path);
}

QString ConfigDocument::text() const {
    completeLoading();
    // toPlainText() would turn non-breaking spaces into spaces; the raw text
    // only needs its block separators turned back into newlines.
    QString raw = m_document->toRawText();
    raw.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return raw;
}

QByteArray ConfigDocument::toBytes() const {
    QString out = text();
    if (m_crlf)
        out.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    return out.toUtf8();
}

Status ConfigDocument::save(const QString &path) {
    // Every write checked and synced before the rename: a full disk never empties the file.
    if (Status s = AtomicFiles::write(path, toBytes()); !s)
        return Error(tr("the file on disk was not changed: %1").arg(s.error().message));
    m_document->setModified(false);
    if (m_path != path) {
        m_path = path;
        emit filePathChanged(m_path);
    }
    return {};
}

// Parsing is a cache of the text: bringing it up to date is not a change.
void ConfigDocument::ensureChecked() const {
    completeLoading();
    if (m_checkedGeneration != m_generation)
        const_cast<ConfigDocument *>(this)->reparse();
}

void ConfigDocument::ensureParsed() const {
    completeLoading();
    if (m_parsedGeneration == m_generation)
        return;
    auto *self = const_cast<ConfigDocument *>(this);
    if (m_checkedGeneration == m_generation) // the worker's check is in: only the editor
        self->adoptEditor(m_generation, parseEditor(text(), parseName()));
    else
        self->reparse();
}

void ConfigDocument::reparse() {
    const QString current = text();
    const QString name = parseName();
    // Both in place before either signal: a view reading the other must not parse again.
    auto old = std::make_shared<Parse>();
    old->read = std::exchange(m_read, ConfigReader::readText(current.toUtf8(), name));
    old->editor = std::exchange(m_editor, parseEditor(current, name));
    disposeOnWorker(std::move(old));
    m_checkedGeneration = m_parsedGeneration = m_generation;
    emit checked();
    emit reparsed();
}

std::optional<YamlValue> ConfigDocument::value(const YamlPath &path) const {
    const YamlEditor *yaml = editor();
    if (!yaml || !yaml->contains(path))
        return std::nullopt;
    Result<YamlValue> v = yaml->value(path);
    if (!v.ok() || v->isNull())
        return std::nullopt;
    return std::move(v).value();
}

bool ConfigDocument::applyEdits(const YamlTextEdits &edits) {
    if (edits.isEmpty())
        return true;
    const quint64 before = m_generation;
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    // Sorted, non-overlapping, relative to the old text: apply from the end.
    for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
        cursor.setPosition(int(it->offset));
        cursor.setPosition(int(it->offset + it->length), QTextCursor::KeepAnchor);
        cursor.insertText(it->replacement);
    }
    cursor.endEditBlock();
    // Inside a CompoundEdit the document tells of the change only when it ends,
    // but the next edit of the step must not be computed on this parse.
    if (m_generation == before)
        m_latest.store(++m_generation);
    // The worker re-parses (started by contentsChanged); whoever reads the parse
    // before it is back gets it parsed at once (see ensureParsed).
    return true;
}

bool ConfigDocument::applyResult(const Result<YamlTextEdits> &edits) {
    if (!edits.ok()) {
        m_lastEditError = edits.error().toString();
        return false;
    }
    m_lastEditError.clear();
    return applyEdits(*edits);
}

bool ConfigDocument::setValue(const YamlPath &path, const YamlValue &value) {
    if (!editor()) {
        m_lastEditError = tr("the YAML has syntax errors; fix them in the text first");
        return false;
    }
    return applyResult(m_editor->set(path, value));
}

bool ConfigDocument::removeValue(const YamlPath &path) {
    if (!editor()) {
        m_lastEditError = tr("the YAML has syntax errors; fix them in the text first");
        return false;
    }
    if (!m_editor->contains(path))
        return true;
    return applyResult(m_editor->remove(path));
}

bool ConfigDocument::appendItem(const YamlPath &listPath, const YamlValue &item) {
    if (!editor()) {
        m_lastEditError = tr("the YAML has syntax errors; fix them in the text first");
        return false;
    }
    return applyResult(m_editor->appendItem(listPath, item));
}

bool ConfigDocument::moveItem(const YamlPath &itemPath, int toIndex) {
    if (!editor()) {
        m_lastEditError = tr("the YAML has syntax errors; fix them in the text first");
        return false;
    }
    return applyResult(m_editor->moveItem(itemPath, toIndex));
}

bool ConfigDocument::applyQuickFix(const Diagnostic &diagnostic) {
    if (diagnostic.fixFrom.isEmpty() || diagnostic.pos.line <= 0)
        return false;
    const QTextBlock block = m_document->findBlockByNumber(diagnostic.pos.line - 1);
    if (!block.isValid())
        return false;
    // The word is at the diagnostic's column, or (quoted) just after it.
    const qsizetype at =
        block.text().indexOf(diagnostic.fixFrom, qMax(0, diagnostic.pos.column - 1));
    if (at < 0)
        return false;
    const qsizetype offset = block.position() + at;
    return applyEdits({YamlTextEdit{offset, diagnostic.fixFrom.size(), diagnostic.fixTo}});
}

int ConfigDocument::positionOf(int line, int column) const {
    const QTextBlock block = m_document->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return m_document->characterCount() - 1;
    return block.position() + qBound(0, column - 1, qMax(0, block.length() - 1));
}

} // namespace Lkc
