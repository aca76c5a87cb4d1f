// SPDX-License-Identifier: Apache-2.0
#include "commandlinefield.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Lkc {

CommandLineField::CommandLineField(QWidget *parent)
    : QWidget(parent)
    , m_line(new QLineEdit(this))
    , m_copy(new QToolButton(this)) {
    m_line->setReadOnly(true);
    m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_line->setAccessibleName(tr("Command line"));
    m_line->setPlaceholderText(tr("the lkc command for this action appears here"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the command line to the clipboard"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Command:"), this));
    layout->addWidget(m_line, 1);
    layout->addWidget(m_copy);
    connect(m_copy, &QToolButton::clicked, this, &CommandLineField::copyToClipboard);
    m_copy->setEnabled(false);
}

void CommandLineField::setCommand(const QString &command) {
    m_line->setText(command);
    m_line->setCursorPosition(0);
    m_copy->setEnabled(!command.isEmpty());
}

QString CommandLineField::command() const {
    return m_line->text();
}

void CommandLineField::copyToClipboard() {
    QApplication::clipboard()->setText(m_line->text());
}

} // namespace Lkc
