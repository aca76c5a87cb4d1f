// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "build/effectiveconfig.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace Lkc {

class EffectiveLinesModel;

// The config.json and runtime.json the build would write for the selected
// container entry, each line coloured and labelled by where it came from.
class EffectiveConfigView : public QWidget {
    Q_OBJECT
public:
    explicit EffectiveConfigView(QWidget *parent = nullptr);

    void setContainers(const QList<EffectiveContainer> &containers);
    // Shows the entry at a YAML path ("services[1]", or a path below it).
    void showEntry(const QString &yamlPath);
    QString shownEntry() const { return m_shown; }

    EffectiveLinesModel *configModel() const { return m_configModel; }
    EffectiveLinesModel *runtimeModel() const { return m_runtimeModel; }
    QString headline() const;

signals:
    // A line set in the YAML was activated: go to the key that set it.
    void yamlKeyActivated(const QString &yamlPath);

private:
    void update();
    QTableView *makeTable(EffectiveLinesModel *model);

    QList<EffectiveContainer> m_containers;
    QString m_shown;
    QLabel *m_header;
    QLabel *m_legend;
    QTabWidget *m_tabs;
    EffectiveLinesModel *m_configModel;
    EffectiveLinesModel *m_runtimeModel;
};

} // namespace Lkc
