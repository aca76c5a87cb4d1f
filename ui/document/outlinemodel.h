// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/config.h"
#include "config/diagnostic.h"
#include "config/yamlpath.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Lkc {

// The sections of a config and their entries, as a tree: what the outline
// shows and what selects a form. Every section is listed, present or not, so
// a newcomer sees the whole LinuxKit layout; absent ones are greyed. Items
// carry error/warning badges, and entries can be dragged to a new place in
// their list (the move itself is the document's: see moveRequested).
class OutlineModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        YamlPathRole = Qt::UserRole + 1, // "services[2]", "kernel", "files"
        SectionRole,                     // "services", "kernel", …
        PresentRole,                     // false for sections the config lacks
        LineRole,
        ErrorCountRole,
        WarningCountRole,
    };

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    // When the sections keep their number of entries (typing, most form edits) the
    // items are updated in place, not reset: a view keeps its expansion, selection
    // and scroll position, and a big outline costs no relayout.
    void setConfig(const Config &config, const DiagnosticList &diagnostics = {});
    // The index showing a YAML path (or its closest ancestor), for keeping the
    // selection across re-parses.
    QModelIndex indexForPath(const QString &yamlPath) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // An entry was dropped elsewhere in its list: move `item` to index `to`.
    void moveRequested(const Lkc::YamlPath &item, int to);

private:
    struct Node {
        QString title;
        QString detail;
        QString yamlPath;
        QString section;
        bool present = true;
        bool movable = false;
        int line = 0;
        int errors = 0;
        int warnings = 0;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row() const;
    };
    Node *nodeFor(const QModelIndex &index) const;
    static std::unique_ptr<Node> build(const Config &config);
    static Node *addSection(Node *root, const QString &key, const QString &title, bool present,
                            int line);
    static void addChild(Node *section, QString title, QString detail, QString path, int line);
    static void countDiagnostics(Node *root, const DiagnosticList &diagnostics);
    static bool sameShape(const Node &a, const Node &b);
    // Copies the fields of `from` (of the same shape) into `to`, announcing changed rows.
    void update(Node *to, const Node &from);
    // The section node and the row of an entry a drop lands on, or nullptr.
    Node *dropTarget(const QMimeData *data, int row, const QModelIndex &parent, int *from,
                     int *to) const;

    std::unique_ptr<Node> m_root;
};

} // namespace Lkc
