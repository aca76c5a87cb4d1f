// SPDX-License-Identifier: Apache-2.0
#include "outlinemodel.h"

#include <QApplication>
#include <QMimeData>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>

namespace Lkc {

int OutlineModel::Node::row() const {
    if (!parent)
        return 0;
    for (size_t i = 0; i < parent->children.size(); ++i)
        if (parent->children[i].get() == this)
            return int(i);
    return 0;
}

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>()) {
    setConfig(Config());
}

OutlineModel::~OutlineModel() = default;

OutlineModel::Node *OutlineModel::addSection(Node *root, const QString &key, const QString &title,
                                             bool present, int line) {
    auto node = std::make_unique<Node>();
    node->title = title;
    node->yamlPath = key;
    node->section = key;
    node->present = present;
    node->line = line;
    node->parent = root;
    root->children.push_back(std::move(node));
    return root->children.back().get();
}

void OutlineModel::addChild(Node *section, QString title, QString detail, QString path, int line) {
    auto node = std::make_unique<Node>();
    node->title = std::move(title);
    node->detail = std::move(detail);
    node->yamlPath = std::move(path);
    node->section = section->section;
    node->line = line;
    node->parent = section;
    node->movable = true;
    section->children.push_back(std::move(node));
}

void OutlineModel::setConfig(const Config &config, const DiagnosticList &diagnostics) {
    std::unique_ptr<Node> fresh = build(config);
    countDiagnostics(fresh.get(), diagnostics);
    if (sameShape(*m_root, *fresh)) {
        update(m_root.get(), *fresh);
        return;
    }
    beginResetModel();
    m_root = std::move(fresh);
    endResetModel();
}

bool OutlineModel::sameShape(const Node &a, const Node &b) {
    if (a.children.size() != b.children.size())
        return false;
    for (size_t i = 0; i < a.children.size(); ++i)
        if (!sameShape(*a.children[i], *b.children[i]))
            return false;
    return true;
}

void OutlineModel::update(Node *to, const Node &from) {
    int first = -1, last = -1;
    for (size_t i = 0; i < to->children.size(); ++i) {
        Node &t = *to->children[i];
        const Node &f = *from.children[i];
        if (t.title != f.title || t.detail != f.detail || t.yamlPath != f.yamlPath ||
            t.present != f.present || t.line != f.line || t.errors != f.errors ||
            t.warnings != f.warnings) {
            t.title = f.title;
            t.detail = f.detail;
            t.yamlPath = f.yamlPath;
            t.present = f.present;
            t.line = f.line;
            t.errors = f.errors;
            t.warnings = f.warnings;
            if (first < 0)
                first = int(i);
            last = int(i);
        }
        update(&t, f);
    }
    if (first >= 0) {
        const QModelIndex parent =
            to == m_root.get() ? QModelIndex() : createIndex(to->row(), 0, to);
        emit dataChanged(index(first, 0, parent), index(last, 0, parent));
    }
}

std::unique_ptr<OutlineModel::Node> OutlineModel::build(const Config &config) {
    auto root = std::make_unique<Node>();
    auto lineOf = [&](const QString &key) { return config.sectionPos.value(key).line; };
    auto present = [&](const QString &key) { return config.sectionPos.contains(key); };

    addSection(root.get(), QStringLiteral("kernel"), tr("Kernel"), config.kernel.isPresent(),
               config.kernel.pos.line);

    Node *init = addSection(root.get(), QStringLiteral("init"), tr("Init"),
                            present(QStringLiteral("init")), lineOf(QStringLiteral("init")));
    for (qsizetype i = 0; i < config.init.size(); ++i)
        addChild(init, config.init[i].value, {}, QStringLiteral("init[%1]").arg(i),
                 config.init[i].pos.line);

    const struct {
        ImageSection section;
        QString title;
    } imageSections[] = {{ImageSection::Onboot, tr("On boot")},
                         {ImageSection::Onshutdown, tr("On shutdown")},
                         {ImageSection::Services, tr("Services")}};
    for (const auto &s : imageSections) {
        const QString key = Config::sectionKey(s.section);
        Node *node = addSection(root.get(), key, s.title, present(key), lineOf(key));
        const QList<ImageEntry> &entries = config.images(s.section);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ImageEntry &e = entries[i];
            addChild(node, e.name.value_or(tr("(unnamed)")), e.image.value_or(QString()),
                     QStringLiteral("%1[%2]").arg(key).arg(i), e.pos.line);
        }
    }

    Node *files = addSection(root.get(), QStringLiteral("files"), tr("Files"),
                             present(QStringLiteral("files")), lineOf(QStringLiteral("files")));
    for (qsizetype i = 0; i < config.files.size(); ++i)
        addChild(files, config.files[i].path.value_or(tr("(no path)")), {},
                 QStringLiteral("files[%1]").arg(i), config.files[i].pos.line);

    Node *volumes =
        addSection(root.get(), QStringLiteral("volumes"), tr("Volumes"),
                   present(QStringLiteral("volumes")), lineOf(QStringLiteral("volumes")));
    for (qsizetype i = 0; i < config.volumes.size(); ++i)
        addChild(volumes, config.volumes[i].name.value_or(tr("(unnamed)")),
                 config.volumes[i].image.value_or(QString()), QStringLiteral("volumes[%1]").arg(i),
                 config.volumes[i].pos.line);
    addSection(root.get(), QStringLiteral("trust"), tr("Trust"), config.trust.isPresent(),
               config.trust.pos.line);
    return root;
}

