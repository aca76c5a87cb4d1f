// SPDX-License-Identifier: Apache-2.0
#include "consolepanel.h"
#include "run/accelprobe.h"
#include "run/qemuoptions.h"
#include "run/qemusession.h"
#include "terminalwidget.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace Lkc {

ConsolePanel::ConsolePanel(QWidget *parent)
    : QWidget(parent)
    , m_terminal(createTerminalWidget(this))
    , m_status(new QLabel(tr("No machine running. Build a bootable format, then Boot."), this))
    , m_powerOff(new QPushButton(tr("Power Off"), this))
    , m_kill(new QPushButton(tr("Kill"), this)) {
    m_powerOff->setToolTip(tr("Ask the guest to shut down (ACPI), kill it if it does not"));
    m_kill->setToolTip(tr("End QEMU now"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_powerOff);
    bar->addWidget(m_kill);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_terminal, 1);
    connect(m_powerOff, &QPushButton::clicked, this, &ConsolePanel::powerOff);
    connect(m_kill, &QPushButton::clicked, this, &ConsolePanel::kill);
    updateButtons();
}

ConsolePanel::~ConsolePanel() {
    if (m_probe) {
        m_probe->wait();
    }
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

void ConsolePanel::setStatus(const QString &text) {
    m_status->setText(text);
    emit message(text);
}

void ConsolePanel::updateButtons() {
    const bool running = isRunning();
    m_powerOff->setEnabled(running);
    m_kill->setEnabled(running ||
                       (m_session && m_session->state() == QemuSession::State::Stopping));
}

void ConsolePanel::boot(const QString &pathOrPrefix, bool uefi) {
    if (isRunning() || m_probe) {
        setStatus(tr("A machine is already running: power it off first."));
        return;
    }
    setStatus(tr("Checking whether KVM works…"));
    // The probe boots a tiny guest with a timeout: never on the GUI thread.
    auto accel = std::make_shared<QString>();
    auto reason = std::make_shared<QString>();
    QThread *probe = QThread::create([accel, reason] {
        *accel = AccelProbe::choose(QStringLiteral("qemu-system-x86_64"), reason.get());
    });
    m_probe = probe;
    connect(probe, &QThread::finished, this, [this, probe, pathOrPrefix, uefi, accel, reason] {
        probe->deleteLater();
        if (!reason->isEmpty())
            emit message(*reason);
        startSession(pathOrPrefix, uefi, *accel);
    });
    probe->start();
}

void ConsolePanel::startSession(const QString &path, bool uefi, const QString &accel) {
    if (m_session)
        m_session->deleteLater();
    m_terminal->clear();
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

    QemuOptions options;
    options.path = path;
    options.uefi = uefi;
    options.accel = accel;
    const Status launched = m_session->start(options);
    if (!launched.ok()) {
        setStatus(launched.error().toString());
        updateButtons();
        return;
    }
    setStatus(tr("Running %1 (%2). Click the console to type; Ctrl-A x quits QEMU.")
                  .arg(QFileInfo(path).fileName(), accel.toUpper()));
    m_terminal->setFocus();
    updateButtons();
    emit started();
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
