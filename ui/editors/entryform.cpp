// SPDX-License-Identifier: Apache-2.0
#include "entryform.h"
#include "document/configdocument.h"
#include "fieldeditor.h"
#include "preview/previewcontroller.h"
#include "tableeditors.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace Lkc {

namespace {
// "capabilities.add" and "runtime/mounts" both as slash-separated words, so a
// diagnostic's path (which splits dotted keys) can be matched against them.
QString normalized(QString keyPath) {
    return keyPath.replace(QLatin1Char('.'), QLatin1Char('/'));
}

// The label's value for a key path of the form ("runtime/mounts").
std::optional<YamlValue> labelValue(const YamlValue &label, const QString &keyPath) {
    const YamlValue *v = &label;
    for (const QString &key : keyPath.split(QLatin1Char('/'))) {
        v = v->isMap() ? v->value(key) : nullptr;
        if (!v)
            return std::nullopt;
    }
    return *v;
}

bool hasImageLabel(const QString &section) {
    return section == QLatin1String("onboot") || section == QLatin1String("onshutdown") ||
           section == QLatin1String("services");
}
} // namespace

EntryForm::EntryForm(ConfigDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_labelStatus(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    m_labelStatus->setWordWrap(true);
    m_labelStatus->setForegroundRole(QPalette::PlaceholderText);
    m_labelStatus->hide();
    layout->addWidget(m_labelStatus);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(m_scroll);
    m_form = new QFormLayout(inner);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A narrow form puts a field under its label instead of scrolling sideways.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_scroll->setWidget(inner);
    m_scroll->viewport()->installEventFilter(this);
    layout->addWidget(m_scroll, 1);

    connect(m_document, &ConfigDocument::reparsed, this, &EntryForm::refresh);
}

bool EntryForm::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        updateRowWrap();
    return QWidget::eventFilter(watched, event);
}

void EntryForm::updateRowWrap() {
    // QFormLayout's WrapLongRows only wraps a row whose field does not fit beside the widest
    // label at its minimum, so a narrow form would scroll sideways; below the width that
    // labels and fields need side by side, every row wraps instead.
    const QList<QFormLayout *> forms = m_scroll->widget()->findChildren<QFormLayout *>();
    int labels = 0;
    int fields = 0;
    for (const QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (const QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole))
                labels = qMax(labels, label->minimumSize().width());
            if (const QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole))
                fields = qMax(fields, field->minimumSize().width());
        }
    }
    const int needed = labels + fields + 3 * qMax(6, m_form->horizontalSpacing()) + 40;
    const auto policy = m_scroll->viewport()->width() < needed ? QFormLayout::WrapAllRows
                                                               : QFormLayout::WrapLongRows;
    for (QFormLayout *form : forms)
        if (form->rowWrapPolicy() != policy)
            form->setRowWrapPolicy(policy);
}

void EntryForm::showNode(const QString &section, const YamlPath &path) {
    if (section == m_section && path == m_path)
        return;
    m_section = section;
    m_path = path;
    rebuild();
}

void EntryForm::rebuild() {
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_widgets.clear();
    m_hints.clear();
    m_rows.clear();
    m_fileKind = nullptr;
    m_labelStatus->hide();

    const SectionDescription *spec = FormatDescription::section(m_section);
    if (!spec) {
        m_heading->setText(tr("Nothing selected"));
        m_explanation->setText(tr("Pick a section or an entry in the outline."));
        return;
    }
    const bool isEntry = !spec->hasEntries || (!m_path.isRoot() && m_path.last().isIndex());
    m_heading->setText(spec->hasEntries && isEntry
                           ? QStringLiteral("%1 — %2").arg(spec->title, m_path.toString())
                           : spec->title);
    updateExplanation();
    if (!isEntry)
        return;
    if (m_section == QLatin1String("files")) {
        m_fileKind = new QComboBox;
        m_fileKind->setAccessibleName(tr("Kind of file"));
        m_fileKind->addItem(FormatDescription::fileKindLabel(QString()), QString());
        for (const QString &kind : FormatDescription::fileKinds())
            m_fileKind->addItem(FormatDescription::fileKindLabel(kind), kind);
        connect(m_fileKind, &QComboBox::activated, this,
                [this] { changeFileKind(m_fileKind->currentData().toString()); });
        m_form->addRow(tr("Kind:"), m_fileKind);
    }
    addFields(m_form, spec->fields, QString());
    refresh();
    updateRowWrap();
}

