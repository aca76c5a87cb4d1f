// SPDX-License-Identifier: Apache-2.0
#include "publishdialog.h"

#include "build/commandlinefield.h"
#include "deploy/filehash.h"
#include "deploy/publisher.h"
#include "run/lkccommandline.h"
#include "util/jobcontrol.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace Lkc {

PublishDialog::PublishDialog(const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_files(files)
    , m_address(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_token(new QCheckBox(tr("Require a random token in the URL"), this))
    , m_device(new QLineEdit(QStringLiteral("/dev/sda"), this))
    , m_start(new QPushButton(tr("&Publish"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_status(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_target(new CommandLineField(this))
    , m_check(new CommandLineField(this))
    , m_sha(new QLineEdit(this))
    , m_downloads(new QTableWidget(0, 3, this))
    , m_log(new QPlainTextEdit(this))
    , m_command(new CommandLineField(this)) {
    setWindowTitle(
        tr("Publish %1").arg(files.isEmpty() ? QString() : QFileInfo(files.first()).fileName()));
    // Loopback unless the user picks another address: an image can hold keys.
    m_address->setEditable(true);
    m_address->addItem(QStringLiteral("127.0.0.1"));
    m_address->addItem(QStringLiteral("0.0.0.0"));
    m_address->setToolTip(tr("127.0.0.1: this machine and its VMs only; 0.0.0.0: every network"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(8080); // lkc serve's default
    m_device->setToolTip(tr("The disk the target machine writes to"));
    for (QLineEdit *e : {m_url, m_sha}) {
        e->setReadOnly(true);
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_url->setAccessibleName(tr("URL"));
    m_sha->setAccessibleName(tr("SHA-256"));
    m_downloads->setHorizontalHeaderLabels({tr("From"), tr("File"), tr("Progress")});
    m_downloads->horizontalHeader()->setStretchLastSection(true);
    m_downloads->verticalHeader()->hide();
    m_downloads->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setMaximumHeight(90);

    auto *settings = new QFormLayout;
    settings->addRow(tr("Listen on:"), m_address);
    settings->addRow(tr("Port:"), m_port);
    settings->addRow(QString(), m_token);
    settings->addRow(tr("Target disk:"), m_device);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    auto *result = new QFormLayout;
    result->addRow(tr("URL:"), m_url);
    result->addRow(tr("On the target:"), m_target);
    result->addRow(tr("Check:"), m_check);
    result->addRow(tr("SHA-256:"), m_sha);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addLayout(buttons);
    layout->addLayout(result);
    layout->addWidget(new QLabel(tr("Downloads:"), this));
    layout->addWidget(m_downloads, 1);
    layout->addWidget(m_log);
    layout->addWidget(m_command);

    connect(m_start, &QPushButton::clicked, this, &PublishDialog::startPublishing);
    connect(m_stop, &QPushButton::clicked, this, &PublishDialog::stopPublishing);
    connect(m_address, &QComboBox::currentTextChanged, this, &PublishDialog::updateCommand);
    connect(m_port, &QSpinBox::valueChanged, this, &PublishDialog::updateCommand);
    connect(m_token, &QCheckBox::toggled, this, &PublishDialog::updateCommand);
    connect(m_device, &QLineEdit::textChanged, this, &PublishDialog::updateCommand);
    setRunning(false);
    updateCommand();
    resize(720, 520);
}

PublishDialog::~PublishDialog() {
    if (m_hashing)
        m_hashing->requestCancel();
}

QString PublishDialog::commandLine() const {
    return m_command->command();
}

void PublishDialog::setListen(const QString &address, quint16 port) {
    m_address->setCurrentText(address);
    m_port->setValue(port);
}

QString PublishDialog::url() const {
    return m_url->text();
}

QString PublishDialog::targetLine() const {
    return m_target->command();
}

QString PublishDialog::checksum() const {
    return m_sha->text();
}

void PublishDialog::updateCommand() {
    const quint16 port = m_publisher ? m_publisher->port() : quint16(m_port->value());
    const QString listen = QStringLiteral("%1:%2").arg(m_address->currentText()).arg(port);
    m_command->setCommand(LkcCommandLine::render(
        LkcCommandLine::serveArguments(listen, m_files, m_token->isChecked(), m_device->text())));
}

void PublishDialog::setRunning(bool running) {
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *>{m_address, m_port, m_token, m_device})
        w->setEnabled(!running);
    emit publishingChanged(running);
}

void PublishDialog::startPublishing() {
    if (m_publisher || m_hashing)
        return;
    m_start->setEnabled(false);
    m_status->setText(tr("Computing SHA-256…"));
    // Hashing reads whole images: on a worker, then the server starts here.
    m_hashing = std::make_shared<JobControl>();
    auto sums = std::make_shared<QStringList>();
    QThread *worker = QThread::create([files = m_files, sums, control = m_hashing] {
        for (const QString &f : files) {
            Result<QByteArray> h = FileHash::sha256Hex(f, -1, control.get());
            *sums << (h.ok() ? QString::fromLatin1(*h) : QString());
        }
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, sums] {
        const bool canceled = m_hashing->isCanceled();
        m_hashing.reset();
        if (!canceled)
            publishWithChecksums(*sums);
        else
            setRunning(false);
    });
    worker->start();
}

void PublishDialog::publishWithChecksums(const QStringList &sums) {
    m_publisher = new Publisher(this);
    for (int i = 0; i < m_files.size(); ++i) {
        if (Status s = m_publisher->addFile(m_files[i], sums.value(i)); !s.ok()) {
            m_status->setText(s.error().toString());
            delete m_publisher.data();
            setRunning(false);
            return;
        }
    }
    PublisherOptions options;
    options.address = QHostAddress(m_address->currentText());
    if (options.address.isNull()) {
        m_status->setText(tr("Not an IP address: %1").arg(m_address->currentText()));
        delete m_publisher.data();
        setRunning(false);
        return;
    }
    options.port = quint16(m_port->value());
    options.requireToken = m_token->isChecked();
    options.targetDevice = m_device->text();
    connect(m_publisher, &Publisher::requestLogged, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_publisher, &Publisher::downloadStarted, this,
            [this](int id, const QString &name, const QString &peer, qint64, qint64) {
                const int r = m_downloads->rowCount();
                m_downloads->insertRow(r);
                auto *from = new QTableWidgetItem(peer);
                from->setData(Qt::UserRole, id);
                m_downloads->setItem(r, 0, from);
                m_downloads->setItem(r, 1, new QTableWidgetItem(name));
                auto *bar = new QProgressBar(m_downloads);
                bar->setRange(0, 1000);
                m_downloads->setCellWidget(r, 2, bar);
            });
    auto barFor = [this](int id) -> QProgressBar * {
        for (int r = 0; r < m_downloads->rowCount(); ++r)
            if (m_downloads->item(r, 0)->data(Qt::UserRole).toInt() == id)
                return static_cast<QProgressBar *>(m_downloads->cellWidget(r, 2));
        return nullptr;
    };
    connect(m_publisher, &Publisher::downloadProgress, this,
            [barFor](int id, qint64 sent, qint64 length) {
                if (QProgressBar *bar = barFor(id); bar && length > 0)
                    bar->setValue(int(1000 * sent / length));
            });
    connect(m_publisher, &Publisher::downloadFinished, this, [this, barFor](int id, bool complete) {
        if (QProgressBar *bar = barFor(id)) {
            if (complete)
                bar->setValue(1000);
            bar->setFormat(complete ? tr("done") : tr("broken off at %p%"));
        }
    });
    if (Status s = m_publisher->start(options); !s.ok()) {
        m_status->setText(s.error().toString());
        delete m_publisher.data();
        setRunning(false);
        return;
    }
    const PublishedFile &first = m_publisher->files().constFirst();
    m_url->setText(first.url);
    m_target->setCommand(m_publisher->writeCommand(first));
    m_check->setCommand(m_publisher->checkCommand(first));
    m_sha->setText(first.sha256);
    m_status->setText(tr("Serving on port %1. Stop ends every download.").arg(m_publisher->port()));
    updateCommand();
    setRunning(true);
}

void PublishDialog::stopPublishing() {
    if (m_hashing)
        m_hashing->requestCancel();
    if (m_publisher) {
        m_publisher->stop();
        m_publisher->deleteLater();
    }
    m_status->setText(tr("Stopped: the images are no longer served."));
    setRunning(false);
}

} // namespace Lkc
