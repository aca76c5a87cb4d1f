// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/qemuoptions.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QThread;

namespace Lkc {

class BootCheck;
class TestBootModel;
struct BootVerdict;

// `lkc test-boot` in the window: boots each built format in turn with the
// core's BootCheck (the same verdict logic as the CLI) and fills in the
// PASS/FAIL table live.
class TestBootPanel : public QWidget {
    Q_OBJECT
public:
    struct Target {
        QString format;
        QStringList outputs; // the files the build wrote for it
    };

    explicit TestBootPanel(QWidget *parent = nullptr);
    ~TestBootPanel() override;

    TestBootModel *model() const { return m_model; }
    bool isRunning() const { return m_running; }
    // What every boot starts from (memory, accelerator …); path and UEFI
    // are set per format.
    void setBaseOptions(const QemuOptions &options) { m_base = options; }
    void setStateDir(const QString &dir) { m_stateDir = dir; }
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    void setHangSeconds(int seconds) { m_hangSeconds = seconds; }

public slots:
    void start(const QList<Lkc::TestBootPanel::Target> &targets);
    void stop();

signals:
    void finished(bool allPassed);
    void message(const QString &text);

private:
    void bootNext();
    void onVerdict(const BootVerdict &verdict);

    TestBootModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_stop;
    QList<Target> m_targets;
    QemuOptions m_base;
    QString m_stateDir;
    int m_timeoutSeconds = 120;
    int m_hangSeconds = 30;
    int m_next = 0;
    bool m_running = false;
    bool m_allPassed = true;
    QPointer<BootCheck> m_check;
    QPointer<QThread> m_probe;
};

} // namespace Lkc
