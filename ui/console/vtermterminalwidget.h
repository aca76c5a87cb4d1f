// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "terminalwidget.h"

namespace Lkc {

class TerminalScreen;

// The console's terminal on libvterm: a QPainter grid over the screen cells,
// keys turned into bytes by libvterm's keyboard encoder.
class VTermTerminalWidget : public TerminalWidget {
    Q_OBJECT
public:
    explicit VTermTerminalWidget(QWidget *parent = nullptr);

    void receiveBytes(const QByteArray &bytes) override;
    QString screenText() const override;
    QSize terminalSize() const override;
    void clear() override;
    TerminalScreen *screen() const { return m_screen; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void updateGridSize();

    TerminalScreen *m_screen;
    QSize m_cellSize;
    int m_scrollOffset = 0; // lines scrolled back into history
};

} // namespace Lkc
