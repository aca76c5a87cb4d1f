// SPDX-License-Identifier: Apache-2.0
#include "layoutview.h"
#include "layoutmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lkc {

LayoutView::LayoutView(QWidget *parent)
    : QWidget(parent)
    , m_model(new LayoutModel(this))
    , m_summary(new QLabel(this))
    , m_budget(new QSpinBox(this))
    , m_tree(new QTreeView(this)) {
    m_summary->setWordWrap(true);
    m_summary->setText(tr("The layout appears when the config is valid and its images are in "
                          "the local store."));
    m_budget->setRange(0, 1024 * 1024);
    m_budget->setSuffix(tr(" MiB"));
    m_budget->setSpecialValueText(tr("no budget"));
    m_budget->setAccessibleName(tr("Size budget"));
    m_budget->setToolTip(tr("Mark everything larger than this (0: no budget)"));
    auto *budgetLabel = new QLabel(tr("Size &budget:"), this);
    budgetLabel->setBuddy(m_budget);
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Layout"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(LayoutModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LayoutModel::SizeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(LayoutModel::EntryColumn, QHeaderView::ResizeToContents);

    auto *row = new QHBoxLayout;
    row->addWidget(budgetLabel);
    row->addWidget(m_budget);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(row);
    layout->addWidget(m_tree, 1);

    connect(m_budget, &QSpinBox::valueChanged, this, [this](int mib) {
        m_model->setBudget(qint64(mib) * 1024 * 1024);
        QSettings().setValue(QStringLiteral("layout/budgetMiB"), mib);
        updateSummary();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString path = current.data(LayoutModel::YamlPathRole).toString();
                if (!path.isEmpty())
                    emit entrySelected(path);
            });
    m_budget->setValue(QSettings().value(QStringLiteral("layout/budgetMiB"), 0).toInt());
}

void LayoutView::setBudgetMiB(int mib) {
    m_budget->setValue(mib);
}

void LayoutView::setMessage(const QString &text) {
    m_summary->setText(text);
}

void LayoutView::setLayout(const RootfsLayout &layout) {
    // Keep what the reader had open across a re-computation.
    QStringList expanded;
    for (const LayoutNode &node : m_model->layout().nodes)
        if (!node.children.isEmpty() && m_tree->isExpanded(m_model->indexForPath(node.path)))
            expanded.append(node.path);
    const QString current = m_tree->currentIndex().data(LayoutModel::PathRole).toString();
    const bool first = m_model->rowCount() == 0;
    m_model->setLayout(layout);
    if (first) {
        m_tree->expand(m_model->index(0, 0));
        for (const QString &top : {QStringLiteral("containers"), QStringLiteral("boot")})
            m_tree->expand(m_model->indexForPath(top));
    }
    for (const QString &path : expanded)
        m_tree->expand(m_model->indexForPath(path));
    if (!current.isEmpty()) {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(m_model->indexForPath(current));
    }
    updateSummary();
}

QString LayoutView::summary() const {
    return m_summary->text();
}

void LayoutView::updateSummary() {
    const RootfsLayout &l = m_model->layout();
    if (l.nodes.isEmpty())
        return;
    QString text =
        tr("Root filesystem %1 in %2 entries · kernel %3 · initrd %4 · ISO about %5")
            .arg(LayoutModel::formatBytes(l.rootfsBytes))
            .arg(l.entries.size())
            .arg(LayoutModel::formatBytes(l.kernelBytes),
                 l.initrdBytes >= 0 ? LayoutModel::formatBytes(l.initrdBytes) : tr("not measured"),
                 LayoutModel::formatBytes(l.isoEstimate()));
    const qint64 budget = m_model->budget();
    if (budget > 0 && l.isoEstimate() > budget)
        text += QStringLiteral("<br><span style=\"color:#c01c28\">") +
                tr("The ISO would be %1 over the budget of %2; the entries in red pass it.")
                    .arg(LayoutModel::formatBytes(l.isoEstimate() - budget),
                         LayoutModel::formatBytes(budget))
                    .toHtmlEscaped() +
                QStringLiteral("</span>");
    m_summary->setText(text);
}

} // namespace Lkc
