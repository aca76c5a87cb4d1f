// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/qemuoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace Lkc {

// Edits the flags `lkc run` takes for a VM: memory, CPUs, accelerator,
// firmware, published ports, extra disks and networking. The line it shows
// is the exact `lkc run` command these options give.
class RunOptionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit RunOptionsDialog(QWidget *parent = nullptr);

    void setOptions(const QemuOptions &options);
    // The edited options; `ok` false (with `error`) when a port or disk line is wrong.
    QemuOptions options(bool *ok = nullptr, QString *error = nullptr) const;

    QSpinBox *memoryBox() const { return m_memory; }
    QSpinBox *cpusBox() const { return m_cpus; }
    QComboBox *accelBox() const { return m_accel; }
    QComboBox *firmwareBox() const { return m_firmware; }
    QCheckBox *networkingBox() const { return m_networking; }
    QPlainTextEdit *portsEdit() const { return m_ports; }
    QPlainTextEdit *disksEdit() const { return m_disks; }

    void accept() override;

private:
    void updateCommand();

    QemuOptions m_base; // what the dialog does not edit (the path …) is kept
    QSpinBox *m_memory;
    QSpinBox *m_cpus;
    QComboBox *m_accel;
    QComboBox *m_firmware;
    QCheckBox *m_networking;
    QPlainTextEdit *m_ports;
    QPlainTextEdit *m_disks;
    QLabel *m_command;
};

} // namespace Lkc
