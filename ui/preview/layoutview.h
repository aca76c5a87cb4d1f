// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "build/layoutpreview.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTreeView;

namespace Lkc {

class LayoutModel;

// The root filesystem the build will produce, with sizes per node and for the
// whole initrd and ISO, and an optional size budget that marks what passes it.
class LayoutView : public QWidget {
    Q_OBJECT
public:
    explicit LayoutView(QWidget *parent = nullptr);

    void setLayout(const RootfsLayout &layout);
    void setMessage(const QString &text);
    void setBudgetMiB(int mib);
    LayoutModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QString summary() const;

signals:
    void entrySelected(const QString &yamlPath);

private:
    void updateSummary();

    LayoutModel *m_model;
    QLabel *m_summary;
    QSpinBox *m_budget;
    QTreeView *m_tree;
};

} // namespace Lkc
