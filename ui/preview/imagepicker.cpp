// SPDX-License-Identifier: Apache-2.0
#include "imagepicker.h"
#include "localimagesmodel.h"

#include "build/imagepins.h"
#include "image/contentstore.h"
#include "image/imageref.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace Lkc {

ImagePicker::ImagePicker(const QString &storePath, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_local(new LocalImagesModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_repository(new QLineEdit(this))
    , m_tags(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_chosen(new QLineEdit(current, this))
    , m_current(current) {
    setWindowTitle(tr("Choose an Image"));
    // Listing the store reads small JSON blobs only: quick enough for the dialog.
    if (Result<ContentStore> store = ContentStore::open(storePath, ContentStore::Access::ReadOnly))
        if (Result<QList<LocalImage>> images = ImagePins::localImages(*store))
            m_local->setImages(*images);
    m_filter->setSourceModel(m_local);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(LocalImagesModel::NameColumn);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LocalImagesModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Images in the local store"));
    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter"));
    filter->setAccessibleName(tr("Filter images"));
    connect(filter, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                m_chosen->setText(index.data(LocalImagesModel::NameRole).toString());
            });

    Result<ImageRef> ref = ImageRef::parse(current);
    m_repository->setText(ref ? ref->locator() : QString());
    m_repository->setAccessibleName(tr("Repository"));
    auto *list = new QPushButton(tr("&List Tags"), this);
    connect(list, &QPushButton::clicked, this, &ImagePicker::listTags);
    m_tags->setAccessibleName(tr("Registry tags"));
    connect(m_tags, &QListWidget::currentTextChanged, this, [this](const QString &tag) {
        if (!tag.isEmpty())
            m_chosen->setText(m_repository->text() + QLatin1Char(':') + tag);
    });
    m_hint->setWordWrap(true);

    auto *registryRow = new QHBoxLayout;
    registryRow->addWidget(m_repository, 1);
    registryRow->addWidget(list);
    auto *form = new QFormLayout;
    m_chosen->setAccessibleName(tr("Image reference"));
    form->addRow(tr("&Reference:"), m_chosen);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>In the local store</b> (%1)").arg(storePath), this));
    layout->addWidget(filter);
    layout->addWidget(m_table, 2);
    layout->addWidget(new QLabel(tr("<b>Tags in a registry</b>"), this));
    layout->addLayout(registryRow);
    layout->addWidget(m_tags, 1);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(720, 560);
}

ImagePicker::~ImagePicker() {
    if (m_control)
        m_control->requestCancel();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString ImagePicker::chosenReference() const {
    return m_chosen->text().trimmed();
}

QString ImagePicker::hint() const {
    return m_hint->text();
}

void ImagePicker::listTags() {
    if (m_worker)
        return;
    m_tags->clear();
    m_hint->setText(tr("Asking %1 for its tags…").arg(m_repository->text()));
    m_control = std::make_shared<JobControl>();
    const QString repository = m_repository->text();
    auto control = m_control;
    // The registry client blocks on its own event loop: never on the GUI thread.
    m_worker = QThread::create([this, repository, control] {
        Result<QStringList> tags = ImagePins::registryTags(repository, {}, *control);
        const QStringList list = tags ? *tags : QStringList();
        const QString error = tags ? QString() : tags.error().toString();
        QMetaObject::invokeMethod(
            this, [this, list, error] { onTags(list, error); }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void ImagePicker::onTags(const QStringList &tags, const QString &error) {
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_tags->addItems(tags);
    if (!error.isEmpty()) {
        m_hint->setText(tr("Could not list the tags: %1").arg(error));
    } else {
        Result<ImageRef> ref = ImageRef::parse(m_current);
        const QString newer = ref ? ImagePins::newerTag(ref->tag(), tags) : QString();
        m_hint->setText(newer.isEmpty() ? tr("%n tag(s).", nullptr, int(tags.size()))
                                        : tr("%n tag(s). A newer tag than %1 exists: %2", nullptr,
                                             int(tags.size()))
                                              .arg(ref->tag(), newer));
    }
    emit tagsListed();
}

} // namespace Lkc
