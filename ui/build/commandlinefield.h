// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace Lkc {

// "Show the command": the exact `lkc` line for what the window just did or is
// about to do, selectable, with a button that copies it to the clipboard.
class CommandLineField : public QWidget {
    Q_OBJECT
public:
    explicit CommandLineField(QWidget *parent = nullptr);

    void setCommand(const QString &command);
    QString command() const;

public slots:
    void copyToClipboard();

private:
    QLineEdit *m_line;
    QToolButton *m_copy;
};

} // namespace Lkc
