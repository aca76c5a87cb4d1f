// SPDX-License-Identifier: Apache-2.0
#include "testbootpanel.h"
#include "testbootmodel.h"

#include "run/accelprobe.h"
#include "run/bootcheck.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace Lkc {

TestBootPanel::TestBootPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TestBootModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(tr("Build, then Test Boot: each format boots under QEMU and its "
                             "console is watched for the starter kit's success line."),
                          this))
    , m_stop(new QPushButton(tr("Stop"), this)) {
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Test boot results"));
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(m_stop, &QPushButton::clicked, this, &TestBootPanel::stop);
    m_stop->setEnabled(false);
}

TestBootPanel::~TestBootPanel() {
    if (m_probe)
        m_probe->wait();
    delete m_check.data(); // kills a VM still running
}

void TestBootPanel::start(const QList<Target> &targets) {
    if (m_running)
        return;
    m_targets = targets;
    QStringList formats;
    for (const Target &t : targets)
        formats << t.format;
    m_model->setFormats(formats);
    m_next = 0;
    m_allPassed = true;
    m_running = true;
    m_stop->setEnabled(true);
    if (!m_base.accel.isEmpty()) {
        bootNext();
        return;
    }
    m_status->setText(tr("Checking whether KVM works…"));
    // The probe may boot a tiny guest: never on the GUI thread.
    auto accel = std::make_shared<QString>();
    QThread *probe = QThread::create([accel, qemu = m_base.qemuBinary] {
        QString reason;
        *accel = AccelProbe::choose(qemu, &reason);
    });
    m_probe = probe;
    connect(probe, &QThread::finished, this, [this, probe, accel] {
        probe->deleteLater();
        m_base.accel = *accel;
        if (m_running)
            bootNext();
    });
    probe->start();
}

void TestBootPanel::bootNext() {
    while (m_next < m_targets.size()) {
        const int row = m_next;
        const Target &t = m_targets.at(row);
        Result<QString> path = BootCheck::bootPath(t.format, t.outputs);
        if (!path.ok()) {
            m_model->setSkipped(row, path.error().message);
            ++m_next;
            continue;
        }
        BootCheckOptions options;
        options.qemu = m_base;
        options.qemu.path = *path;
        options.qemu.uefi = m_base.uefi || BootCheck::needsUefi(t.format);
        if (!m_stateDir.isEmpty()) {
            options.qemu.stateDir = QDir(m_stateDir).filePath(t.format + QStringLiteral("-state"));
            // Kept like lkc test-boot's --dir: the console of a failure explains it.
            options.consoleLogFile =
                QDir(m_stateDir).filePath(t.format + QStringLiteral("-console.log"));
        }
        options.timeoutSeconds = m_timeoutSeconds;
        options.hangSeconds = m_hangSeconds;
        m_model->setBooting(row, BootCheck::firmwareName(options.qemu.uefi));
        m_status->setText(tr("Booting %1 (%2)…").arg(t.format, options.qemu.accel.toUpper()));
        m_check = new BootCheck(options, this);
        connect(m_check, &BootCheck::finished, this, &TestBootPanel::onVerdict);
        m_check->start();
        return;
    }
    m_running = false;
    m_stop->setEnabled(false);
    m_status->setText(m_allPassed ? tr("Every format passed.") : tr("Some formats failed."));
    emit finished(m_allPassed);
}

void TestBootPanel::onVerdict(const BootVerdict &verdict) {
    m_model->setVerdict(m_next, verdict);
    m_allPassed = m_allPassed && verdict.passed;
    emit message(tr("%1: %2").arg(m_targets.at(m_next).format, m_model->resultText(m_next)));
    if (m_check)
        m_check->deleteLater();
    ++m_next;
    if (!m_running) { // stopped: the rest stay as they are
        m_stop->setEnabled(false);
        emit finished(false);
        return;
    }
    bootNext();
}

void TestBootPanel::stop() {
    if (!m_running)
        return;
    m_running = false;
    m_status->setText(tr("Stopped."));
    m_allPassed = false;
    if (m_check)
        m_check->cancel();
}

} // namespace Lkc
