// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/qemusession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QThread;

namespace Lkc {

class TerminalWidget;

// A VM's serial console in the window: a QemuSession (transport) and a
// TerminalWidget (emulation + view), joined only by bytes.
class ConsolePanel : public QWidget {
    Q_OBJECT
public:
    explicit ConsolePanel(QWidget *parent = nullptr);
    ~ConsolePanel() override;

    TerminalWidget *terminal() const { return m_terminal; }
    QemuSession *session() const { return m_session; }
    bool isRunning() const;

public slots:
    // Boots a kernel+initrd prefix, an ISO or a disk image. The accelerator
    // probe runs off the GUI thread first.
    void boot(const QString &pathOrPrefix, bool uefi = false);
    void powerOff();
    void kill();

signals:
    void started();
    void stopped(int exitCode);
    void message(const QString &text);

private:
    void startSession(const QString &path, bool uefi, const QString &accel);
    void setStatus(const QString &text);
    void updateButtons();

    TerminalWidget *m_terminal;
    QLabel *m_status;
    QPushButton *m_powerOff;
    QPushButton *m_kill;
    QPointer<QemuSession> m_session;
    QPointer<QThread> m_probe;
};

} // namespace Lkc
