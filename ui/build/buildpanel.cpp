// SPDX-License-Identifier: Apache-2.0
#include "buildpanel.h"
#include "build/buildjob.h"
#include "build/buildplan.h"
#include "build/outputs/outputwriter.h"
#include "document/configdocument.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lkc {

namespace {
// Formats the console can boot, and whether they need UEFI firmware.
bool isBootable(const QString &format) {
    return format == QLatin1String("kernel+initrd") || format.startsWith(QLatin1String("iso-")) ||
           format.startsWith(QLatin1String("raw-")) || format.startsWith(QLatin1String("qcow2-")) ||
           format == QLatin1String("kernel+squashfs");
}
bool needsUefi(const QString &format) {
    return format.contains(QLatin1String("efi"));
}
} // namespace

BuildPanel::BuildPanel(ConfigDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_format(new QComboBox(this))
    , m_outputDir(new QLineEdit(this))
    , m_build(new QPushButton(tr("&Build"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_boot(new QPushButton(tr("Boot in Console"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_log(new QPlainTextEdit(this)) {
    m_format->addItems(availableOutputFormats());
    m_format->setAccessibleName(tr("Output format"));
    setFormat(QStringLiteral("iso-bios"));
    m_outputDir->setPlaceholderText(tr("beside the config"));
    m_outputDir->setAccessibleName(tr("Output folder"));
    auto *browse = new QToolButton(this);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose the output folder"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000);
    m_log->setAccessibleName(tr("Build log"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Format:"), this));
    row->addWidget(m_format);
    row->addWidget(new QLabel(tr("Into:"), this));
    row->addWidget(m_outputDir, 1);
    row->addWidget(browse);
    row->addWidget(m_build);
    row->addWidget(m_cancel);
    row->addWidget(m_boot);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress, 1);
    statusRow->addWidget(m_status, 2);
    layout->addLayout(statusRow);
    layout->addWidget(m_log, 1);

    connect(m_build, &QPushButton::clicked, this, &BuildPanel::startBuild);
    connect(m_cancel, &QPushButton::clicked, this, &BuildPanel::cancelBuild);
    connect(m_boot, &QPushButton::clicked, this, [this] {
        const QString target = bootTarget();
        if (!target.isEmpty())
            emit bootRequested(target, needsUefi(m_lastFormat));
    });
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

void BuildPanel::setFormat(const QString &format) {
    const int index = m_format->findText(format);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString BuildPanel::format() const {
    return m_format->currentText();
}

void BuildPanel::setOutputDir(const QString &dir) {
    m_outputDir->setText(dir);
}

QString BuildPanel::logText() const {
    return m_log->toPlainText();
}

void BuildPanel::appendLog(const QString &line) {
    m_log->appendPlainText(line);
}

void BuildPanel::setBuilding(bool building) {
    m_build->setEnabled(!building);
    m_format->setEnabled(!building);
    m_outputDir->setEnabled(!building);
    m_cancel->setEnabled(building);
    m_boot->setEnabled(!building && !bootTarget().isEmpty());
}

QString BuildPanel::bootTarget() const {
    if (m_lastOutputs.isEmpty() || !isBootable(m_lastFormat))
        return {};
    const QString first = m_lastOutputs.constFirst();
    if (m_lastFormat == QLatin1String("kernel+initrd") ||
        m_lastFormat == QLatin1String("kernel+squashfs")) {
        // The run command takes the prefix: X-kernel → X.
        const QString suffix = QStringLiteral("-kernel");
        return first.endsWith(suffix) ? first.chopped(suffix.size()) : QString();
    }
    return first;
}

void BuildPanel::startBuild() {
    if (m_job)
        return;
    m_log->clear();
    m_lastOutputs.clear();
    m_lastFormat = format();
    if (hasErrors(m_document->diagnostics())) {
        m_status->setText(tr("The config has errors: fix them (see Problems) and build again."));
        setBuilding(false);
        emit buildFinished(false);
        return;
    }
    const QString configPath = m_document->filePath();
    BuildPlan plan;
    plan.config = m_document->config();
    plan.formats = {m_lastFormat};
    plan.name = configPath.isEmpty() ? QStringLiteral("untitled")
                                     : QFileInfo(configPath).completeBaseName();
    plan.outputDir = !m_outputDir->text().isEmpty() ? m_outputDir->text()
                     : configPath.isEmpty()         ? QDir::currentPath()
                                                    : QFileInfo(configPath).absolutePath();
    plan.storePath = m_storePath;
    Result<BuildPlan> checked = BuildPlan::create(plan);
    if (!checked.ok()) {
        m_status->setText(checked.error().toString());
        emit buildFinished(false);
        return;
    }
    m_job = new BuildJob(std::move(checked).value(), this);
    connect(m_job, &BuildJob::logLine, this, &BuildPanel::appendLog);
    connect(m_job, &BuildJob::stepStarted, this,
            [this](const QString &step) { m_status->setText(tr("Building: %1").arg(step)); });
    connect(m_job, &BuildJob::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(1000 * done / total));
        else
            m_progress->setRange(0, 0); // busy, size unknown
    });
    connect(m_job, &BuildJob::outputWritten, this,
            [this](const QString &path) { m_lastOutputs << path; });
    connect(m_job, &BuildJob::finished, this, &BuildPanel::onFinished);
    connect(m_job, &BuildJob::failed, this, &BuildPanel::onFailed);
    setBuilding(true);
    m_status->setText(tr("Building %1…").arg(m_lastFormat));
    m_job->start();
}

void BuildPanel::cancelBuild() {
    if (!m_job)
        return;
    m_status->setText(tr("Cancelling…"));
    m_job->requestCancel();
}

void BuildPanel::onFinished(const BuildResult &result) {
    m_lastOutputs = result.outputs;
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_status->setText(tr("Built %1 in %2 s").arg(m_lastFormat).arg(result.seconds, 0, 'f', 1));
    for (const QString &out : result.outputs)
        appendLog(tr("Wrote %1").arg(QDir::toNativeSeparators(out)));
    m_job->deleteLater();
    m_job = nullptr;
    setBuilding(false);
    emit buildFinished(true);
}

void BuildPanel::onFailed(const Error &error) {
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setText(tr("Build failed"));
    appendLog(tr("Error: %1").arg(error.toString()));
    m_job->deleteLater();
    m_job = nullptr;
    m_lastOutputs.clear();
    setBuilding(false);
    emit buildFinished(false);
}

} // namespace Lkc
