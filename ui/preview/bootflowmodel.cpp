// SPDX-License-Identifier: Apache-2.0
#include "bootflowmodel.h"

namespace Lkc {

BootFlowModel::BootFlowModel(QObject *parent)
    : QAbstractListModel(parent) {}

void BootFlowModel::setSteps(const QList<BootStep> &steps) {
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

QModelIndex BootFlowModel::indexForPath(const QString &yamlPath) const {
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps[i].yamlPath == yamlPath)
            return index(i);
    return {};
}

int BootFlowModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_steps.size());
}

QString BootFlowModel::stageLabel(BootStep::Stage stage) {
    switch (stage) {
    case BootStep::Stage::Kernel:
        return tr("1 · kernel");
    case BootStep::Stage::Init:
        return tr("2 · init");
    case BootStep::Stage::Onboot:
        return tr("3 · onboot, in order");
    case BootStep::Stage::Services:
        return tr("4 · services, in parallel");
    case BootStep::Stage::Onshutdown:
        return tr("5 · onshutdown");
    }
    return {};
}

QVariant BootFlowModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const BootStep &step = m_steps[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return step.title + QStringLiteral(" — ") + step.detail;
    case Qt::ToolTipRole:
        return step.detail;
    case Qt::AccessibleTextRole:
        return stageLabel(step.stage) + QStringLiteral(": ") + step.title + QStringLiteral(". ") +
               step.detail;
    case YamlPathRole:
        return step.yamlPath;
    case StageRole:
        return int(step.stage);
    case TitleRole:
        return step.title;
    case DetailRole:
        return step.detail;
    default:
        return {};
    }
}

} // namespace Lkc
