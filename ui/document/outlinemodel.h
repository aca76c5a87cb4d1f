// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/config.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Lkc {

// The sections of a config and their entries, as a tree: what the outline
// shows and what selects a form. Every section is listed, present or not, so
// a newcomer sees the whole LinuxKit layout; absent ones are greyed.
class OutlineModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        YamlPathRole = Qt::UserRole + 1, // "services[2]", "kernel", "files"
        SectionRole,                     // "services", "kernel", …
        PresentRole,                     // false for sections the config lacks
        LineRole,
    };

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    void setConfig(const Config &config);
    // The index showing a YAML path (or its closest ancestor), for keeping the
    // selection across re-parses.
    QModelIndex indexForPath(const QString &yamlPath) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        QString title;
        QString detail;
        QString yamlPath;
        QString section;
        bool present = true;
        int line = 0;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row() const;
    };
    Node *nodeFor(const QModelIndex &index) const;
    Node *addSection(const QString &key, const QString &title, bool present, int line);
    static void addChild(Node *section, QString title, QString detail, QString path, int line);

    std::unique_ptr<Node> m_root;
};

} // namespace Lkc
