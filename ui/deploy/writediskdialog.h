// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "deploy/blockdevices.h"
#include "deploy/diskwriter.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Lkc {

class CommandLineField;

// Writes an image to a USB stick or disk: lists the whole disks with model
// and size, greys out the ones that are refused (the system disk, mounted
// disks) with the reason, asks again above a size, shows progress and the
// read-back verification. The same DiskWriter as `lkc write`.
class WriteDiskDialog : public QDialog {
    Q_OBJECT
public:
    explicit WriteDiskDialog(const QString &image, QWidget *parent = nullptr);
    ~WriteDiskDialog() override;

    // Lists `devices` (the window uses lsblk; tests pass their own).
    void setDevices(const QList<BlockDevice> &devices);
    QTableWidget *table() const { return m_table; }
    QString commandLine() const;
    QString resultText() const;

public slots:
    void refresh();
    void startWriting();
    void cancelWriting();

signals:
    void commandChanged(const QString &command);
    void writeFinished(bool ok);

private:
    QString selectedDevice() const;
    void updateSelection();

    QString m_image;
    qint64 m_imageSize = 0;
    QList<BlockDevice> m_devices;
    QTableWidget *m_table;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QLabel *m_result;
    QPushButton *m_refresh;
    QPushButton *m_write;
    QPushButton *m_cancel;
    CommandLineField *m_command;
    QPointer<DiskWriter> m_writer;
};

} // namespace Lkc
