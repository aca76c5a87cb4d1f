// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/bootcheck.h"

#include <QAbstractTableModel>
#include <QList>

namespace Lkc {

// The PASS/FAIL table of a test boot, one row per format, as `lkc test-boot`
// prints it: format, result, boot time, firmware, accelerator, note.
class TestBootModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FormatColumn, ResultColumn, BootColumn, FirmwareColumn, AccelColumn, NoteColumn };
    enum class State { Waiting, Booting, Passed, Failed, Skipped };

    struct Row {
        QString format;
        State state = State::Waiting;
        qint64 bootMs = -1;
        QString firmware;
        QString accel;
        QString note;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setFormats(const QStringList &formats);
    void setBooting(int row, const QString &firmware);
    void setVerdict(int row, const BootVerdict &verdict);
    void setSkipped(int row, const QString &note);
    const Row &row(int index) const { return m_rows.at(index); }
    QString resultText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rowChanged(int row);
    QList<Row> m_rows;
};

} // namespace Lkc