void EntryForm::addFields(QFormLayout *form, const QList<FieldDescription> &fields,
                          const QString &prefix) {
    for (const FieldDescription &field : fields) {
        const QString keyPath =
            prefix.isEmpty() ? field.key : prefix + QLatin1Char('/') + field.key;
        if (field.kind == FieldDescription::Kind::Object) {
            auto *group = new QGroupBox(field.label);
            group->setToolTip(field.help);
            auto *inner = new QFormLayout(group);
            inner->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            inner->setRowWrapPolicy(QFormLayout::WrapLongRows);
            addFields(inner, field.children, keyPath);
            m_widgets.insert(keyPath, group);
            form->addRow(group);
            continue;
        }
        FieldEditor *editor = FieldEditor::create(field);
        m_editors.insert(keyPath, editor);
        m_widgets.insert(keyPath, editor);
        if (auto *table = qobject_cast<ObjectTableEditor *>(editor))
            for (const QString &column : table->columnKeys())
                m_widgets.insert(keyPath + QLatin1Char('/') + column, editor);
        connect(editor, &FieldEditor::edited, this,
                [this, keyPath](const std::optional<YamlValue> &v) { commit(keyPath, {}, v); });
        connect(editor, &FieldEditor::editedAt, this,
                [this, keyPath](const YamlPath &relative, const std::optional<YamlValue> &v) {
                    commit(keyPath, relative, v);
                });
        connect(editor, &FieldEditor::movedAt, this,
                [this, keyPath](const YamlPath &relative, int to) { move(keyPath, relative, to); });
        auto *label = new QLabel(field.label + QLatin1Char(':'));
        label->setToolTip(field.help.isEmpty()
                              ? field.key
                              : QStringLiteral("%1 — %2").arg(field.key, field.help));
        label->setBuddy(editor);
        QWidget *row = editor;
        if (!editor->showsInheritedItself()) {
            // Lists and tables say under them what the label or LinuxKit gives.
            row = new QWidget;
            auto *box = new QVBoxLayout(row);
            box->setContentsMargins(0, 0, 0, 0);
            box->setSpacing(2);
            box->addWidget(editor);
            auto *hint = new QLabel(row);
            hint->setWordWrap(true);
            hint->setForegroundRole(QPalette::PlaceholderText);
            hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
            hint->hide();
            box->addWidget(hint);
            m_hints.insert(keyPath, hint);
        }
        m_rows.insert(editor, row);
        form->addRow(label, row);
    }
}

YamlPath EntryForm::pathOf(const QString &keyPath) const {
    YamlPath path = m_path;
    if (keyPath.isEmpty())
        return path; // an init entry: the item itself
    for (const QString &key : keyPath.split(QLatin1Char('/')))
        path = path.key(key);
    return path;
}

void EntryForm::updateExplanation() {
    const SectionDescription *spec = FormatDescription::section(m_section);
    if (!spec)
        return;
    QString lands = spec->landsAt;
    if (lands.contains(QLatin1String("%1"))) {
        const std::optional<YamlValue> name = m_document->value(m_path.key(QStringLiteral("name")));
        lands = lands.arg(name ? name->scalarText() : tr("<name>"));
    }
    m_explanation->setText(QStringLiteral("<p>%1</p><p><b>%2</b> <code>%3</code></p>")
                               .arg(spec->summary.toHtmlEscaped(),
                                    tr("In the image:").toHtmlEscaped(), lands.toHtmlEscaped()));
}

