// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "build/buildjob.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QLabel;

namespace Lkc {

class ConfigDocument;

// The build view of a BuildJob: choose a format and a folder, build on a
// worker thread, watch LinuxKit's progress lines, cancel, then boot the
// result. `lkc build` is the other view of the same job.
class BuildPanel : public QWidget {
    Q_OBJECT
public:
    explicit BuildPanel(ConfigDocument *document, QWidget *parent = nullptr);
    ~BuildPanel() override;

    void setFormat(const QString &format);
    QString format() const;
    void setOutputDir(const QString &dir);
    void setStorePath(const QString &path) { m_storePath = path; }
    bool isBuilding() const { return m_job != nullptr; }
    QStringList lastOutputs() const { return m_lastOutputs; }
    QString logText() const;

public slots:
    void startBuild();
    void cancelBuild();

signals:
    void buildFinished(bool ok);
    // The user asked to boot what was built: a prefix (kernel+initrd) or a file.
    void bootRequested(const QString &pathOrPrefix, bool uefi);

private:
    void appendLog(const QString &line);
    void onFinished(const BuildResult &result);
    void onFailed(const Error &error);
    void setBuilding(bool building);
    QString bootTarget() const;

    ConfigDocument *m_document;
    QComboBox *m_format;
    QLineEdit *m_outputDir;
    QPushButton *m_build;
    QPushButton *m_cancel;
    QPushButton *m_boot;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_log;
    QPointer<BuildJob> m_job;
    QString m_storePath;
    QStringList m_lastOutputs;
    QString m_lastFormat;
};

} // namespace Lkc
