// SPDX-License-Identifier: Apache-2.0
#include "outputstable.h"

#include "deploy/filehash.h"
#include "run/bootcheck.h"
#include "util/jobcontrol.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QProgressBar>
#include <QThread>
#include <QToolButton>

namespace Lkc {

namespace {
QString formatSize(qint64 bytes) {
    if (bytes >= (qint64(1) << 30))
        return OutputsTable::tr("%1 GiB").arg(double(bytes) / double(qint64(1) << 30), 0, 'f', 2);
    if (bytes >= (1 << 20))
        return OutputsTable::tr("%1 MiB").arg(double(bytes) / double(1 << 20), 0, 'f', 1);
    return OutputsTable::tr("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
}
} // namespace

OutputsTable::OutputsTable(QWidget *parent)
    : QTableWidget(0, ActionsColumn + 1, parent) {
    setHorizontalHeaderLabels(
        {tr("Format"), tr("Progress"), tr("File"), tr("Size"), tr("SHA-256"), tr("Actions")});
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(Sha256Column, QHeaderView::Stretch);
    setAccessibleName(tr("Build outputs"));
}

OutputsTable::~OutputsTable() {
    if (m_hashControl)
        m_hashControl->requestCancel();
}

int OutputsTable::rowOf(const QString &format) const {
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, FormatColumn)->text() == format)
            return r;
    return -1;
}

QProgressBar *OutputsTable::progressBar(const QString &format) const {
    const int r = rowOf(format);
    return r < 0 ? nullptr : static_cast<QProgressBar *>(cellWidget(r, ProgressColumn));
}

void OutputsTable::reset(const QStringList &formats) {
    setRowCount(0);
    for (const QString &f : formats) {
        const int r = rowCount();
        insertRow(r);
        setItem(r, FormatColumn, new QTableWidgetItem(f));
        auto *bar = new QProgressBar(this);
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setFormat(tr("waiting"));
        setCellWidget(r, ProgressColumn, bar);
        for (int c : {FileColumn, SizeColumn, Sha256Column})
            setItem(r, c, new QTableWidgetItem);
    }
}

void OutputsTable::showOutputs(const OutputsOf &outputsOf) {
    for (int r = 0; r < rowCount(); ++r) {
        const QString format = item(r, FormatColumn)->text();
        const QStringList files = outputsOf(format);
        QStringList names;
        qint64 size = 0;
        for (const QString &f : files) {
            names << QFileInfo(f).fileName();
            size += QFileInfo(f).size();
        }
        item(r, FileColumn)->setText(names.join(QStringLiteral(", ")));
        item(r, FileColumn)->setToolTip(files.join(QLatin1Char('\n')));
        item(r, SizeColumn)->setText(formatSize(size));
        item(r, SizeColumn)->setData(Qt::UserRole, size);
        item(r, Sha256Column)->setText(tr("computing…"));

        auto *actions = new QWidget(this);
        auto *row = new QHBoxLayout(actions);
        row->setContentsMargins(0, 0, 0, 0);
        const bool bootable = BootCheck::bootPath(format, files).ok();
        auto add = [&](const QString &text, const QString &tip, bool enabled, auto signal) {
            auto *b = new QToolButton(actions);
            b->setText(text);
            b->setToolTip(tip);
            b->setEnabled(enabled);
            b->setObjectName(format + QLatin1Char('/') + text);
            connect(b, &QToolButton::clicked, this,
                    [this, format, signal] { emit(this->*signal)(format); });
            row->addWidget(b);
        };
        const QString why = bootable ? QString() : tr(" (not bootable on its own)");
        add(tr("Run"), tr("Boot it in the console") + why, bootable, &OutputsTable::runRequested);
        add(tr("Test Boot"), tr("Boot it and check the console") + why, bootable,
            &OutputsTable::testBootRequested);
        add(tr("Publish"), tr("Serve it over HTTP for a machine to fetch"), !files.isEmpty(),
            &OutputsTable::publishRequested);
        add(tr("Write to Disk"), tr("Write it to a USB stick or disk"), files.size() == 1,
            &OutputsTable::writeRequested);
        add(tr("Show in Folder"), tr("Open the output folder"), !files.isEmpty(),
            &OutputsTable::showInFolderRequested);
        setCellWidget(r, ActionsColumn, actions);
    }
    resizeColumnsToContents();
    horizontalHeader()->setSectionResizeMode(Sha256Column, QHeaderView::Stretch);
    computeChecksums(outputsOf);
}

void OutputsTable::computeChecksums(const OutputsOf &outputsOf) {
    if (m_hashControl)
        m_hashControl->requestCancel();
    m_hashControl = std::make_shared<JobControl>();
    m_pendingHashes = rowCount();
    for (int r = 0; r < rowCount(); ++r) {
        const QString format = item(r, FormatColumn)->text();
        const QStringList files = outputsOf(format);
        // Hashing reads whole images: on a worker, never the GUI thread.
        auto sums = std::make_shared<QStringList>();
        QThread *worker = QThread::create([files, sums, control = m_hashControl] {
            for (const QString &f : files) {
                Result<QByteArray> h = FileHash::sha256Hex(f, -1, control.get());
                *sums << (h.ok() ? QString::fromLatin1(*h) : h.error().message);
            }
        });
        connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &QThread::finished, this, [this, r, format, sums, control = m_hashControl] {
            if (control != m_hashControl || rowOf(format) != r)
                return; // a newer build replaced the table
            item(r, Sha256Column)->setText(sums->join(QStringLiteral(", ")));
            item(r, Sha256Column)->setToolTip(sums->join(QLatin1Char('\n')));
            if (--m_pendingHashes == 0)
                emit checksumsComputed();
        });
        worker->start();
    }
}

} // namespace Lkc
