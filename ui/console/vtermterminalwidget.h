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
    QString allText() const override;
    QString selectedText() const override;
    void selectAll() override;
    void copy() override;
    void paste(const QString &text) override;
    bool find(const QString &text, bool backward = true) override;
    TerminalScreen *screen() const { return m_screen; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // A place in the whole text: line 0 is the oldest scrollback line, the
    // screen's rows follow the scrollback; x is the column.
    using TextPos = QPoint;
    void updateGridSize();
    int lineCount() const;
    QString line(int index) const;
    int topLine() const; // the whole-text line shown in the first row
    TextPos textPosAt(const QPoint &pixel) const;
    bool isSelected(int lineIndex, int column) const;
    void scrollToLine(int lineIndex);

    TerminalScreen *m_screen;
    QSize m_cellSize;
    int m_scrollOffset = 0;   // lines scrolled back into history
    TextPos m_anchor{-1, -1}; // selection start (where the mouse went down)
    TextPos m_end{-1, -1};    // selection end, exclusive
    bool m_selecting = false;
    TextPos m_lastMatch{-1, -1};
};

} // namespace Lkc