void EntryForm::refresh() {
    updateExplanation();
    const bool enabled = m_document->editor() != nullptr;
    const std::optional<YamlValue> label = currentLabel();
    m_refreshing = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        FieldEditor *editor = it.value();
        editor->setEnabled(enabled);
        const std::optional<YamlValue> value = m_document->value(pathOf(it.key()));
        editor->setInherited(label ? labelValue(*label, it.key()) : std::nullopt);
        // Never overwrite what the user is typing in this very field.
        if (!editor->isBeingEdited())
            editor->setValue(value);
        if (QLabel *hint = m_hints.value(it.key())) {
            const QString text = value ? QString() : editor->inheritedText();
            hint->setText(text);
            hint->setVisible(!text.isEmpty());
        }
    }
    if (m_fileKind) {
        m_fileKind->setEnabled(enabled);
        m_fileKind->setCurrentIndex(qMax(0, m_fileKind->findData(currentFileKind())));
        showFileKindRows();
    }
    m_refreshing = false;
}

QString EntryForm::currentFileKind() const {
    for (const QString &kind : FormatDescription::fileKinds())
        if (m_document->value(m_path.key(kind)))
            return kind;
    return {};
}

void EntryForm::showFileKindRows() {
    const QString kind = m_fileKind->currentData().toString();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString fieldKind = it.value()->description().fileKind;
        const bool shown = fieldKind.isEmpty() || fieldKind == kind;
        QWidget *field = m_rows.value(it.value(), it.value());
        m_form->setRowVisible(field, shown);
        if (field != it.value())
            it.value()->setVisible(shown); // the editor itself reads as hidden too
    }
}

void EntryForm::changeFileKind(const QString &kind) {
    if (m_refreshing || !m_document->editor() || kind == currentFileKind())
        return;
    // One kind replaces another in one undo step: drop the old keys, add the new one.
    ConfigDocument::CompoundEdit step(m_document);
    for (const QString &other : FormatDescription::fileKinds())
        if (other != kind && m_document->value(m_path.key(other)))
            m_document->removeValue(m_path.key(other));
    if (m_document->value(m_path.key(QStringLiteral("optional"))) &&
        kind != QLatin1String("source"))
        m_document->removeValue(m_path.key(QStringLiteral("optional")));
    if (kind == QLatin1String("directory"))
        m_document->setValue(m_path.key(kind), YamlValue::fromBool(true));
    else if (kind == QLatin1String("metadata"))
        m_document->setValue(m_path.key(kind), YamlValue::fromString(QStringLiteral("yaml")));
    else if (!kind.isEmpty())
        m_document->setValue(m_path.key(kind), YamlValue::fromString(QString()));
}

void EntryForm::commit(const QString &keyPath, const YamlPath &relative,
                       const std::optional<YamlValue> &wanted) {
    if (m_refreshing || !m_document->editor())
        return;
    const YamlPath path = pathOf(keyPath).joined(relative);
    const std::optional<YamlValue> current = m_document->value(path);
    if (!wanted && !current)
        return;
    if (wanted && current && *current == *wanted)
        return; // nothing changed: no edit, no undo step
    const bool ok = wanted ? m_document->setValue(path, *wanted) : m_document->removeValue(path);
    if (!ok)
        emit editFailed(m_document->lastEditError());
}

void EntryForm::move(const QString &keyPath, const YamlPath &relative, int toIndex) {
    if (m_refreshing || !m_document->editor())
        return;
    if (!m_document->moveItem(pathOf(keyPath).joined(relative), toIndex))
        emit editFailed(m_document->lastEditError());
}

void EntryForm::setPreview(PreviewController *preview) {
    m_preview = preview;
    connect(preview, &PreviewController::containersReady, this, &EntryForm::takeLabels);
    if (!preview->containers().isEmpty())
        takeLabels(preview->containers());
}

