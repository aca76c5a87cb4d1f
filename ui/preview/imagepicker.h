// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;
class QThread;

namespace Lkc {

class JobControl;
class LocalImagesModel;

// Chooses an image for an entry: the images of the local store with their
// sizes, or a tag of a registry repository (tags/list, asked on a worker), with
// a hint when the registry has a newer version tag than the one written.
class ImagePicker : public QDialog {
    Q_OBJECT
public:
    ImagePicker(const QString &storePath, const QString &current, QWidget *parent = nullptr);
    ~ImagePicker() override;

    QString chosenReference() const;
    LocalImagesModel *localModel() const { return m_local; }
    // Lists the tags of the repository in the field (on a worker).
    void listTags();
    QString hint() const;

signals:
    void tagsListed();

private:
    void onTags(const QStringList &tags, const QString &error);

    LocalImagesModel *m_local;
    QSortFilterProxyModel *m_filter;
    QTableView *m_table;
    QLineEdit *m_repository;
    QListWidget *m_tags;
    QLabel *m_hint;
    QLineEdit *m_chosen;
    QString m_current;
    QThread *m_worker = nullptr;
    std::shared_ptr<JobControl> m_control;
};

} // namespace Lkc
