// SPDX-License-Identifier: Apache-2.0
#include "entryform.h"
#include "document/configdocument.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Lkc {

namespace {
const char kKeyProperty[] = "lkcFieldKey";
} // namespace

EntryForm::EntryForm(ConfigDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    m_form = new QFormLayout(inner);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);

    connect(m_document, &ConfigDocument::reparsed, this, &EntryForm::refresh);
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
    m_widgets.clear();

    const SectionSpec *spec = FieldCatalog::section(m_section);
    const QList<FieldSpec> &fields = FieldCatalog::fields(m_section);
    if (!spec) {
        m_heading->setText(tr("Nothing selected"));
        m_explanation->setText(tr("Pick a section or an entry in the outline."));
        return;
    }
    const bool isEntry =
        m_section == QLatin1String("kernel") || (!m_path.isRoot() && m_path.last().isIndex());
    m_heading->setText(isEntry ? QStringLiteral("%1 — %2").arg(spec->title, m_path.toString())
                               : spec->title);
    updateExplanation();
    if (!isEntry || fields.isEmpty())
        return;
    for (const FieldSpec &field : fields) {
        QWidget *editor = createEditor(field);
        editor->setToolTip(field.help);
        editor->setProperty(kKeyProperty, field.key);
        editor->setAccessibleName(field.label);
        m_widgets.insert(field.key, editor);
        auto *label = new QLabel(field.label + QLatin1Char(':'));
        label->setToolTip(field.help);
        label->setBuddy(editor);
        m_form->addRow(label, editor);
    }
    refresh();
}

QWidget *EntryForm::createEditor(const FieldSpec &spec) {
    switch (spec.kind) {
    case FieldSpec::Kind::Text: {
        auto *edit = new QLineEdit;
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::editingFinished, this, [this, spec] { commit(spec); });
        return edit;
    }
    case FieldSpec::Kind::Integer: {
        auto *edit = new QLineEdit;
        edit->setValidator(new QIntValidator(edit));
        connect(edit, &QLineEdit::editingFinished, this, [this, spec] { commit(spec); });
        return edit;
    }
    case FieldSpec::Kind::Bool: {
        auto *combo = new QComboBox;
        combo->addItem(tr("(not set)"));
        combo->addItem(tr("yes"), true);
        combo->addItem(tr("no"), false);
        connect(combo, &QComboBox::activated, this, [this, spec] { commit(spec); });
        return combo;
    }
    case FieldSpec::Kind::Choice: {
        auto *combo = new QComboBox;
        combo->setEditable(true);
        combo->addItem(QString());
        combo->addItems(spec.choices);
        connect(combo, &QComboBox::activated, this, [this, spec] { commit(spec); });
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this,
                [this, spec] { commit(spec); });
        return combo;
    }
    case FieldSpec::Kind::StringList: {
        auto *edit = new QPlainTextEdit;
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(tr("one per line"));
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        edit->installEventFilter(this);
        return edit;
    }
    }
    return new QWidget;
}

bool EntryForm::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FocusOut) {
        const QString key = watched->property(kKeyProperty).toString();
        for (const FieldSpec &spec : FieldCatalog::fields(m_section))
            if (spec.key == key)
                commit(spec);
    }
    return QWidget::eventFilter(watched, event);
}

void EntryForm::setEditorValue(const FieldSpec &spec, QWidget *editor) {
    const std::optional<YamlValue> value = m_document->value(m_path.key(spec.key));
    switch (spec.kind) {
    case FieldSpec::Kind::Text:
    case FieldSpec::Kind::Integer: {
        auto *edit = static_cast<QLineEdit *>(editor);
        edit->setText(value ? value->scalarText() : QString());
        edit->setCursorPosition(0); // long image references read from their start
        break;
    }
    case FieldSpec::Kind::Bool: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(!value ? 0 : (value->toBool() ? 1 : 2));
        break;
    }
    case FieldSpec::Kind::Choice:
        static_cast<QComboBox *>(editor)->setCurrentText(value ? value->scalarText() : QString());
        break;
    case FieldSpec::Kind::StringList: {
        QStringList lines;
        if (value && value->isList())
            for (const YamlValue &item : value->items())
                lines << item.scalarText();
        else if (value)
            lines << value->scalarText();
        static_cast<QPlainTextEdit *>(editor)->setPlainText(lines.join(QLatin1Char('\n')));
        break;
    }
    }
}

void EntryForm::updateExplanation() {
    const SectionSpec *spec = FieldCatalog::section(m_section);
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
    m_refreshing = true;
    for (const FieldSpec &spec : FieldCatalog::fields(m_section)) {
        QWidget *editor = m_widgets.value(spec.key);
        if (!editor)
            continue;
        editor->setEnabled(enabled);
        // Never overwrite what the user is typing in this very field.
        if (!editor->hasFocus() && !editor->isAncestorOf(focusWidget()))
            setEditorValue(spec, editor);
    }
    m_refreshing = false;
}

void EntryForm::commit(const FieldSpec &spec) {
    QWidget *editor = m_widgets.value(spec.key);
    if (!editor || m_refreshing || !m_document->editor())
        return;
    std::optional<YamlValue> wanted; // nullopt: remove the key
    switch (spec.kind) {
    case FieldSpec::Kind::Text: {
        const QString text = static_cast<QLineEdit *>(editor)->text();
        if (!text.isEmpty())
            wanted = (spec.key == QLatin1String("uid") || spec.key == QLatin1String("gid"))
                         ? YamlValue::fromCommandLine(text)
                         : YamlValue::fromString(text);
        break;
    }
    case FieldSpec::Kind::Integer: {
        const QString text = static_cast<QLineEdit *>(editor)->text();
        if (!text.isEmpty())
            wanted = YamlValue::fromInt(text.toLongLong());
        break;
    }
    case FieldSpec::Kind::Bool: {
        const QVariant data = static_cast<QComboBox *>(editor)->currentData();
        if (data.isValid())
            wanted = YamlValue::fromBool(data.toBool());
        break;
    }
    case FieldSpec::Kind::Choice: {
        const QString text = static_cast<QComboBox *>(editor)->currentText().trimmed();
        if (!text.isEmpty())
            wanted = YamlValue::fromString(text);
        break;
    }
    case FieldSpec::Kind::StringList: {
        QStringList items;
        for (const QString &line :
             static_cast<QPlainTextEdit *>(editor)->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                items << line.trimmed();
        if (!items.isEmpty())
            wanted = YamlValue::fromStringList(items);
        break;
    }
    }

    const YamlPath path = m_path.key(spec.key);
    const std::optional<YamlValue> current = m_document->value(path);
    if (!wanted && !current)
        return;
    if (wanted && current && *current == *wanted)
        return; // nothing changed: no edit, no undo step
    const bool ok = wanted ? m_document->setValue(path, *wanted) : m_document->removeValue(path);
    if (!ok)
        emit editFailed(m_document->lastEditError());
}

} // namespace Lkc
