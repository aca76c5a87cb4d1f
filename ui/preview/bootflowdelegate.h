// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace Lkc {

// Paints one boot step: a stage lane on the left (colour per stage, a line
// joining the steps, a dot for sequential steps and a bar for parallel ones),
// the entry in bold and what happens there below it.
class BootFlowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor stageColor(int stage);
};

} // namespace Lkc
