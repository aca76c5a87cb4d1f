// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Lkc {

// Find (and replace) in a text editor: next, previous, replace, replace all.
// Replace all is one undo step.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void open(bool withReplace);
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    bool findNext(bool backward = false);
    bool replaceCurrent();
    int replaceAll();

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace Lkc
