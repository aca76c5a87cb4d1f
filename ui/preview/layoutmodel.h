// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "build/layoutpreview.h"

#include <QAbstractItemModel>

namespace Lkc {

// The root filesystem the build will produce, as a tree with sizes. With a
// budget set, nodes whose size passes it (and the root, when the image
// does) are marked.
class LayoutModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, EntryColumn, ColumnCount };
    enum Role { YamlPathRole = Qt::UserRole + 1, BytesRole, OverBudgetRole, PathRole };

    explicit LayoutModel(QObject *parent = nullptr);

    void setLayout(const RootfsLayout &layout);
    const RootfsLayout &layout() const { return m_layout; }
    // 0: no budget.
    void setBudget(qint64 bytes);
    qint64 budget() const { return m_budget; }
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString formatBytes(qint64 bytes);

private:
    int nodeOf(const QModelIndex &index) const;
    bool overBudget(int node) const;

    RootfsLayout m_layout;
    qint64 m_budget = 0;
};

} // namespace Lkc
