// SPDX-License-Identifier: Apache-2.0
#include "localimagesmodel.h"
#include "layoutmodel.h"

namespace Lkc {

LocalImagesModel::LocalImagesModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void LocalImagesModel::setImages(const QList<LocalImage> &images) {
    beginResetModel();
    m_images = images;
    endResetModel();
}

int LocalImagesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_images.size());
}

int LocalImagesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocalImagesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_images.size())
        return {};
    const LocalImage &image = m_images[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return image.name;
        case SizeColumn:
            return LayoutModel::formatBytes(image.bytes);
        case DigestColumn:
            return image.digest.left(19);
        }
    }
    if (role == Qt::ToolTipRole)
        return image.name + QLatin1Char('\n') + image.digest;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == NameRole)
        return image.name;
    if (role == DigestRole)
        return image.digest;
    return {};
}

QVariant LocalImagesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Image");
    case SizeColumn:
        return tr("Size");
    case DigestColumn:
        return tr("Digest");
    }
    return {};
}

} // namespace Lkc
