// SPDX-License-Identifier: Apache-2.0
#include "bootflowview.h"
#include "bootflowdelegate.h"
#include "bootflowmodel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Lkc {

BootFlowView::BootFlowView(QWidget *parent)
    : QWidget(parent)
    , m_model(new BootFlowModel(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this)) {
    m_list->setModel(m_model);
    m_list->setItemDelegate(new BootFlowDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust); // re-wrap the details when the dock is resized
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Boot flow"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("The boot flow appears here: kernel, init, onboot in order, services in "
                        "parallel, onshutdown."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString path = current.data(BootFlowModel::YamlPathRole).toString();
                if (!path.isEmpty() && !m_following) {
                    m_entry = path;
                    emit entrySelected(path);
                }
            });
}

void BootFlowView::setSteps(const QList<BootStep> &steps) {
    m_model->setSteps(steps);
    m_empty->setVisible(steps.isEmpty());
    // The outline's selection may have come before the steps did.
    if (!m_entry.isEmpty())
        showEntry(m_entry);
}

void BootFlowView::showEntry(const QString &yamlPath) {
    const qsizetype close = yamlPath.indexOf(QLatin1Char(']'));
    const QString entry = close < 0 ? yamlPath : yamlPath.left(close + 1);
    m_entry = entry;
    const QModelIndex index = m_model->indexForPath(entry);
    // Shown, not re-announced: the outline already selected this entry.
    m_following = true;
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    } else {
        m_list->clearSelection();
    }
    m_following = false;
}

} // namespace Lkc
