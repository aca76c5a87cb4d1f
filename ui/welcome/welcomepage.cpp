// SPDX-License-Identifier: Apache-2.0
#include "welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Lkc {

QList<WelcomePage::Template> WelcomePage::templates() {
    return {
        {QStringLiteral(":/templates/minimal.yml"), tr("Minimal"),
         tr("A kernel, init, DHCP at boot and a console login: the smallest useful image.")},
        {QStringLiteral(":/templates/getty.yml"), tr("Console login"),
         tr("A login prompt with a root password, kernel settings and an entropy daemon.")},
        {QStringLiteral(":/templates/sshd.yml"), tr("SSH server"),
         tr("Log in over SSH with your own key; a console login as a fallback.")},
        {QStringLiteral(":/templates/starter.yml"), tr("Offline starter kit"),
         tr("Boots without Docker Hub, on images built from Debian packages "
            "(packaging/starter-kit).")},
    };
}

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this)) {
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(32, 24, 32, 24);
    column->setSpacing(12);

    auto *title = new QLabel(tr("<h1>LinuxKit Composer</h1>"), content);
    auto *intro = new QLabel(
        tr("<p>A LinuxKit image is a kernel plus a root filesystem built from container "
           "images. At boot the kernel starts <b>init</b>; init runs the <b>onboot</b> "
           "containers one after another, then starts the <b>services</b> together; "
           "<b>onshutdown</b> runs at power-off. <b>files</b> are written into the root "
           "filesystem as they are.</p><p>Start from a template: every line of it says why it "
           "is there. The Layout, Boot flow and Effective configuration views show what the "
           "build will make before you build.</p>"),
        content);
    intro->setWordWrap(true);
    column->addWidget(title);
    column->addWidget(intro);

    column->addWidget(new QLabel(tr("<h3>New from a template</h3>"), content));
    auto *grid = new QGridLayout;
    int row = 0;
    for (const Template &t : templates()) {
        auto *button = new QPushButton(t.title, content);
        button->setAccessibleDescription(t.summary);
        button->setMinimumWidth(180);
        auto *summary = new QLabel(t.summary, content);
        summary->setWordWrap(true);
        summary->setBuddy(button);
        grid->addWidget(button, row, 0);
        grid->addWidget(summary, row, 1);
        connect(button, &QPushButton::clicked, this,
                [this, resource = t.resource] { emit templateChosen(resource); });
        ++row;
    }
    grid->setColumnStretch(1, 1);
    column->addLayout(grid);

    auto *actions = new QHBoxLayout;
    auto *open = new QPushButton(tr("&Open a config…"), content);
    auto *tour = new QPushButton(tr("Take the &tour"), content);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(tour, &QPushButton::clicked, this, &WelcomePage::tourRequested);
    actions->addWidget(open);
    actions->addWidget(tour);
    actions->addStretch(1);
    column->addLayout(actions);

    auto *recentLabel = new QLabel(tr("<h3>&Recent files</h3>"), content);
    recentLabel->setBuddy(m_recent);
    column->addWidget(recentLabel);
    m_recent->setAccessibleName(tr("Recent files"));
    m_recent->setMinimumHeight(120);
    column->addWidget(m_recent, 1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentChosen(item->data(Qt::UserRole).toString());
    });

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList &paths) {
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(path).fileName(),
                              QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (paths.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No recent files yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace Lkc
