// SPDX-License-Identifier: Apache-2.0
#include "runoptionsdialog.h"

#include "run/lkccommandline.h"
#include "run/qemucommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace Lkc {

namespace {
QStringList nonEmptyLines(const QPlainTextEdit *edit) {
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}
} // namespace

RunOptionsDialog::RunOptionsDialog(QWidget *parent)
    : QDialog(parent)
    , m_memory(new QSpinBox(this))
    , m_cpus(new QSpinBox(this))
    , m_accel(new QComboBox(this))
    , m_firmware(new QComboBox(this))
    , m_networking(
          new QCheckBox(tr("User networking (the guest reaches the host and the net)"), this))
    , m_ports(new QPlainTextEdit(this))
    , m_disks(new QPlainTextEdit(this))
    , m_command(new QLabel(this)) {
    setWindowTitle(tr("Run Options"));
    m_memory->setRange(64, 1024 * 1024);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(tr(" MiB"));
    m_cpus->setRange(1, qMax(1, QThread::idealThreadCount() * 2));
    m_accel->addItem(tr("Automatic (KVM when it works, else TCG)"), QString());
    m_accel->addItem(tr("KVM"), QStringLiteral("kvm"));
    m_accel->addItem(tr("TCG (emulation)"), QStringLiteral("tcg"));
    m_firmware->addItem(tr("BIOS (SeaBIOS)"), false);
    m_firmware->addItem(tr("UEFI (OVMF)"), true);
    m_ports->setPlaceholderText(tr("One per line, HOST:GUEST[/tcp|udp], e.g. 2222:22"));
    m_disks->setPlaceholderText(
        tr("One per line, [file=]PATH[,size=N(M|G)][,format=F], e.g. size=1G"));
    for (QPlainTextEdit *edit : {m_ports, m_disks})
        edit->setMaximumHeight(fontMetrics().height() * 4 + 12);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(tr("&CPUs:"), m_cpus);
    form->addRow(tr("&Accelerator:"), m_accel);
    form->addRow(tr("&Firmware:"), m_firmware);
    form->addRow(tr("&Network:"), m_networking);
    form->addRow(tr("Published &ports:"), m_ports);
    form->addRow(tr("Extra &disks:"), m_disks);
    form->addRow(tr("Command:"), m_command);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RunOptionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RunOptionsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_memory, &QSpinBox::valueChanged, this, &RunOptionsDialog::updateCommand);
    connect(m_cpus, &QSpinBox::valueChanged, this, &RunOptionsDialog::updateCommand);
    connect(m_accel, &QComboBox::currentIndexChanged, this, &RunOptionsDialog::updateCommand);
    connect(m_firmware, &QComboBox::currentIndexChanged, this, &RunOptionsDialog::updateCommand);
    connect(m_networking, &QCheckBox::toggled, this, &RunOptionsDialog::updateCommand);
    connect(m_ports, &QPlainTextEdit::textChanged, this, &RunOptionsDialog::updateCommand);
    connect(m_disks, &QPlainTextEdit::textChanged, this, &RunOptionsDialog::updateCommand);
    setOptions(QemuOptions());
}

void RunOptionsDialog::setOptions(const QemuOptions &o) {
    m_base = o;
    m_memory->setValue(o.memMiB);
    m_cpus->setValue(o.cpus);
    m_accel->setCurrentIndex(qMax(0, m_accel->findData(o.accel.toLower())));
    m_firmware->setCurrentIndex(o.uefi ? 1 : 0);
    m_networking->setChecked(o.networking != QLatin1String("none"));
    m_ports->setPlainText(o.publish.join(QLatin1Char('\n')));
    QStringList disks;
    for (const QemuDisk &d : o.disks)
        disks << LkcCommandLine::diskSpec(d);
    m_disks->setPlainText(disks.join(QLatin1Char('\n')));
    updateCommand();
}

QemuOptions RunOptionsDialog::options(bool *ok, QString *error) const {
    QemuOptions o = m_base;
    o.memMiB = m_memory->value();
    o.cpus = m_cpus->value();
    o.accel = m_accel->currentData().toString();
    o.uefi = m_firmware->currentData().toBool();
    o.networking = m_networking->isChecked() ? QStringLiteral("user") : QStringLiteral("none");
    o.publish = nonEmptyLines(m_ports);
    o.disks.clear();
    QString problem;
    for (const QString &p : std::as_const(o.publish))
        if (Result<QString> fwd = QemuCommand::hostForward(p); !fwd.ok() && problem.isEmpty())
            problem = tr("Port %1: %2").arg(p, fwd.error().message);
    if (!o.publish.isEmpty() && !m_networking->isChecked() && problem.isEmpty())
        problem = tr("Published ports need networking.");
    for (const QString &spec : nonEmptyLines(m_disks)) {
        Result<QemuDisk> d = QemuCommand::parseDisk(spec);
        if (d.ok())
            o.disks << *d;
        else if (problem.isEmpty())
            problem = tr("Disk %1: %2").arg(spec, d.error().message);
    }
    if (ok)
        *ok = problem.isEmpty();
    if (error)
        *error = problem;
    return o;
}

void RunOptionsDialog::updateCommand() {
    bool ok = false;
    QString error;
    QemuOptions o = options(&ok, &error);
    if (o.path.isEmpty())
        o.path = tr("IMAGE");
    m_command->setText(ok ? LkcCommandLine::render(LkcCommandLine::runArguments(o)) : error);
}

void RunOptionsDialog::accept() {
    bool ok = false;
    QString error;
    options(&ok, &error);
    if (!ok) {
        QMessageBox::warning(this, tr("Run Options"), error);
        return;
    }
    QDialog::accept();
}

} // namespace Lkc
