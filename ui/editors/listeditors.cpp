// SPDX-License-Identifier: Apache-2.0
#include "listeditors.h"
#include "config/capabilities.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lkc {

StringListEditor::StringListEditor(const FieldDescription &description, QWidget *parent)
    : FieldEditor(description, parent)
    , m_list(new QListWidget(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6 + 12);
    m_list->setAccessibleName(m_description.label);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    setFocusProxy(m_list);
    connect(add, &QPushButton::clicked, this, [this] { addItem(QString()); });
    connect(remove, &QPushButton::clicked, this, &StringListEditor::removeCurrent);
    connect(m_list, &QListWidget::itemChanged, this,
            [this](QListWidgetItem *item) { itemChanged(m_list->row(item)); });
    // A drag inside the list is a move of one item.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int, const QModelIndex &, int row) {
                rowMoved(start, row > start ? row - 1 : row);
            });
}

QWidget *StringListEditor::focusTarget() {
    return m_list;
}

bool StringListEditor::isBeingEdited() const {
    // An open cell editor is a focused child of the viewport.
    const QWidget *focus = QApplication::focusWidget();
    return focus && m_list->viewport()->isAncestorOf(focus);
}

void StringListEditor::setValue(const std::optional<YamlValue> &value) {
    m_loading = true;
    m_list->clear();
    QStringList items;
    if (value && value->isList())
        for (const YamlValue &item : value->items())
            items << item.scalarText();
    else if (value)
        items << value->scalarText();
    for (const QString &text : items) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_count = int(items.size());
    m_isList = value && value->isList();
    m_loading = false;
}

YamlValue StringListEditor::itemValue(const QString &text) const {
    // additionalGids mixes numbers and names; everything else is strings.
    return m_description.key == QLatin1String("additionalGids") ? YamlValue::fromCommandLine(text)
                                                                : YamlValue::fromString(text);
}

void StringListEditor::itemChanged(int row) {
    if (m_loading || row < 0)
        return;
    if (!m_isList || m_count == 0) {
        commit(); // no list yet (or a lone string): the whole value, one line
        return;
    }
    const QString text = m_list->item(row)->text().trimmed();
    if (row >= m_count) { // a row being added: appended once it has text
        if (text.isEmpty())
            return;
        ++m_count;
        emit editedAt(YamlPath().item(m_count - 1), itemValue(text));
        return;
    }
    if (text.isEmpty()) { // emptied: the item goes
        --m_count;
        if (m_count == 0)
            emit edited(std::nullopt);
        else
            emit editedAt(YamlPath().item(row), std::nullopt);
        return;
    }
    emit editedAt(YamlPath().item(row), itemValue(text));
}

void StringListEditor::rowMoved(int from, int to) {
    if (m_loading || from == to)
        return;
    if (m_isList && from < m_count && to < m_count)
        emit movedAt(YamlPath().item(from), to);
    else if (!m_isList)
        commit();
}

void StringListEditor::addItem(const QString &text) {
    m_loading = true;
    auto *item = new QListWidgetItem(text, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_loading = false;
    m_list->setCurrentItem(item);
    if (text.isEmpty())
        m_list->editItem(item); // committed when the edit ends with some text
    else
        itemChanged(m_list->row(item));
}

void StringListEditor::removeCurrent() {
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_loading = true;
    delete m_list->takeItem(row);
    m_loading = false;
    if (!m_isList || row >= m_count) {
        if (!m_isList)
            commit();
        return; // a row that was never written
    }
    --m_count;
    if (m_count == 0)
        emit edited(std::nullopt);
    else
        emit editedAt(YamlPath().item(row), std::nullopt);
}

void StringListEditor::commit() {
    if (m_loading)
        return;
    QList<YamlValue> items;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString text = m_list->item(i)->text().trimmed();
        if (!text.isEmpty())
            items << itemValue(text);
    }
    emit edited(items.isEmpty() ? std::nullopt : std::optional(YamlValue::fromList(items)));
}

