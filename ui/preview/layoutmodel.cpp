// SPDX-License-Identifier: Apache-2.0
#include "layoutmodel.h"

#include <QColor>
#include <QLocale>

#include <functional>

namespace Lkc {

LayoutModel::LayoutModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void LayoutModel::setLayout(const RootfsLayout &layout) {
    beginResetModel();
    m_layout = layout;
    endResetModel();
}

void LayoutModel::setBudget(qint64 bytes) {
    m_budget = bytes;
    if (m_layout.nodes.isEmpty())
        return;
    // Every level may change its mark; a reset would collapse the view.
    const std::function<void(const QModelIndex &)> changed = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
        for (int r = 0; r < rows; ++r)
            changed(index(r, 0, parent));
    };
    changed({});
}

QString LayoutModel::formatBytes(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Internal ids are node numbers + 1 (0 would be the invisible root).
int LayoutModel::nodeOf(const QModelIndex &index) const {
    return index.isValid() ? int(index.internalId()) - 1 : -1;
}

QModelIndex LayoutModel::index(int row, int column, const QModelIndex &parent) const {
    if (m_layout.nodes.isEmpty() || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(row, column, quintptr(1)) : QModelIndex();
    if (parent.column() != 0)
        return {};
    const int p = nodeOf(parent);
    const QList<int> &children = m_layout.nodes[p].children;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row] + 1));
}

QModelIndex LayoutModel::parent(const QModelIndex &child) const {
    const int n = nodeOf(child);
    if (n <= 0)
        return {};
    const int p = m_layout.nodes[n].parent;
    if (p == 0)
        return createIndex(0, 0, quintptr(1));
    const int grand = m_layout.nodes[p].parent;
    const int row = int(m_layout.nodes[grand].children.indexOf(p));
    return createIndex(row, 0, quintptr(p + 1));
}

int LayoutModel::rowCount(const QModelIndex &parent) const {
    if (m_layout.nodes.isEmpty())
        return 0;
    if (!parent.isValid())
        return 1; // the root "/"
    if (parent.column() != 0)
        return 0;
    return int(m_layout.nodes[nodeOf(parent)].children.size());
}

int LayoutModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

bool LayoutModel::overBudget(int node) const {
    return m_budget > 0 && m_layout.nodes[node].total > m_budget;
}

QModelIndex LayoutModel::indexForPath(const QString &path) const {
    int n = path.isEmpty() ? 0 : m_layout.indexOf(path);
    if (n < 0)
        return {};
    if (n == 0)
        return index(0, 0);
    const int p = m_layout.nodes[n].parent;
    const QModelIndex parentIndex = indexForPath(m_layout.nodes[p].path);
    return index(int(m_layout.nodes[p].children.indexOf(n)), 0, parentIndex);
}

QVariant LayoutModel::data(const QModelIndex &index, int role) const {
    const int n = nodeOf(index);
    if (n < 0 || n >= m_layout.nodes.size())
        return {};
    const LayoutNode &node = m_layout.nodes[n];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node.type == 'd' && n > 0 ? node.name + QLatin1Char('/') : node.name;
        case SizeColumn:
            return formatBytes(node.total);
        case EntryColumn:
            return node.yamlPath;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (overBudget(n))
            return tr("%1 is %2, over the budget of %3")
                .arg(n == 0 ? tr("The root filesystem") : node.path, formatBytes(node.total),
                     formatBytes(m_budget));
        return node.yamlPath.isEmpty() ? node.path
                                       : tr("%1 — from %2").arg(node.path, node.yamlPath);
    case Qt::ForegroundRole:
        if (overBudget(n))
            return QColor(0xc0, 0x1c, 0x28);
        return {};
    case YamlPathRole:
        return node.yamlPath;
    case BytesRole:
        return node.total;
    case OverBudgetRole:
        return overBudget(n);
    case PathRole:
        return node.path;
    default:
        return {};
    }
}

QVariant LayoutModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Path");
    case SizeColumn:
        return tr("Size");
    case EntryColumn:
        return tr("Put there by");
    }
    return {};
}

} // namespace Lkc
