// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace Lkc {

// A short tour of the window: a card beside each part in turn, saying what it
// is for. Back, Next and Done are buttons (Esc closes), so it works from the
// keyboard; a step whose widget is hidden is skipped.
class GuidedTour : public QFrame {
    Q_OBJECT
public:
    struct Step {
        QPointer<QWidget> target;
        QString title;
        QString text;
    };

    GuidedTour(QWidget *window, QList<Step> steps);

    void start();
    int currentStep() const { return m_current; }
    int stepCount() const { return int(m_steps.size()); }
    void next();
    void back();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(int step);
    void place();

    QList<Step> m_steps;
    int m_current = -1;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_count;
    QPushButton *m_back;
    QPushButton *m_next;
};

} // namespace Lkc
