// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/qemuoptions.h"
#include "run/qemusession.h"
#include "util/result.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QLocalSocket;
class QPushButton;
class QTabWidget;
class QTemporaryDir;
class QThread;
class QToolButton;

namespace Lkc {

class CommandLineField;
class TerminalWidget;

// A VM's serial console in the window: a QemuSession (transport) and a
// TerminalWidget (emulation + view), joined only by bytes. The QEMU monitor
// has its own tab on a unix socket; restart and Ctrl-Alt-Del go through it.
class ConsolePanel : public QWidget {
    Q_OBJECT
public:
    explicit ConsolePanel(QWidget *parent = nullptr);
    ~ConsolePanel() override;

    TerminalWidget *terminal() const { return m_terminal; }
    TerminalWidget *monitor() const { return m_monitor; }
    QemuSession *session() const { return m_session; }
    bool isRunning() const;
    bool isMonitorConnected() const;
    // The `lkc run` line of the last boot.
    QString commandLine() const;
    // Writes the console's text (scrollback and screen) to `path`.
    Status saveLog(const QString &path) const;

public slots:
    // Boots a kernel+initrd prefix, an ISO or a disk image. Without an
    // accelerator chosen, the probe runs off the GUI thread first.
    void boot(const QString &pathOrPrefix, bool uefi = false);
    void bootWith(const Lkc::QemuOptions &options);
    void powerOff();
    void kill();
    void restart();           // the monitor's system_reset
    void sendCtrlAltDelete(); // the monitor's sendkey
    void clearConsole();
    void findNext();

signals:
    void started();
    void stopped(int exitCode);
    void message(const QString &text);

private:
    void startSession(QemuOptions options);
    void connectMonitor();
    void sendMonitorCommand(const QByteArray &command);
    void setStatus(const QString &text);
    void updateButtons();
    void saveLogAs();

    TerminalWidget *m_terminal;
    TerminalWidget *m_monitor;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QLineEdit *m_find;
    CommandLineField *m_command;
    QPushButton *m_powerOff;
    QPushButton *m_kill;
    QToolButton *m_restart;
    QToolButton *m_ctrlAltDel;
    QPointer<QemuSession> m_session;
    QPointer<QThread> m_probe;
    QLocalSocket *m_monitorSocket = nullptr;
    std::unique_ptr<QTemporaryDir> m_monitorDir;
    QString m_monitorPath;
    int m_monitorTries = 0;
};

} // namespace Lkc
