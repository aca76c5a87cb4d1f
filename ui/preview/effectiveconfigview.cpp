// SPDX-License-Identifier: Apache-2.0
#include "effectiveconfigview.h"
#include "effectivelinesmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Lkc {

EffectiveConfigView::EffectiveConfigView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_configModel(new EffectiveLinesModel(this))
    , m_runtimeModel(new EffectiveLinesModel(this)) {
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList legend;
    for (ValueSource s :
         {ValueSource::Yaml, ValueSource::Label, ValueSource::ImageConfig, ValueSource::Default})
        legend.append(QStringLiteral("<span style=\"color:%1\">■ %2</span>")
                          .arg(EffectiveLinesModel::sourceColor(s).name(),
                               EffectiveLinesModel::sourceLabel(s).toHtmlEscaped()));
    m_legend->setText(legend.join(QStringLiteral("&nbsp;&nbsp; ")));
    m_legend->setWordWrap(true); // unwrapped, it would set the width of all the right docks
    m_tabs->addTab(makeTable(m_configModel), QStringLiteral("config.json"));
    m_tabs->addTab(makeTable(m_runtimeModel), QStringLiteral("runtime.json"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_legend);
    layout->addWidget(m_tabs, 1);
    setAccessibleName(tr("Effective configuration"));
    update();
}

QTableView *EffectiveConfigView::makeTable(EffectiveLinesModel *model) {
    auto *table = new QTableView(this);
    table->setModel(model);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 2);
    table->horizontalHeader()->setSectionResizeMode(EffectiveLinesModel::TextColumn,
                                                    QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(EffectiveLinesModel::SourceColumn,
                                                    QHeaderView::ResizeToContents);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAccessibleName(tr("Effective configuration lines"));
    connect(table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString key = index.data(EffectiveLinesModel::YamlPathRole).toString();
        if (!key.isEmpty())
            emit yamlKeyActivated(key);
    });
    return table;
}

void EffectiveConfigView::setContainers(const QList<EffectiveContainer> &containers) {
    m_containers = containers;
    update();
}

void EffectiveConfigView::showEntry(const QString &yamlPath) {
    // "services[1].binds[0]" shows services[1]; a section or the kernel shows nothing.
    const qsizetype close = yamlPath.indexOf(QLatin1Char(']'));
    m_shown = close < 0 ? yamlPath : yamlPath.left(close + 1);
    update();
}

QString EffectiveConfigView::headline() const {
    return m_header->text();
}

void EffectiveConfigView::update() {
    const EffectiveContainer *found = nullptr;
    for (const EffectiveContainer &c : m_containers)
        if (c.yamlPath == m_shown)
            found = &c;
    if (!found) {
        m_header->setText(
            tr("Select an onboot, onshutdown or services entry in the outline to see the "
               "config.json and runtime.json the build writes for it."));
        m_configModel->setLines({});
        m_runtimeModel->setLines({});
        return;
    }
    if (!found->problem.isEmpty()) {
        m_header->setText(
            tr("<b>%1</b> (%2): %3")
                .arg(found->name.toHtmlEscaped(), found->yamlPath, found->problem.toHtmlEscaped()));
        m_configModel->setLines({});
        m_runtimeModel->setLines({});
        return;
    }
    m_header->setText(tr("<b>%1</b> → %2<br>%3 @ %4%5")
                          .arg(found->name.toHtmlEscaped(), found->bundle.toHtmlEscaped(),
                               found->image.toHtmlEscaped(), found->imageDigest.left(19),
                               found->hasLabel ? QString()
                                               : tr(" (the image has no org.mobyproject.config "
                                                    "label)")));
    m_configModel->setLines(found->configLines);
    m_runtimeModel->setLines(found->runtimeLines);
}

} // namespace Lkc
