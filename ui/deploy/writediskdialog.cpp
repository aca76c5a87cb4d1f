// SPDX-License-Identifier: Apache-2.0
#include "writediskdialog.h"

#include "build/commandlinefield.h"
#include "deploy/diskwriter.h"
#include "run/lkccommandline.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lkc {

WriteDiskDialog::WriteDiskDialog(const QString &image, QWidget *parent)
    : QDialog(parent)
    , m_image(image)
    , m_imageSize(QFileInfo(image).size())
    , m_table(new QTableWidget(0, 5, this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_write(new QPushButton(tr("&Write"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_command(new CommandLineField(this)) {
    setWindowTitle(tr("Write %1 to a Disk").arg(QFileInfo(image).fileName()));
    m_table->setHorizontalHeaderLabels(
        {tr("Disk"), tr("Model"), tr("Size"), tr("Connection"), tr("Can write?")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Disks"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_log->setReadOnly(true);
    m_log->setMaximumHeight(90);
    m_result->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_write);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Everything on the chosen disk is replaced by %1 (%2).")
                                     .arg(QFileInfo(image).fileName(), humanSize(m_imageSize)),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_log);
    layout->addWidget(m_command);
    connect(m_refresh, &QPushButton::clicked, this, &WriteDiskDialog::refresh);
    connect(m_write, &QPushButton::clicked, this, &WriteDiskDialog::startWriting);
    connect(m_cancel, &QPushButton::clicked, this, &WriteDiskDialog::cancelWriting);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WriteDiskDialog::updateSelection);
    m_cancel->setEnabled(false);
    refresh();
    resize(720, 460);
}

WriteDiskDialog::~WriteDiskDialog() {
    if (m_writer)
        m_writer->requestCancel(); // its destructor waits for the worker
}

void WriteDiskDialog::refresh() {
    Result<QList<BlockDevice>> devices = BlockDevices::list();
    if (!devices.ok()) {
        m_status->setText(devices.error().toString());
        setDevices({});
        return;
    }
    setDevices(*devices);
}

void WriteDiskDialog::setDevices(const QList<BlockDevice> &devices) {
    m_devices.clear();
    for (const BlockDevice &d : devices)
        if (d.type == QLatin1String("disk") || d.type == QLatin1String("loop"))
            m_devices << d;
    m_table->setRowCount(0);
    for (const BlockDevice &d : std::as_const(m_devices)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QString refusal = BlockDevices::refusal(d, m_imageSize);
        QString transport = d.transport;
        if (d.removable)
            transport += transport.isEmpty() ? tr("removable") : tr(", removable");
        const QStringList cells = {d.path, d.model, humanSize(d.size), transport,
                                   refusal.isEmpty() ? tr("yes") : tr("no: %1").arg(refusal)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!refusal.isEmpty()) {
                item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
                item->setToolTip(refusal);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(m_devices.isEmpty() ? tr("No disks found.")
                                          : tr("Pick a disk. Greyed-out disks are refused."));
    updateSelection();
}

QString WriteDiskDialog::selectedDevice() const {
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

void WriteDiskDialog::updateSelection() {
    const QString device = selectedDevice();
    m_write->setEnabled(!device.isEmpty() && !m_writer);
    m_command->setCommand(LkcCommandLine::render(
        LkcCommandLine::writeArguments(m_image, device.isEmpty() ? tr("DEVICE") : device)));
    emit commandChanged(m_command->command());
}

QString WriteDiskDialog::commandLine() const {
    return m_command->command();
}

QString WriteDiskDialog::resultText() const {
    return m_result->text();
}

void WriteDiskDialog::startWriting() {
    const QString device = selectedDevice();
    if (device.isEmpty() || m_writer)
        return;
    DiskWriteOptions options;
    options.image = m_image;
    options.device = device;
    m_writer = new DiskWriter(options, this);
    // Asked again on this thread for disks above the size limit.
    m_writer->setConfirmation([this](const BlockDevice &, const QString &question) {
        return QMessageBox::question(this, tr("Write to a Large Disk?"), question) ==
               QMessageBox::Yes;
    });
    connect(m_writer, &DiskWriter::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_writer, &DiskWriter::phaseChanged, this, [this](DiskWriter::Phase phase) {
        static const QStringList names = {tr("Checking…"), tr("Writing…"), tr("Syncing…"),
                                          tr("Verifying (reading back)…")};
        m_status->setText(names.value(int(phase)));
    });
    connect(m_writer, &DiskWriter::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(1000 * done / total));
    });
    connect(m_writer, &DiskWriter::finished, this, [this](const DiskWriteResult &r) {
        m_progress->setValue(1000);
        m_result->setText(
            r.verified ? tr("Written and verified: %1 bytes, SHA-256 %2 read back identical.")
                             .arg(r.bytes)
                             .arg(r.imageSha256)
                       : tr("Written (%1 bytes) without verification.").arg(r.bytes));
        m_status->setText(tr("Done."));
        m_writer->deleteLater();
        m_cancel->setEnabled(false);
        updateSelection();
        emit writeFinished(true);
    });
    connect(m_writer, &DiskWriter::failed, this, [this](const Error &e) {
        m_result->setText(tr("Not written: %1").arg(e.toString()));
        m_status->setText(tr("Failed."));
        m_writer->deleteLater();
        m_cancel->setEnabled(false);
        updateSelection();
        emit writeFinished(false);
    });
    m_write->setEnabled(false);
    m_cancel->setEnabled(true);
    m_result->clear();
    m_writer->start();
}

void WriteDiskDialog::cancelWriting() {
    if (m_writer)
        m_writer->requestCancel();
}

} // namespace Lkc
