// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "build/bootflow.h"

#include <QWidget>

class QListView;
class QLabel;

namespace Lkc {

class BootFlowModel;

// The boot flow drawn as a column of steps: a coloured lane per stage with the
// order between them (arrows for one-after-another, a bracket for parallel
// services) and one line per step saying what happens there.
class BootFlowView : public QWidget {
    Q_OBJECT
public:
    explicit BootFlowView(QWidget *parent = nullptr);

    void setSteps(const QList<BootStep> &steps);
    // Highlights the step made by an entry (from the outline selection).
    void showEntry(const QString &yamlPath);
    BootFlowModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }

signals:
    void entrySelected(const QString &yamlPath);

private:
    BootFlowModel *m_model;
    QListView *m_list;
    QLabel *m_empty;
    bool m_following = false;
    QString m_entry; // the entry shown, kept across new steps
};

} // namespace Lkc
