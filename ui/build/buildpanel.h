// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "build/buildjob.h"
#include "outputstable.h"
#include "run/qemuoptions.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace Lkc {

class CommandLineField;
class ConfigDocument;
class TestBootPanel;

// The build view of a BuildJob: choose formats and a folder, build on a
// worker thread with byte progress per image, then act on each output (run,
// test boot, publish, write to a disk, show in the folder). Every action
// shows its exact `lkc` line. `lkc build` is the other view of the same job.
class BuildPanel : public QWidget {
    Q_OBJECT
public:
    // The outputs table's columns, as BuildPanel::FormatColumn etc.
    using enum OutputsTable::Column;

    explicit BuildPanel(ConfigDocument *document, QWidget *parent = nullptr);
    ~BuildPanel() override;

    // Formats lkc really builds (a writer exists), never one that would fail
    // with "not available".
    static QStringList buildableFormats();

    void setFormat(const QString &format); // exactly one format
    void setFormats(const QStringList &formats);
    QString format() const; // the first chosen
    QStringList formats() const;
    void setOutputDir(const QString &dir);
    QString outputDir() const;
    void setStorePath(const QString &path) { m_storePath = path; }
    bool isBuilding() const { return m_job != nullptr; }
    QStringList lastOutputs() const { return m_lastOutputs; }
    QString logText() const;
    OutputsTable *outputsTable() const { return m_outputs; }
    TestBootPanel *testBootPanel() const { return m_testBoot; }
    // The exact lkc line of the last action (build, run, test boot, …).
    QString commandLine() const;
    // Run options for this config (remembered per config path).
    QemuOptions runOptions() const;
    // The files `format` produced in the last build.
    QStringList outputsOf(const QString &format) const;
    // Filled in once every SHA-256 of the last build is computed.
    bool checksumsReady() const { return m_outputs->hashesDone() && !m_lastOutputs.isEmpty(); }

public slots:
    void startBuild();
    void cancelBuild();
    void editRunOptions();
    // The actions on one built format.
    void runOutput(const QString &format);
    void testBoot(const QStringList &formats);
    void testBootOne(const QString &format);
    void publishOutput(const QString &format);
    void writeOutput(const QString &format);
    void showInFolder(const QString &format);

signals:
    void buildFinished(bool ok);
    void checksumsComputed();
    // The user asked to run what was built, with the config's run options.
    void runRequested(const Lkc::QemuOptions &options);

private:
    void appendLog(const QString &line);
    void onFinished(const BuildResult &result);
    void onFailed(const Error &error);
    void setBuilding(bool building);
    QString configPath() const;
    void updateFormatsButton();

    ConfigDocument *m_document;
    QToolButton *m_formats;
    QLineEdit *m_outputDir;
    QPushButton *m_build;
    QPushButton *m_cancel;
    QPushButton *m_runOptions;
    QPushButton *m_testBootAll;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTabWidget *m_tabs;
    OutputsTable *m_outputs;
    TestBootPanel *m_testBoot;
    QPlainTextEdit *m_log;
    CommandLineField *m_command;
    QPointer<BuildJob> m_job;
    QString m_storePath;
    QStringList m_lastOutputs;
    QStringList m_lastFormats;
    QString m_lastDir;
    QString m_lastName;
    QString m_currentStep;
};

} // namespace Lkc
