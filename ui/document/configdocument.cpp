// SPDX-License-Identifier: Apache-2.0
#include "configdocument.h"

#include "util/atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QThread>

namespace Lkc {

ConfigDocument::ConfigDocument(QObject *parent)
    : QObject(parent)
    , m_document(new QTextDocument(this))
    , m_thread(new QThread(this))
    , m_worker(new QObject) {
    m_document->setDocumentLayout(new QPlainTextDocumentLayout(m_document));
    m_thread->setObjectName(QStringLiteral("ConfigDocument parser"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    connect(m_document, &QTextDocument::contentsChanged, this, [this] {
        ++m_generation;
        // One parse at a time; when it ends, the newest text is parsed next.
        if (!m_workerBusy)
            startBackgroundParse();
    });
    connect(m_document, &QTextDocument::modificationChanged, this,
            &ConfigDocument::modificationChanged);
    reparse();
}

ConfigDocument::~ConfigDocument() {
    // The worker may be mid-parse: let it finish; its queued result dies with us.
    m_thread->quit();
    m_thread->wait();
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

std::shared_ptr<ConfigDocument::Parse> ConfigDocument::parse(const QString &text,
                                                             const QString &name) {
    auto result = std::make_shared<Parse>();
    result->read = ConfigReader::readText(text.toUtf8(), name);
    Result<YamlEditor> editor = YamlEditor::parse(text, name);
    if (editor.ok())
        result->editor.emplace(std::move(editor).value());
    return result;
}

void ConfigDocument::startBackgroundParse() {
    m_workerBusy = true;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_worker,
        [this, generation, text = text(), name = parseName()] {
            std::shared_ptr<Parse> result = parse(text, name);
            QMetaObject::invokeMethod(
                this, [this, generation, result] { backgroundParseDone(generation, result); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ConfigDocument::backgroundParseDone(quint64 generation, const std::shared_ptr<Parse> &result) {
    m_workerBusy = false;
    // A parse of an older text is thrown away: its positions would point wrong.
    if (generation == m_generation && m_parsedGeneration != m_generation)
        adopt(generation, std::move(*result));
    if (m_parsedGeneration != m_generation)
        startBackgroundParse();
}

void ConfigDocument::adopt(quint64 generation, Parse &&result) {
    m_read = std::move(result.read);
    m_editor = std::move(result.editor);
    m_parsedGeneration = generation;
    emit reparsed();
}

QString ConfigDocument::displayName() const {
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

Status ConfigDocument::load(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot open: %1").arg(file.errorString()), path);
    const QByteArray bytes = file.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return Error(tr("not a UTF-8 text file; LinuxKit configs are UTF-8 YAML"), path);
    // QTextDocument keeps lines, not line ends: remember CRLF and restore it on save.
    m_crlf = text.contains(QLatin1String("\r\n"));
    if (m_crlf)
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_path = path;
    emit aboutToLoad(bytes.size());
    m_document->setPlainText(text);
    // A usual config shows its problems at once; a big one is checked on the worker.
    if (bytes.size() <= kSyncLoadLimit)
        reparse();
    m_document->clearUndoRedoStacks();
    m_document->setModified(false);
    emit filePathChanged(m_path);
    return {};
}

void ConfigDocument::setText(const QString &text, const QString &fileName) {
    m_crlf = false;
    m_path = fileName;
    emit aboutToLoad(text.size());
    m_document->setPlainText(text);
    reparse();
    m_document->setModified(false);
    emit filePathChanged(m_path);
}

QString ConfigDocument::text() const {
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

void ConfigDocument::ensureParsed() const {
    // Parsing is a cache of the text: bringing it up to date is not a change.
    if (m_parsedGeneration != m_generation)
        const_cast<ConfigDocument *>(this)->reparse();
}

void ConfigDocument::reparse() {
    std::shared_ptr<Parse> result = parse(text(), parseName());
    adopt(m_generation, std::move(*result));
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
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    // Sorted, non-overlapping, relative to the old text: apply from the end.
    for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
        cursor.setPosition(int(it->offset));
        cursor.setPosition(int(it->offset + it->length), QTextCursor::KeepAnchor);
        cursor.insertText(it->replacement);
    }
    cursor.endEditBlock();
    reparse(); // a form edit is one deliberate step: every view follows at once
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
    if (!m_editor) {
        m_lastEditError = tr("the YAML has syntax errors; fix them in the text first");
        return false;
    }
    return applyResult(m_editor->set(path, value));
}

bool ConfigDocument::removeValue(const YamlPath &path) {
    if (!m_editor) {
        m_lastEditError = tr("the YAML has syntax errors; fix them in the text first");
        return false;
    }
    if (!m_editor->contains(path))
        return true;
    return applyResult(m_editor->remove(path));
}

bool ConfigDocument::appendItem(const YamlPath &listPath, const YamlValue &item) {
    if (!m_editor) {
        m_lastEditError = tr("the YAML has syntax errors; fix them in the text first");
        return false;
    }
    return applyResult(m_editor->appendItem(listPath, item));
}

bool ConfigDocument::moveItem(const YamlPath &itemPath, int toIndex) {
    if (!m_editor) {
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