CapabilitiesEditor::CapabilitiesEditor(const FieldDescription &description, QWidget *parent)
    : FieldEditor(description, parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_state(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search capabilities"));
    m_search->setClearButtonEnabled(true);
    auto *all = new QPushButton(tr("All"), this);
    auto *none = new QPushButton(tr("None"), this);
    auto *unset = new QPushButton(tr("Not set"), this);
    // The search has a line of its own: beside the buttons it made the form too wide
    // for a 1280-pixel window with the right docks open.
    layout->addWidget(m_search);
    top->addWidget(all);
    top->addWidget(none);
    top->addWidget(unset);
    top->addStretch();
    layout->addLayout(top);
    m_state->setWordWrap(true); // long in French; must not widen the form
    layout->addWidget(m_state);
    layout->addWidget(m_list);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 8 + 12);
    m_list->setAccessibleName(m_description.label);
    for (const QString &name : Capabilities::all()) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    setFocusProxy(m_list);
    connect(m_search, &QLineEdit::textChanged, this, &CapabilitiesEditor::filter);
    connect(all, &QPushButton::clicked, this, &CapabilitiesEditor::setAll);
    connect(none, &QPushButton::clicked, this, &CapabilitiesEditor::setNone);
    connect(unset, &QPushButton::clicked, this, [this] { emit edited(std::nullopt); });
    connect(m_list, &QListWidget::itemChanged, this, [this] { commit(); });
}

QWidget *CapabilitiesEditor::focusTarget() {
    return m_list;
}

void CapabilitiesEditor::filter(const QString &text) {
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
}

void CapabilitiesEditor::setValue(const std::optional<YamlValue> &value) {
    m_loading = true;
    m_written.clear();
    if (value && value->isList())
        for (const YamlValue &item : value->items())
            m_written << item.scalarText();
    const bool all = m_written.size() == 1 && Capabilities::isAllKeyword(m_written[0]);
    const bool none = m_written.size() == 1 && Capabilities::isNoneKeyword(m_written[0]);
    // Names the kernel does not know stay listed (unchecking one removes it).
    for (int i = m_list->count() - 1; i >= 0; --i)
        if (!Capabilities::isKnown(m_list->item(i)->text()))
            delete m_list->takeItem(i);
    for (const QString &name : std::as_const(m_written))
        if (!Capabilities::isKnown(name) && !all && !none) {
            auto *item = new QListWidgetItem(name, m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setForeground(Qt::red);
            item->setToolTip(tr("not a capability the kernel knows"));
        }
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(all || m_written.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    if (!value)
        m_state->setText(tr("Not set: the image's label or LinuxKit's default decides."));
    else if (all)
        m_state->setText(tr("All capabilities."));
    else if (none)
        m_state->setText(tr("No capabilities."));
    else
        m_state->setText(tr("%n selected", nullptr, int(m_written.size())));
    filter(m_search->text());
    m_loading = false;
}

void CapabilitiesEditor::setAll() {
    emit edited(YamlValue::fromStringList({QStringLiteral("all")}));
}

void CapabilitiesEditor::setNone() {
    // `none` alone only means something where it replaces the label's list.
    if (m_description.key == QLatin1String("capabilities"))
        emit edited(YamlValue::fromStringList({QStringLiteral("none")}));
    else
        emit edited(std::nullopt);
}

void CapabilitiesEditor::commit() {
    if (m_loading)
        return;
    // Keep the config's order for names already there; new ones follow.
    QStringList checked;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked << m_list->item(i)->text();
    QStringList out;
    for (const QString &name : std::as_const(m_written))
        if (checked.contains(name))
            out << name;
    for (const QString &name : std::as_const(checked))
        if (!out.contains(name))
            out << name;
    emit edited(out.isEmpty() ? std::nullopt : std::optional(YamlValue::fromStringList(out)));
}

} // namespace Lkc
