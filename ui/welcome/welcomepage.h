// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QListWidget;

namespace Lkc {

// What the window shows before a config is open: what a LinuxKit image is made
// of, annotated templates to start from, recent files and the tour.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    struct Template {
        QString resource; // ":/templates/minimal.yml"
        QString title;
        QString summary;
    };

    explicit WelcomePage(QWidget *parent = nullptr);

    static QList<Template> templates();
    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

signals:
    void templateChosen(const QString &resource);
    void recentChosen(const QString &path);
    void openRequested();
    void tourRequested();

private:
    QListWidget *m_recent;
};

} // namespace Lkc
