// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "build/bootflow.h"

#include <QAbstractListModel>

namespace Lkc {

// The boot flow as a list: one row per step, in boot order.
class BootFlowModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { YamlPathRole = Qt::UserRole + 1, StageRole, TitleRole, DetailRole };

    explicit BootFlowModel(QObject *parent = nullptr);
    void setSteps(const QList<BootStep> &steps);
    const QList<BootStep> &steps() const { return m_steps; }
    QModelIndex indexForPath(const QString &yamlPath) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString stageLabel(BootStep::Stage stage);

private:
    QList<BootStep> m_steps;
};

} // namespace Lkc
