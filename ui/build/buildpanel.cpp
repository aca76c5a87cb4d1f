// SPDX-License-Identifier: Apache-2.0
#include "buildpanel.h"
#include "build/buildplan.h"
#include "build/outputs/outputwriter.h"
#include "commandlinefield.h"
#include "console/runoptions.h"
#include "console/runoptionsdialog.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Lkc {

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
    , m_outputs(new OutputsTable(this))
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
    connect(m_outputs, &OutputsTable::checksumsComputed, this, &BuildPanel::checksumsComputed);
    connect(m_outputs, &OutputsTable::runRequested, this, &BuildPanel::runOutput);
    connect(m_outputs, &OutputsTable::testBootRequested, this, &BuildPanel::testBootOne);
    connect(m_outputs, &OutputsTable::publishRequested, this, &BuildPanel::publishOutput);
    connect(m_outputs, &OutputsTable::writeRequested, this, &BuildPanel::writeOutput);
    connect(m_outputs, &OutputsTable::showInFolderRequested, this, &BuildPanel::showInFolder);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Output folder"), m_outputDir->text());
        if (!dir.isEmpty())
            m_outputDir->setText(dir);
    });
    setBuilding(false);
}

BuildPanel::~BuildPanel() {
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
    m_outputs->reset(m_lastFormats);
    m_currentStep.clear();
    m_job = new BuildJob(std::move(checked).value(), this);
    connect(m_job, &BuildJob::logLine, this, &BuildPanel::appendLog);
    connect(m_job, &BuildJob::stepStarted, this, [this](const QString &step) {
        m_currentStep = step;
        m_status->setText(tr("Building: %1").arg(step));
        if (step.startsWith(QLatin1String("output:")))
            if (QProgressBar *bar = m_outputs->progressBar(step.mid(7)))
                bar->setFormat(tr("writing %p%"));
    });
    connect(m_job, &BuildJob::stepFinished, this, [this](const QString &step) {
        if (step.startsWith(QLatin1String("output:")))
            if (QProgressBar *bar = m_outputs->progressBar(step.mid(7))) {
                bar->setValue(1000);
                bar->setFormat(tr("written"));
            }
    });
    connect(m_job, &BuildJob::progress, this, [this](qint64 done, qint64 total) {
        // Bytes of the image being written go to its row; before that, the rootfs.
        QProgressBar *bar = m_progress;
        if (m_currentStep.startsWith(QLatin1String("output:")))
            if (QProgressBar *row = m_outputs->progressBar(m_currentStep.mid(7)))
                bar = row;
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
    m_outputs->showOutputs([this](const QString &format) { return outputsOf(format); });
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
