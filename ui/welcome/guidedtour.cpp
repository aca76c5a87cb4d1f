// SPDX-License-Identifier: Apache-2.0
#include "guidedtour.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lkc {

GuidedTour::GuidedTour(QWidget *window, QList<Step> steps)
    : QFrame(window)
    , m_steps(std::move(steps))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_count(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this)) {
    setFrameShape(QFrame::Box);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAccessibleName(tr("Tour"));
    m_text->setWordWrap(true);
    m_text->setFixedWidth(320);
    auto *done = new QPushButton(tr("&Done"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &GuidedTour::back);
    connect(m_next, &QPushButton::clicked, this, &GuidedTour::next);
    connect(done, &QPushButton::clicked, this, &QWidget::close);
    setAttribute(Qt::WA_DeleteOnClose);
    window->installEventFilter(this);
    hide();
}

void GuidedTour::start() {
    show(0);
}

void GuidedTour::next() {
    for (int i = m_current + 1; i < m_steps.size(); ++i)
        if (m_steps[i].target && m_steps[i].target->isVisible())
            return show(i);
    close();
}

void GuidedTour::back() {
    for (int i = m_current - 1; i >= 0; --i)
        if (m_steps[i].target && m_steps[i].target->isVisible())
            return show(i);
}

void GuidedTour::show(int step) {
    if (step < 0 || step >= m_steps.size())
        return;
    m_current = step;
    const Step &s = m_steps[step];
    m_title->setText(QStringLiteral("<b>%1</b>").arg(s.title.toHtmlEscaped()));
    m_text->setText(s.text);
    m_count->setText(tr("%1 of %2").arg(step + 1).arg(m_steps.size()));
    m_back->setEnabled(step > 0);
    m_next->setText(step + 1 < m_steps.size() ? tr("&Next") : tr("&Finish"));
    adjustSize();
    place();
    QFrame::show();
    raise();
    m_next->setFocus();
}

// Beside the part it explains, inside the window.
void GuidedTour::place() {
    if (m_current < 0 || !m_steps[m_current].target)
        return;
    QWidget *window = parentWidget();
    QWidget *target = m_steps[m_current].target;
    const QRect area(target->mapTo(window, QPoint(0, 0)), target->size());
    QPoint at(area.right() - width() - 12, area.top() + 12);
    if (area.width() < width() + 24)
        at = QPoint(area.right() + 8, area.top());
    at.setX(qBound(0, at.x(), qMax(0, window->width() - width())));
    at.setY(qBound(0, at.y(), qMax(0, window->height() - height())));
    move(at);
}

void GuidedTour::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QFrame::keyPressEvent(event);
}

bool GuidedTour::eventFilter(QObject *watched, QEvent *event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace Lkc
