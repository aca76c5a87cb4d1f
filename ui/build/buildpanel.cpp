// SPDX-License-Identifier: Apache-2.0
#include "buildpanel.h"
#include "build/buildplan.h"
#include "build/outputs/outputwriter.h"
#include "commandlinefield.h"
#include "console/runoptions.h"
#include "console/runoptionsdialog.h"
#include "deploy/filehash.h"
#include "deploy/publishdialog.h"
#include "deploy/writediskdialog.h"
#include "document/configdocument.h"
#include "run/bootcheck.h"
#include "run/lkccommandline.h"
#include "testbootpanel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Lkc {

namespace {
QString formatSize(qint64 bytes) {
    if (bytes >= (qint64(1) << 30))
        return BuildPanel::tr("%1 GiB").arg(double(bytes) / double(qint64(1) << 30), 0, 'f', 2);
    if (bytes >= (1 << 20))
        return BuildPanel::tr("%1 MiB").arg(double(bytes) / double(1 << 20), 0, 'f', 1);
    return BuildPanel::tr("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
}
} // namespace

QStringList BuildPanel::buildableFormats() {
    // The core's own list of what it builds: never offer a format that then fails.
    return availableOutputFormats();
}

BuildPanel::BuildPanel(ConfigDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_formats(new QToolButton(this))
    , m_outputDir(new QLineEdit(this))
    , m_build(new QPushButton(tr("&Build"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_runOptions(new QPushButton(tr("Run Options…"), this))
    , m_testBootAll(new QPushButton(tr("Test Boot"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_outputs(new QTableWidget(0, ActionsColumn + 1, this))
    , m_testBoot(new TestBootPanel(this))
    , m_log(new QPlainTextEdit(this))
    , m_command(new CommandLineField(this)) {
    auto *menu = new QMenu(m_formats);
    for (const QString &f : buildableFormats()) {
        QAction *a = menu->addAction(f);
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this, a](bool on) {
            // tar and docker stream the rootfs alone: they cannot share a build.
            static const QStringList alone = {QStringLiteral("tar"), QStringLiteral("docker")};
            if (on)
                for (QAction *other : m_formats->menu()->actions())
                    if (other != a &&
                        (alone.contains(a->text()) || alone.contains(other->text()))) {
                        const QSignalBlocker block(other);
                        other->setChecked(false);
                    }
            updateFormatsButton();
        });
    }
    m_formats->setMenu(menu);
    m_formats->setPopupMode(QToolButton::InstantPopup);
    m_formats->setAccessibleName(tr("Output formats"));
    m_formats->setToolTip(
        tr("The formats to build in one go (only formats lkc builds are listed)"));
    setFormat(QStringLiteral("iso-bios"));
    m_outputDir->setPlaceholderText(tr("beside the config"));
    m_outputDir->setAccessibleName(tr("Output folder"));
    auto *browse = new QToolButton(this);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose the output folder"));
    m_runOptions->setToolTip(tr("Memory, CPUs, accelerator, firmware, ports, disks, network"));
    m_testBootAll->setToolTip(tr("Boot every built format and check its console (PASS/FAIL)"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000);
    m_log->setAccessibleName(tr("Build log"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_outputs->setHorizontalHeaderLabels(
        {tr("Format"), tr("Progress"), tr("File"), tr("Size"), tr("SHA-256"), tr("Actions")});
    m_outputs->verticalHeader()->hide();
    m_outputs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outputs->horizontalHeader()->setSectionResizeMode(Sha256Column, QHeaderView::Stretch);
    m_outputs->setAccessibleName(tr("Build outputs"));
    m_tabs->addTab(m_outputs, tr("Outputs"));
    m_tabs->addTab(m_testBoot, tr("Test Boot"));
    m_tabs->addTab(m_log, tr("Log"));

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Formats:"), this));
    row->addWidget(m_formats);
    row->addWidget(new QLabel(tr("Into:"), this));
    row->addWidget(m_outputDir, 1);
    row->addWidget(browse);
    row->addWidget(m_build);
    row->addWidget(m_cancel);
    row->addWidget(m_runOptions);
    row->addWidget(m_testBootAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress, 1);
    statusRow->addWidget(m_status, 2);
    layout->addLayout(statusRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_command);

    connect(m_build, &QPushButton::clicked, this, &BuildPanel::startBuild);
    connect(m_cancel, &QPushButton::clicked, this, &BuildPanel::cancelBuild);
    connect(m_runOptions, &QPushButton::clicked, this, &BuildPanel::editRunOptions);
    connect(m_testBootAll, &QPushButton::clicked, this, [this] { testBoot(m_lastFormats); });
    connect(m_testBoot, &TestBootPanel::message, m_status, &QLabel::setText);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Output folder"), m_outputDir->text());
        if (!dir.isEmpty())
            m_outputDir->setText(dir);
    });
    setBuilding(false);
}

BuildPanel::~BuildPanel() {
    if (m_hashControl)
        m_hashControl->requestCancel();
    if (m_job)
        m_job->requestCancel(); // the job's destructor waits for its worker
}

void BuildPanel::updateFormatsButton() {
    const QStringList chosen = formats();
    m_formats->setText(chosen.isEmpty() ? tr("(none)") : chosen.join(QStringLiteral(", ")));
    m_build->setEnabled(!isBuilding() && !chosen.isEmpty());
}

void BuildPanel::setFormat(const QString &format) {
    setFormats({format});
}

void BuildPanel::setFormats(const QStringList &formats) {
    for (QAction *a : m_formats->menu()->actions()) {
        const QSignalBlocker block(a);
        a->setChecked(false);
    }
    for (QAction *a : m_formats->menu()->actions())
        if (formats.contains(a->text()))
            a->setChecked(true); // through the exclusivity rule above
    updateFormatsButton();
}

QString BuildPanel::format() const {
    const QStringList chosen = formats();
    return chosen.isEmpty() ? QString() : chosen.first();
}

QStringList BuildPanel::formats() const {
    QStringList chosen;
    for (const QAction *a : m_formats->menu()->actions())
        if (a->isChecked())
            chosen << a->text();
    return chosen;
}

void BuildPanel::setOutputDir(const QString &dir) {
    m_outputDir->setText(dir);
}

QString BuildPanel::outputDir() const {
    const QString path = configPath();
    return !m_outputDir->text().isEmpty() ? m_outputDir->text()
           : path.isEmpty()               ? QDir::currentPath()
                                          : QFileInfo(path).absolutePath();
}

QString BuildPanel::configPath() const {
    return m_document->filePath();
}

QString BuildPanel::logText() const {
    return m_log->toPlainText();
}

QString BuildPanel::commandLine() const {
    return m_command->command();
}

QemuOptions BuildPanel::runOptions() const {
    return RunOptions::load(configPath());
}

void BuildPanel::appendLog(const QString &line) {
    m_log->appendPlainText(line);
}

void BuildPanel::setBuilding(bool building) {
    m_build->setEnabled(!building && !formats().isEmpty());
    m_formats->setEnabled(!building);
    m_outputDir->setEnabled(!building);
    m_cancel->setEnabled(building);
    m_testBootAll->setEnabled(!building && !m_lastOutputs.isEmpty() && !m_testBoot->isRunning());
}

int BuildPanel::rowOf(const QString &format) const {
    for (int r = 0; r < m_outputs->rowCount(); ++r)
        if (m_outputs->item(r, FormatColumn)->text() == format)
            return r;
    return -1;
}

void BuildPanel::fillOutputRows(const QStringList &formats) {
    m_outputs->setRowCount(0);
    for (const QString &f : formats) {
        const int r = m_outputs->rowCount();
        m_outputs->insertRow(r);
        m_outputs->setItem(r, FormatColumn, new QTableWidgetItem(f));
        auto *bar = new QProgressBar(m_outputs);
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setFormat(tr("waiting"));
        m_outputs->setCellWidget(r, ProgressColumn, bar);
        for (int c : {FileColumn, SizeColumn, Sha256Column})
            m_outputs->setItem(r, c, new QTableWidgetItem);
    }
}

void BuildPanel::startBuild() {
    if (m_job)
        return;
    m_log->clear();
    m_lastOutputs.clear();
    m_lastFormats = formats();
    if (hasErrors(m_document->diagnostics())) {
        m_status->setText(tr("The config has errors: fix them (see Problems) and build again."));
        setBuilding(false);
        emit buildFinished(false);
        return;
    }
    const QString path = configPath();
    BuildPlan plan;
    plan.config = m_document->config();
    plan.formats = m_lastFormats;
    plan.name = path.isEmpty() ? QStringLiteral("untitled") : QFileInfo(path).completeBaseName();
    plan.outputDir = outputDir();
    plan.storePath = m_storePath;
    // Relative `files: source:` paths as `lkc build` run from the config's folder reads them.
    plan.baseDir = path.isEmpty() ? plan.outputDir : QFileInfo(path).absolutePath();
    m_lastDir = plan.outputDir;
    m_lastName = plan.name;
    LkcCommandLine::Build line;
    line.configs = {path.isEmpty() ? tr("CONFIG.yml") : path};
    line.formats = plan.formats;
    line.dir = plan.outputDir;
    line.name = plan.name;
    line.cache = m_storePath;
    m_command->setCommand(LkcCommandLine::render(LkcCommandLine::buildArguments(line)));
    Result<BuildPlan> checked = BuildPlan::create(plan);
    if (!checked.ok()) {
        m_status->setText(checked.error().toString());
        emit buildFinished(false);
        return;
    }
    fillOutputRows(m_lastFormats);
    m_currentStep.clear();
    m_job = new BuildJob(std::move(checked).value(), this);
    connect(m_job, &BuildJob::logLine, this, &BuildPanel::appendLog);
    connect(m_job, &BuildJob::stepStarted, this, [this](const QString &step) {
        m_currentStep = step;
        m_status->setText(tr("Building: %1").arg(step));
        if (step.startsWith(QLatin1String("output:")))
            if (const int r = rowOf(step.mid(7)); r >= 0)
                static_cast<QProgressBar *>(m_outputs->cellWidget(r, ProgressColumn))
                    ->setFormat(tr("writing %p%"));
    });
    connect(m_job, &BuildJob::stepFinished, this, [this](const QString &step) {
        if (step.startsWith(QLatin1String("output:")))
            if (const int r = rowOf(step.mid(7)); r >= 0) {
                auto *bar = static_cast<QProgressBar *>(m_outputs->cellWidget(r, ProgressColumn));
                bar->setValue(1000);
                bar->setFormat(tr("written"));
            }
    });
    connect(m_job, &BuildJob::progress, this, [this](qint64 done, qint64 total) {
        // Bytes of the image being written go to its row; before that, the rootfs.
        QProgressBar *bar = m_progress;
        if (m_currentStep.startsWith(QLatin1String("output:")))
            if (const int r = rowOf(m_currentStep.mid(7)); r >= 0)
                bar = static_cast<QProgressBar *>(m_outputs->cellWidget(r, ProgressColumn));
        if (total > 0) {
            bar->setRange(0, 1000);
            bar->setValue(int(1000 * done / total));
        } else {
            bar->setRange(0, 0); // busy, size unknown
        }
    });
    connect(m_job, &BuildJob::finished, this, &BuildPanel::onFinished);
    connect(m_job, &BuildJob::failed, this, &BuildPanel::onFailed);
    setBuilding(true);
    m_status->setText(tr("Building %1…").arg(m_lastFormats.join(QStringLiteral(", "))));
    m_job->start();
}

void BuildPanel::cancelBuild() {
    if (!m_job)
        return;
    m_status->setText(tr("Cancelling…"));
    m_job->requestCancel();
}

QStringList BuildPanel::outputsOf(const QString &format) const {
    Result<std::shared_ptr<OutputWriter>> writer = createOutputWriter(format);
    if (!writer.ok())
        return {};
    OutputInputs probe;
    probe.cmdline = QStringLiteral("x"); // names only depend on whether there is one
    QStringList files;
    for (const QString &name : (*writer)->outputNames(m_lastName, probe))
        for (const QString &out : m_lastOutputs)
            if (QFileInfo(out).fileName() == name)
                files << out;
    return files;
}

void BuildPanel::showOutputs() {
    for (int r = 0; r < m_outputs->rowCount(); ++r) {
        const QString format = m_outputs->item(r, FormatColumn)->text();
        const QStringList files = outputsOf(format);
        QStringList names;
        qint64 size = 0;
        for (const QString &f : files) {
            names << QFileInfo(f).fileName();
            size += QFileInfo(f).size();
        }
        m_outputs->item(r, FileColumn)->setText(names.join(QStringLiteral(", ")));
        m_outputs->item(r, FileColumn)->setToolTip(files.join(QLatin1Char('\n')));
        m_outputs->item(r, SizeColumn)->setText(formatSize(size));
        m_outputs->item(r, SizeColumn)->setData(Qt::UserRole, size);
        m_outputs->item(r, Sha256Column)->setText(tr("computing…"));

        auto *actions = new QWidget(m_outputs);
        auto *row = new QHBoxLayout(actions);
        row->setContentsMargins(0, 0, 0, 0);
        const bool bootable = BootCheck::bootPath(format, files).ok();
        auto add = [&](const QString &text, const QString &tip, bool enabled, auto slot) {
            auto *b = new QToolButton(actions);
            b->setText(text);
            b->setToolTip(tip);
            b->setEnabled(enabled);
            b->setObjectName(format + QLatin1Char('/') + text);
            connect(b, &QToolButton::clicked, this,
                    [this, format, slot] { (this->*slot)(format); });
            row->addWidget(b);
        };
        const QString why = bootable ? QString() : tr(" (not bootable on its own)");
        add(tr("Run"), tr("Boot it in the console") + why, bootable, &BuildPanel::runOutput);
        add(tr("Test Boot"), tr("Boot it and check the console") + why, bootable,
            &BuildPanel::testBootOne);
        add(tr("Publish"), tr("Serve it over HTTP for a machine to fetch"), !files.isEmpty(),
            &BuildPanel::publishOutput);
        add(tr("Write to Disk"), tr("Write it to a USB stick or disk"), files.size() == 1,
            &BuildPanel::writeOutput);
        add(tr("Show in Folder"), tr("Open the output folder"), !files.isEmpty(),
            &BuildPanel::showInFolder);
        m_outputs->setCellWidget(r, ActionsColumn, actions);
    }
    m_outputs->resizeColumnsToContents();
    m_outputs->horizontalHeader()->setSectionResizeMode(Sha256Column, QHeaderView::Stretch);
    computeChecksums();
}

void BuildPanel::computeChecksums() {
    if (m_hashControl)
        m_hashControl->requestCancel();
    m_hashControl = std::make_shared<JobControl>();
    m_pendingHashes = m_outputs->rowCount();
    for (int r = 0; r < m_outputs->rowCount(); ++r) {
        const QString format = m_outputs->item(r, FormatColumn)->text();
        const QStringList files = outputsOf(format);
        // Hashing reads whole images: on a worker, never the GUI thread.
        auto sums = std::make_shared<QStringList>();
        QThread *worker = QThread::create([files, sums, control = m_hashControl] {
            for (const QString &f : files) {
                Result<QByteArray> h = FileHash::sha256Hex(f, -1, control.get());
                *sums << (h.ok() ? QString::fromLatin1(*h) : h.error().message);
            }
        });
        connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &QThread::finished, this, [this, r, format, sums, control = m_hashControl] {
            if (control != m_hashControl || rowOf(format) != r)
                return; // a newer build replaced the table
            m_outputs->item(r, Sha256Column)->setText(sums->join(QStringLiteral(", ")));
            m_outputs->item(r, Sha256Column)->setToolTip(sums->join(QLatin1Char('\n')));
            if (--m_pendingHashes == 0)
                emit checksumsComputed();
        });
        worker->start();
    }
}

void BuildPanel::onFinished(const BuildResult &result) {
    m_lastOutputs = result.outputs;
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_status->setText(tr("Built %1 in %2 s")
                          .arg(m_lastFormats.join(QStringLiteral(", ")))
                          .arg(result.seconds, 0, 'f', 1));
    for (const QString &out : result.outputs)
        appendLog(tr("Wrote %1").arg(QDir::toNativeSeparators(out)));
    m_job->deleteLater();
    m_job = nullptr;
    showOutputs();
    setBuilding(false);
    emit buildFinished(true);
}

void BuildPanel::onFailed(const Error &error) {
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setText(tr("Build failed"));
    appendLog(tr("Error: %1").arg(error.toString()));
    m_tabs->setCurrentWidget(m_log);
    m_job->deleteLater();
    m_job = nullptr;
    m_lastOutputs.clear();
    setBuilding(false);
    emit buildFinished(false);
}

void BuildPanel::editRunOptions() {
    RunOptionsDialog dialog(this);
    dialog.setOptions(runOptions());
    if (dialog.exec() == QDialog::Accepted)
        RunOptions::save(configPath(), dialog.options());
}

void BuildPanel::runOutput(const QString &format) {
    Result<QString> path = BootCheck::bootPath(format, outputsOf(format));
    if (!path.ok()) {
        m_status->setText(path.error().toString());
        return;
    }
    QemuOptions options = runOptions();
    options.path = *path;
    options.uefi = options.uefi || BootCheck::needsUefi(format);
    m_command->setCommand(LkcCommandLine::render(LkcCommandLine::runArguments(options)));
    emit runRequested(options);
}

void BuildPanel::testBootOne(const QString &format) {
    testBoot({format});
}

void BuildPanel::testBoot(const QStringList &formats) {
    if (m_testBoot->isRunning() || formats.isEmpty())
        return;
    QList<TestBootPanel::Target> targets;
    for (const QString &f : formats)
        targets << TestBootPanel::Target{f, outputsOf(f)};
    const QemuOptions base = runOptions();
    LkcCommandLine::TestBoot line;
    line.configs = {configPath().isEmpty() ? tr("CONFIG.yml") : configPath()};
    line.formats = formats;
    line.accel = base.accel;
    line.memMiB = base.memMiB;
    line.cache = m_storePath;
    m_command->setCommand(LkcCommandLine::render(LkcCommandLine::testBootArguments(line)));
    m_testBoot->setBaseOptions(base);
    m_testBoot->setStateDir(m_lastDir);
    m_tabs->setCurrentWidget(m_testBoot);
    m_testBoot->start(targets);
}

void BuildPanel::publishOutput(const QString &format) {
    const QStringList files = outputsOf(format);
    auto *dialog = new PublishDialog(files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_command->setCommand(dialog->commandLine());
    dialog->show();
}

void BuildPanel::writeOutput(const QString &format) {
    const QStringList files = outputsOf(format);
    if (files.size() != 1)
        return;
    auto *dialog = new WriteDiskDialog(files.first(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WriteDiskDialog::commandChanged, m_command, &CommandLineField::setCommand);
    dialog->show();
}

void BuildPanel::showInFolder(const QString &format) {
    const QStringList files = outputsOf(format);
    const QString dir = files.isEmpty() ? m_lastDir : QFileInfo(files.first()).absolutePath();
    QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
}

} // namespace Lkc
