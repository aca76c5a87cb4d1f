// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTableWidget>

#include <functional>
#include <memory>

class QProgressBar;

namespace Lkc {

class JobControl;

// The build panel's table of what a build made: one row per format with its
// write progress, files, size, SHA-256 (hashed on worker threads) and the
// actions on it, which the table only asks for (signals); the panel acts.
class OutputsTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column {
        FormatColumn,
        ProgressColumn,
        FileColumn,
        SizeColumn,
        Sha256Column,
        ActionsColumn
    };
    // The files a format produced in the last build.
    using OutputsOf = std::function<QStringList(const QString &format)>;

    explicit OutputsTable(QWidget *parent = nullptr);
    ~OutputsTable() override;

    // One row per format, its progress "waiting", nothing else known yet.
    void reset(const QStringList &formats);
    int rowOf(const QString &format) const;
    // The row's write progress; nullptr when `format` has no row.
    QProgressBar *progressBar(const QString &format) const;
    // Fills in files, sizes and actions, then starts hashing.
    void showOutputs(const OutputsOf &outputsOf);
    // No hash still being computed (true before any build, too).
    bool hashesDone() const { return m_pendingHashes == 0; }

signals:
    void checksumsComputed();
    void runRequested(const QString &format);
    void testBootRequested(const QString &format);
    void publishRequested(const QString &format);
    void writeRequested(const QString &format);
    void showInFolderRequested(const QString &format);

private:
    void computeChecksums(const OutputsOf &outputsOf);

    std::shared_ptr<JobControl> m_hashControl;
    int m_pendingHashes = 0;
};

} // namespace Lkc