void EntryForm::takeLabels(const QList<EffectiveContainer> &containers) {
    m_labels.clear();
    for (const EffectiveContainer &c : containers) {
        ImageLabel info;
        info.found = c.imageFound;
        if (!c.labelText.isEmpty()) {
            // The label is JSON, which reads as YAML.
            Result<YamlValue> parsed = YamlValue::parse(c.labelText);
            if (parsed && parsed->isMap())
                info.label = *parsed;
            else
                info.problem = parsed ? tr("not a JSON object") : parsed.error().message;
        }
        m_labels.insert(c.image, info);
    }
    m_labelsKnown = true;
    m_labelsGeneration = m_document->generation();
    refresh();
}

QString EntryForm::labelStatus() const {
    return m_labelStatus->isHidden() ? QString() : m_labelStatus->text();
}

std::optional<YamlValue> EntryForm::currentLabel() {
    const std::optional<YamlValue> image =
        hasImageLabel(m_section) ? m_document->value(m_path.key(QStringLiteral("image")))
                                 : std::nullopt;
    if (!m_preview || !image || image->scalarText().isEmpty()) {
        m_labelStatus->hide();
        return std::nullopt;
    }
    const QString ref = image->scalarText();
    const auto it = m_labels.constFind(ref);
    QString status;
    std::optional<YamlValue> label;
    if (it == m_labels.constEnd()) {
        // Not in the last preview: one is on its way, or the store cannot be read.
        status = m_labelsKnown && !m_preview->isRunning() &&
                         m_labelsGeneration == m_document->generation()
                     ? tr("The image's label is unknown: the local image store (%1) cannot be "
                          "read. Greyed values are LinuxKit's defaults.")
                           .arg(m_preview->storePath())
                     : tr("Reading the image's org.mobyproject.config label…");
    } else if (!it->found) {
        status = tr("Image not in the local store: label values unknown. Greyed values are "
                    "LinuxKit's defaults; pull the image (lkc pull %1) to see what its label "
                    "sets.")
                     .arg(ref);
    } else if (!it->problem.isEmpty()) {
        status = tr("The image's org.mobyproject.config label cannot be read: %1").arg(it->problem);
    } else if (!it->label) {
        status = tr("The image has no org.mobyproject.config label: greyed values are "
                    "LinuxKit's defaults.");
    } else {
        status = tr("Greyed values come from the image's org.mobyproject.config label, else "
                    "from LinuxKit's defaults; a value set here replaces the label's.");
        label = it->label;
    }
    m_labelStatus->setText(status);
    m_labelStatus->show();
    return label;
}

bool EntryForm::focusPath(const QString &yamlPath) {
    const Result<YamlPath> parsed = YamlPath::parse(yamlPath);
    if (!parsed.ok() || parsed->size() < m_path.size() || parsed->left(m_path.size()) != m_path)
        return false;
    QStringList keys;
    for (qsizetype i = m_path.size(); i < parsed->size(); ++i)
        if (!parsed->segments()[i].isIndex())
            keys << parsed->segments()[i].key;
    const QString wanted = normalized(keys.join(QLatin1Char('/')));
    // The longest key path of the form that the problem's path starts with.
    QString best;
    bool found = false;
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        const QString key = normalized(it.key());
        const bool matches = wanted == key || wanted.startsWith(key + QLatin1Char('/')) ||
                             (key.isEmpty() && m_section == QLatin1String("init"));
        if (matches && (!found || key.size() > normalized(best).size())) {
            best = it.key();
            found = true;
        }
    }
    if (!found)
        return false;
    QWidget *widget = m_widgets.value(best);
    if (widget->isHidden() && widget->testAttribute(Qt::WA_WState_ExplicitShowHide))
        return false; // a row the file's kind does not use
    QWidget *target = widget;
    if (auto *editor = qobject_cast<FieldEditor *>(widget))
        target = editor->focusTarget();
    m_scroll->ensureWidgetVisible(widget);
    target->setFocus(Qt::OtherFocusReason);
    // A form built a moment ago shows its rows on the next event loop pass;
    // the focus is given again then, once the field can hold it.
    QTimer::singleShot(0, target, [this, widget, target] {
        m_scroll->ensureWidgetVisible(widget);
        target->setFocus(Qt::OtherFocusReason);
    });
    return true;
}

} // namespace Lkc
