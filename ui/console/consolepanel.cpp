// SPDX-License-Identifier: Apache-2.0
#include "consolepanel.h"
#include "build/commandlinefield.h"
#include "run/accelprobe.h"
#include "run/lkccommandline.h"
#include "run/qemuoptions.h"
#include "run/qemusession.h"
#include "terminalwidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocalSocket>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lkc {

ConsolePanel::ConsolePanel(QWidget *parent)
    : QWidget(parent)
    , m_terminal(createTerminalWidget(this))
    , m_monitor(createTerminalWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(tr("No machine running. Build a bootable format, then Run."), this))
    , m_find(new QLineEdit(this))
    , m_command(new CommandLineField(this))
    , m_powerOff(new QPushButton(tr("Power Off"), this))
    , m_kill(new QPushButton(tr("Kill"), this))
    , m_restart(new QToolButton(this))
    , m_ctrlAltDel(new QToolButton(this)) {
    m_powerOff->setToolTip(tr("Ask the guest to shut down (ACPI), kill it if it does not"));
    m_kill->setToolTip(tr("End QEMU now"));
    m_restart->setText(tr("Restart"));
    m_restart->setToolTip(tr("Reset the machine, like its reset button"));
    m_ctrlAltDel->setText(tr("Ctrl-Alt-Del"));
    m_ctrlAltDel->setToolTip(tr("Send Ctrl-Alt-Delete to the guest's keyboard"));
    m_find->setPlaceholderText(tr("Find in the console (Enter: older, Shift+Enter: newer)"));
    m_find->setAccessibleName(tr("Find in console"));
    m_find->setClearButtonEnabled(true);
    m_monitor->setAccessibleName(tr("QEMU monitor"));

    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the selected text (Ctrl+Shift+C)"));
    auto *paste = new QToolButton(this);
    paste->setText(tr("Paste"));
    paste->setToolTip(tr("Type the clipboard into the console (Ctrl+Shift+V)"));
    auto *save = new QToolButton(this);
    save->setText(tr("Save Log…"));
    save->setToolTip(tr("Save the console's text to a file"));
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clear the console and its scrollback"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_restart);
    bar->addWidget(m_ctrlAltDel);
    bar->addWidget(m_powerOff);
    bar->addWidget(m_kill);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_find, 1);
    tools->addWidget(copy);
    tools->addWidget(paste);
    tools->addWidget(save);
    tools->addWidget(clear);
    m_tabs->addTab(m_terminal, tr("Serial console"));
    m_tabs->addTab(m_monitor, tr("QEMU monitor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(tools);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_command);

    connect(m_powerOff, &QPushButton::clicked, this, &ConsolePanel::powerOff);
    connect(m_kill, &QPushButton::clicked, this, &ConsolePanel::kill);
    connect(m_restart, &QToolButton::clicked, this, &ConsolePanel::restart);
    connect(m_ctrlAltDel, &QToolButton::clicked, this, &ConsolePanel::sendCtrlAltDelete);
    connect(copy, &QToolButton::clicked, this,
            [this] { qobject_cast<TerminalWidget *>(m_tabs->currentWidget())->copy(); });
    connect(paste, &QToolButton::clicked, this, [this] {
        qobject_cast<TerminalWidget *>(m_tabs->currentWidget())
            ->paste(QApplication::clipboard()->text());
    });
    connect(save, &QToolButton::clicked, this, &ConsolePanel::saveLogAs);
    connect(clear, &QToolButton::clicked, this, &ConsolePanel::clearConsole);
    connect(m_find, &QLineEdit::returnPressed, this, &ConsolePanel::findNext);
    auto *findShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+F")), this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    connect(m_terminal, &TerminalWidget::bell, this, [this] {
        QApplication::beep();
        m_tabs->setTabText(0, tr("Serial console (bell)"));
        QTimer::singleShot(1500, this, [this] { m_tabs->setTabText(0, tr("Serial console")); });
    });
    connect(m_monitor, &TerminalWidget::bytesToSend, this, [this](const QByteArray &bytes) {
        if (m_monitorSocket && m_monitorSocket->state() == QLocalSocket::ConnectedState)
            m_monitorSocket->write(bytes);
    });
    updateButtons();
}

