// SPDX-License-Identifier: Apache-2.0
#include "scalareditors.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Lkc {

namespace {
// A combo sized to its longest item ("not set (from image label: …)") would set the
// form's minimum width; it shrinks with the form and elides instead.
void fitNarrow(QComboBox *combo) {
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
}

QHBoxLayout *tightLayout(QWidget *w) {
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}
} // namespace

LineFieldEditor::LineFieldEditor(const FieldDescription &description, QWidget *parent)
    : FieldEditor(description, parent)
    , m_edit(new QLineEdit(this)) {
    tightLayout(this)->addWidget(m_edit);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(inheritedText());
    if (m_description.kind == FieldDescription::Kind::Integer)
        m_edit->setValidator(new QIntValidator(m_edit));
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, &LineFieldEditor::commit);
}

QWidget *LineFieldEditor::focusTarget() {
    return m_edit;
}

bool LineFieldEditor::isBeingEdited() const {
    return m_edit->hasFocus();
}

void LineFieldEditor::inheritedChanged() {
    m_edit->setPlaceholderText(inheritedText());
}

void LineFieldEditor::setValue(const std::optional<YamlValue> &value) {
    m_edit->setText(value ? value->scalarText() : QString());
    m_edit->setCursorPosition(0); // long image references read from their start
}

void LineFieldEditor::commit() {
    const QString text = m_edit->text();
    if (text.isEmpty()) {
        emit edited(std::nullopt);
        return;
    }
    switch (m_description.kind) {
    case FieldDescription::Kind::Integer:
        emit edited(YamlValue::fromInt(text.toLongLong()));
        break;
    case FieldDescription::Kind::IdOrName:
        emit edited(YamlValue::fromCommandLine(text));
        break;
    default:
        emit edited(YamlValue::fromString(text));
    }
}

BoolFieldEditor::BoolFieldEditor(const FieldDescription &description, QWidget *parent)
    : FieldEditor(description, parent)
    , m_combo(new QComboBox(this)) {
    tightLayout(this)->addWidget(m_combo);
    fitNarrow(m_combo);
    m_combo->addItem(tr("not set (%1)").arg(inheritedText()));
    m_combo->addItem(tr("yes"), true);
    m_combo->addItem(tr("no"), false);
    m_combo->setItemData(0, palette().brush(QPalette::Disabled, QPalette::Text),
                         Qt::ForegroundRole);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this] {
        updateLook();
        const QVariant data = m_combo->currentData();
        emit edited(data.isValid() ? std::optional(YamlValue::fromBool(data.toBool()))
                                   : std::nullopt);
    });
    updateLook();
}

QWidget *BoolFieldEditor::focusTarget() {
    return m_combo;
}

void BoolFieldEditor::inheritedChanged() {
    m_combo->setItemText(0, tr("not set (%1)").arg(inheritedText()));
}

void BoolFieldEditor::setValue(const std::optional<YamlValue> &value) {
    m_combo->setCurrentIndex(!value ? 0 : (value->toBool() ? 1 : 2));
    updateLook();
}

void BoolFieldEditor::updateLook() {
    // "not set" reads greyed: the value shown is LinuxKit's, not the config's.
    QPalette pal = palette();
    if (m_combo->currentIndex() == 0)
        pal.setBrush(QPalette::ButtonText, pal.brush(QPalette::Disabled, QPalette::Text));
    m_combo->setPalette(pal);
}

ChoiceFieldEditor::ChoiceFieldEditor(const FieldDescription &description, QWidget *parent)
    : FieldEditor(description, parent)
    , m_combo(new QComboBox(this)) {
    tightLayout(this)->addWidget(m_combo);
    fitNarrow(m_combo);
    m_combo->setEditable(m_description.openChoice);
    m_combo->addItem(QString());
    inheritedChanged();
    m_combo->setItemData(0, palette().brush(QPalette::Disabled, QPalette::Text),
                         Qt::ForegroundRole);
    for (const QString &choice : m_description.choices)
        m_combo->addItem(choice, choice);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::activated, this, &ChoiceFieldEditor::commit);
    if (m_combo->lineEdit())
        connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, &ChoiceFieldEditor::commit);
}

QWidget *ChoiceFieldEditor::focusTarget() {
    return m_combo;
}

void ChoiceFieldEditor::inheritedChanged() {
    const QString inherited = inheritedText();
    const bool shown = m_combo->currentIndex() == 0;
    m_combo->setItemText(0,
                         inherited.isEmpty() ? tr("not set") : tr("not set (%1)").arg(inherited));
    // An editable combo's line shows the text of the item it was set to.
    if (shown && m_combo->isEditable())
        m_combo->setEditText(m_combo->itemText(0));
}

bool ChoiceFieldEditor::isBeingEdited() const {
    return m_combo->lineEdit() && m_combo->lineEdit()->hasFocus();
}

void ChoiceFieldEditor::setValue(const std::optional<YamlValue> &value) {
    if (!value) {
        m_combo->setCurrentIndex(0);
        return;
    }
    const int index = m_combo->findData(value->scalarText());
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    else if (m_combo->isEditable())
        m_combo->setCurrentText(value->scalarText());
    else { // a value the schema does not list: show it, the problems list says why
        m_combo->addItem(value->scalarText(), value->scalarText());
        m_combo->setCurrentIndex(m_combo->count() - 1);
    }
}

void ChoiceFieldEditor::commit() {
    QString text = m_combo->currentData().toString();
    if (m_combo->isEditable() && m_combo->currentIndex() != 0 &&
        m_combo->currentText() != m_combo->itemText(0))
        text = m_combo->currentText().trimmed();
    if (m_combo->isEditable() && m_combo->currentText() == m_combo->itemText(0))
        text.clear();
    emit edited(text.isEmpty() ? std::nullopt : std::optional(YamlValue::fromString(text)));
}

ContentsFieldEditor::ContentsFieldEditor(const FieldDescription &description, QWidget *parent)
    : FieldEditor(description, parent)
    , m_edit(new QPlainTextEdit(this)) {
    tightLayout(this)->addWidget(m_edit);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 6 + 12);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);
}

QWidget *ContentsFieldEditor::focusTarget() {
    return m_edit;
}

bool ContentsFieldEditor::isBeingEdited() const {
    return m_edit->hasFocus();
}

void ContentsFieldEditor::setValue(const std::optional<YamlValue> &value) {
    m_set = value.has_value();
    m_edit->setPlainText(value ? value->scalarText() : QString());
}

bool ContentsFieldEditor::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        commit();
    return FieldEditor::eventFilter(watched, event);
}

void ContentsFieldEditor::commit() {
    const QString text = m_edit->toPlainText();
    // An empty text keeps an existing `contents: ""` (the file's kind), removes nothing.
    if (text.isEmpty() && !m_set)
        return;
    emit edited(YamlValue::fromString(text));
}

} // namespace Lkc
