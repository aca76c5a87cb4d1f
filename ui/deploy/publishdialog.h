// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "deploy/publisher.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Lkc {

class CommandLineField;
class JobControl;

// Publish built images over HTTP for the target machine (a rescue system)
// to fetch: the URL, the line to run there (`wget -O- … | dd …`), the
// checksum, each download's progress, and a Stop button. The same Publisher
// as `lkc serve`.
class PublishDialog : public QDialog {
    Q_OBJECT
public:
    explicit PublishDialog(const QStringList &files, QWidget *parent = nullptr);
    ~PublishDialog() override;

    QString commandLine() const;                          // the lkc serve line for these settings
    void setListen(const QString &address, quint16 port); // 0: any free port
    Publisher *publisher() const { return m_publisher; }
    QString url() const;        // of the first file, once started
    QString targetLine() const; // wget | dd for the first file
    QString checksum() const;   // SHA-256 of the first file
    QTableWidget *downloads() const { return m_downloads; }

public slots:
    void startPublishing();
    void stopPublishing();

signals:
    void publishingChanged(bool running);

private:
    void updateCommand();
    void publishWithChecksums(const QStringList &sums);
    void setRunning(bool running);

    QStringList m_files;
    QComboBox *m_address;
    QSpinBox *m_port;
    QCheckBox *m_token;
    QLineEdit *m_device;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_status;
    QLineEdit *m_url;
    CommandLineField *m_target;
    CommandLineField *m_check;
    QLineEdit *m_sha;
    QTableWidget *m_downloads;
    QPlainTextEdit *m_log;
    CommandLineField *m_command;
    QPointer<Publisher> m_publisher;
    std::shared_ptr<JobControl> m_hashing;
};

} // namespace Lkc