ConsolePanel::~ConsolePanel() {
    if (m_probe) {
        m_probe->wait();
    }
    if (m_monitorSocket)
        m_monitorSocket->disconnect(this);
    // End the VM while this panel and its terminal still exist: the session's
    // teardown waits for QEMU, and nothing may be delivered to half-deleted widgets.
    if (m_session) {
        m_session->disconnect();
        delete m_session.data();
    }
}

bool ConsolePanel::isRunning() const {
    return m_session && m_session->state() == QemuSession::State::Running;
}

bool ConsolePanel::isMonitorConnected() const {
    return m_monitorSocket && m_monitorSocket->state() == QLocalSocket::ConnectedState;
}

QString ConsolePanel::commandLine() const {
    return m_command->command();
}

void ConsolePanel::setStatus(const QString &text) {
    m_status->setText(text);
    emit message(text);
}

void ConsolePanel::updateButtons() {
    const bool running = isRunning();
    m_powerOff->setEnabled(running);
    m_restart->setEnabled(running && isMonitorConnected());
    m_ctrlAltDel->setEnabled(running && isMonitorConnected());
    m_kill->setEnabled(running ||
                       (m_session && m_session->state() == QemuSession::State::Stopping));
}

void ConsolePanel::boot(const QString &pathOrPrefix, bool uefi) {
    QemuOptions options;
    options.path = pathOrPrefix;
    options.uefi = uefi;
    bootWith(options);
}

void ConsolePanel::bootWith(const QemuOptions &options) {
    if (isRunning() || m_probe) {
        setStatus(tr("A machine is already running: power it off first."));
        return;
    }
    m_command->setCommand(LkcCommandLine::render(LkcCommandLine::runArguments(options)));
    if (!options.accel.isEmpty()) {
        startSession(options);
        return;
    }
    setStatus(tr("Checking whether KVM works…"));
    // The probe boots a tiny guest with a timeout: never on the GUI thread.
    auto accel = std::make_shared<QString>();
    auto reason = std::make_shared<QString>();
    QThread *probe = QThread::create([accel, reason, qemu = options.qemuBinary] {
        *accel = AccelProbe::choose(qemu, reason.get());
    });
    m_probe = probe;
    connect(probe, &QThread::finished, this, [this, probe, options, accel, reason] {
        probe->deleteLater();
        if (!reason->isEmpty())
            emit message(*reason);
        QemuOptions chosen = options;
        chosen.accel = *accel;
        startSession(chosen);
    });
    probe->start();
}

void ConsolePanel::startSession(QemuOptions options) {
    if (m_session)
        m_session->deleteLater();
    if (m_monitorSocket) {
        m_monitorSocket->disconnect(this);
        m_monitorSocket->deleteLater();
        m_monitorSocket = nullptr;
    }
    m_terminal->clear();
    m_monitor->clear();
    m_tabs->setCurrentWidget(m_terminal);
    // The monitor listens on a unix socket in a short /tmp path (socket paths
    // are limited to 108 bytes; state dirs can be deep).
    m_monitorDir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/lkc-mon-XXXXXX"));
    m_monitorPath.clear();
    if (m_monitorDir->isValid()) {
        m_monitorPath = m_monitorDir->filePath(QStringLiteral("monitor.sock"));
        options.extraArgs << QStringLiteral("-monitor")
                          << QStringLiteral("unix:%1,server=on,wait=off").arg(m_monitorPath);
    }
    m_session = new QemuSession(this);
    connect(m_session, &QemuSession::bytesReceived, m_terminal, &TerminalWidget::receiveBytes);
    connect(m_terminal, &TerminalWidget::bytesToSend, m_session, &QemuSession::write);
    connect(m_terminal, &TerminalWidget::terminalResized, m_session, &QemuSession::resize);
    connect(m_session, &QemuSession::stateChanged, this, [this] { updateButtons(); });
    connect(m_session, &QemuSession::finished, this, [this](int exitCode, int signal) {
        setStatus(signal ? tr("QEMU ended by signal %1").arg(signal)
                         : tr("The machine powered off (QEMU exit code %1)").arg(exitCode));
        updateButtons();
        emit stopped(exitCode);
    });

    const Status launched = m_session->start(options);
    if (!launched.ok()) {
        setStatus(launched.error().toString());
        updateButtons();
        return;
    }
    setStatus(tr("Running %1 (%2). Click the console to type.")
                  .arg(QFileInfo(options.path).fileName(), options.accel.toUpper()));
    m_terminal->setFocus();
    m_monitorTries = 0;
    connectMonitor();
    updateButtons();
    emit started();
}