void OutlineModel::countDiagnostics(Node *root, const DiagnosticList &diagnostics) {
    // Straight from the path's first two segments ("services[2].x"): no search,
    // so a file with thousands of entries and problems stays quick.
    for (const Diagnostic &d : diagnostics) {
        const QString &path = d.pos.yamlPath;
        if (path.isEmpty())
            continue;
        const qsizetype end = path.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
        const QString key = end < 0 ? path : path.left(end);
        Node *section = nullptr;
        for (const auto &s : root->children)
            if (s->section == key)
                section = s.get();
        if (!section)
            continue;
        Node *target = section;
        if (end >= 0 && path.at(end) == QLatin1Char('[')) {
            const int index =
                path.mid(end + 1, path.indexOf(QLatin1Char(']'), end) - end - 1).toInt();
            if (index >= 0 && size_t(index) < section->children.size())
                target = section->children[size_t(index)].get();
        }
        for (Node *n = target; n && n != root; n = n->parent)
            (d.isError() ? n->errors : n->warnings)++;
    }
}

QModelIndex OutlineModel::indexForPath(const QString &yamlPath) const {
    QModelIndex best;
    for (int s = 0; s < rowCount(); ++s) {
        const QModelIndex section = index(s, 0);
        const QString sectionPath = data(section, YamlPathRole).toString();
        if (yamlPath == sectionPath)
            return section;
        if (!yamlPath.startsWith(sectionPath))
            continue;
        best = section;
        for (int c = 0; c < rowCount(section); ++c) {
            const QModelIndex child = index(c, 0, section);
            const QString childPath = data(child, YamlPathRole).toString();
            if (yamlPath == childPath || yamlPath.startsWith(childPath + QLatin1Char('.')) ||
                yamlPath.startsWith(childPath + QLatin1Char('[')))
                return child;
        }
    }
    return best;
}

OutlineModel::Node *OutlineModel::nodeFor(const QModelIndex &index) const {
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeFor(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    Node *node = nodeFor(child);
    Node *p = node->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row(), 0, p);
}

int OutlineModel::rowCount(const QModelIndex &parent) const {
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const {
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (node->parent == m_root.get() && !node->children.empty())
            return QStringLiteral("%1 (%2)").arg(node->title).arg(node->children.size());
        return node->title;
    case Qt::ToolTipRole: {
        QString tip = node->detail.isEmpty() ? node->yamlPath : node->detail;
        if (node->errors || node->warnings)
            tip += QLatin1Char('\n') + tr("%n error(s)", nullptr, node->errors) +
                   QStringLiteral(", ") + tr("%n warning(s)", nullptr, node->warnings);
        return tip;
    }
    case Qt::DecorationRole:
        if ((node->errors || node->warnings) && qApp)
            return QApplication::style()->standardIcon(node->errors ? QStyle::SP_MessageBoxCritical
                                                                    : QStyle::SP_MessageBoxWarning);
        break;
    case ErrorCountRole:
        return node->errors;
    case WarningCountRole:
        return node->warnings;
    case Qt::ForegroundRole:
        if (!node->present && qApp)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case YamlPathRole:
        return node->yamlPath;
    case SectionRole:
        return node->section;
    case PresentRole:
        return node->present;
    case LineRole:
        return node->line;
    }
    return {};
}

namespace {
const QString kMime = QStringLiteral("application/x-lkc-outline-path");
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f;
    const Node *node = nodeFor(index);
    if (node->movable)
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    else if (node->section != QLatin1String("kernel") && node->section != QLatin1String("trust"))
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions OutlineModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList OutlineModel::mimeTypes() const {
    return {kMime};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const {
    if (indexes.isEmpty() || !nodeFor(indexes.first())->movable)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMime, nodeFor(indexes.first())->yamlPath.toUtf8());
    return data;
}

OutlineModel::Node *OutlineModel::dropTarget(const QMimeData *data, int row,
                                             const QModelIndex &parent, int *from, int *to) const {
    if (!data || !data->hasFormat(kMime) || !parent.isValid())
        return nullptr;
    const QString source = QString::fromUtf8(data->data(kMime));
    Node *section = nodeFor(parent);
    int before = row;       // the row the item goes in front of
    if (section->movable) { // dropped onto an entry: take its place
        before = section->row();
        section = section->parent;
    }
    if (section->parent != m_root.get())
        return nullptr;
    for (size_t i = 0; i < section->children.size(); ++i)
        if (section->children[i]->yamlPath == source)
            *from = int(i);
    if (*from < 0)
        return nullptr; // only within the same list
    const int count = int(section->children.size());
    if (before < 0 || before > count)
        before = count;
    *to = before > *from ? before - 1 : before;
    return section;
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent) const {
    Q_UNUSED(column)
    int from = -1, to = -1;
    return action == Qt::MoveAction && dropTarget(data, row, parent, &from, &to);
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent) {
    Q_UNUSED(column)
    int from = -1, to = -1;
    Node *section = action == Qt::MoveAction ? dropTarget(data, row, parent, &from, &to) : nullptr;
    if (!section || from == to)
        return false;
    const Result<YamlPath> path = YamlPath::parse(section->children[size_t(from)]->yamlPath);
    if (path.ok())
        emit moveRequested(*path, to);
    // The text moves and the outline is rebuilt from it; the view must not
    // remove the dragged row itself, so the drop reports nothing done.
    return false;
}

} // namespace Lkc
