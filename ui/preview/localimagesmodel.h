// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "build/imagepins.h"

#include <QAbstractTableModel>

namespace Lkc {

// The images of the local store: name, size on disk, digest.
class LocalImagesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, DigestColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, DigestRole };

    explicit LocalImagesModel(QObject *parent = nullptr);
    void setImages(const QList<LocalImage> &images);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LocalImage> m_images;
};

} // namespace Lkc