void ConsolePanel::connectMonitor() {
    if (m_monitorPath.isEmpty() || !isRunning())
        return;
    if (!m_monitorSocket) {
        m_monitorSocket = new QLocalSocket(this);
        connect(m_monitorSocket, &QLocalSocket::readyRead, this,
                [this] { m_monitor->receiveBytes(m_monitorSocket->readAll()); });
        connect(m_monitorSocket, &QLocalSocket::connected, this, [this] { updateButtons(); });
        connect(m_monitorSocket, &QLocalSocket::disconnected, this, [this] { updateButtons(); });
        connect(m_monitorSocket, &QLocalSocket::errorOccurred, this, [this] {
            // QEMU creates the socket a moment after it starts: try again.
            if (!isMonitorConnected() && ++m_monitorTries < 50)
                QTimer::singleShot(100, this, &ConsolePanel::connectMonitor);
        });
    }
    if (m_monitorSocket->state() == QLocalSocket::UnconnectedState)
        m_monitorSocket->connectToServer(m_monitorPath);
}

void ConsolePanel::sendMonitorCommand(const QByteArray &command) {
    if (!isMonitorConnected()) {
        setStatus(tr("The QEMU monitor is not connected."));
        return;
    }
    m_monitorSocket->write(command + '\n');
}

void ConsolePanel::restart() {
    sendMonitorCommand(QByteArrayLiteral("system_reset"));
}

void ConsolePanel::sendCtrlAltDelete() {
    sendMonitorCommand(QByteArrayLiteral("sendkey ctrl-alt-delete"));
}

void ConsolePanel::clearConsole() {
    qobject_cast<TerminalWidget *>(m_tabs->currentWidget())->clear();
}

void ConsolePanel::findNext() {
    const bool newer = QApplication::keyboardModifiers() & Qt::ShiftModifier;
    auto *view = qobject_cast<TerminalWidget *>(m_tabs->currentWidget());
    if (!view->find(m_find->text(), !newer))
        setStatus(tr("“%1” not found").arg(m_find->text()));
}

Status ConsolePanel::saveLog(const QString &path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write the log: %1").arg(file.errorString()), path);
    file.write(m_terminal->allText().toUtf8() + '\n');
    if (!file.commit())
        return Error(tr("Cannot write the log: %1").arg(file.errorString()), path);
    return {};
}

void ConsolePanel::saveLogAs() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Console Log"), QDir::home().filePath(QStringLiteral("console.log")),
        tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status saved = saveLog(path);
    setStatus(saved.ok() ? tr("Saved the console log to %1").arg(QDir::toNativeSeparators(path))
                         : saved.error().toString());
}

void ConsolePanel::powerOff() {
    if (!m_session)
        return;
    setStatus(tr("Powering off…"));
    m_session->stop();
    updateButtons();
}

void ConsolePanel::kill() {
    if (m_session)
        m_session->kill();
}

} // namespace Lkc
