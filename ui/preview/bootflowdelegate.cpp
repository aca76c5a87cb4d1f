// SPDX-License-Identifier: Apache-2.0
#include "bootflowdelegate.h"
#include "bootflowmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace Lkc {

namespace {
constexpr int kLane = 150; // the stage column
constexpr int kPad = 6;
} // namespace

QColor BootFlowDelegate::stageColor(int stage) {
    switch (BootStep::Stage(stage)) {
    case BootStep::Stage::Kernel:
        return QColor(0x5e, 0x5c, 0x64);
    case BootStep::Stage::Init:
        return QColor(0x98, 0x6a, 0x44);
    case BootStep::Stage::Onboot:
        return QColor(0x1f, 0x6f, 0xc5);
    case BootStep::Stage::Services:
        return QColor(0x1a, 0x7f, 0x37);
    case BootStep::Stage::Onshutdown:
        return QColor(0xc0, 0x1c, 0x28);
    }
    return Qt::gray;
}

QSize BootFlowDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    const QFontMetrics fm(option.font);
    // As wide as the view shows, so the details wrap instead of running off the edge.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int full = view ? view->viewport()->width() : kLane + 300;
    const int width = qMax(120, full - kLane - 2 * kPad);
    const QRect detail = fm.boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap,
                                         index.data(BootFlowModel::DetailRole).toString());
    return {full, fm.height() + detail.height() + 3 * kPad};
}

void BootFlowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, option.palette.highlight());
    else if (index.row() % 2)
        painter->fillRect(option.rect, option.palette.alternateBase());

    const int stage = index.data(BootFlowModel::StageRole).toInt();
    const QColor color = stageColor(stage);
    const auto *model = index.model();
    const int prevStage =
        index.row() > 0 ? model->index(index.row() - 1, 0).data(BootFlowModel::StageRole).toInt()
                        : -1;
    const int nextStage =
        index.row() + 1 < model->rowCount()
            ? model->index(index.row() + 1, 0).data(BootFlowModel::StageRole).toInt()
            : -1;
    const QRect r = option.rect;
    const int x = r.left() + 18;
    const int cy = r.top() + kPad + option.fontMetrics.height() / 2;

    // The line joining every step, top to bottom: the order of the boot.
    painter->setPen(QPen(option.palette.mid().color(), 2));
    if (index.row() > 0)
        painter->drawLine(x, r.top(), x, cy);
    if (nextStage >= 0)
        painter->drawLine(x, cy, x, r.bottom() + 1);

    const bool parallel = stage == int(BootStep::Stage::Services);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    if (parallel) // services start together: one bar across their rows
        painter->drawRect(QRect(x - 5, prevStage == stage ? r.top() : cy - 5, 10,
                                (nextStage == stage ? r.bottom() + 1 : cy + 5) -
                                    (prevStage == stage ? r.top() : cy - 5)));
    else
        painter->drawEllipse(QPoint(x, cy), 6, 6);

    // The stage name once, on its first step.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setPen(selected ? option.palette.highlightedText().color() : color);
    painter->setFont(bold);
    if (prevStage != stage)
        painter->drawText(QRect(x + 14, r.top() + kPad, kLane - 30, r.height()),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          BootFlowModel::stageLabel(BootStep::Stage(stage)));

    const QColor text =
        selected ? option.palette.highlightedText().color() : option.palette.text().color();
    painter->setPen(text);
    const QRect body(r.left() + kLane, r.top() + kPad, r.width() - kLane - kPad,
                     r.height() - 2 * kPad);
    painter->drawText(body, Qt::AlignLeft | Qt::AlignTop,
                      index.data(BootFlowModel::TitleRole).toString());
    painter->setFont(option.font);
    painter->drawText(body.adjusted(0, option.fontMetrics.height() + kPad / 2, 0, 0),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      index.data(BootFlowModel::DetailRole).toString());
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.rect = r;
        focus.palette = option.palette;
        QApplication::style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter);
    }
    painter->restore();
}

} // namespace Lkc
