// SPDX-License-Identifier: Apache-2.0
#include "testbootmodel.h"

#include <QBrush>
#include <QColor>

namespace Lkc {

void TestBootModel::setFormats(const QStringList &formats) {
    beginResetModel();
    m_rows.clear();
    for (const QString &f : formats) {
        Row r;
        r.format = f;
        r.firmware = BootCheck::firmwareName(BootCheck::needsUefi(f));
        m_rows << r;
    }
    endResetModel();
}

void TestBootModel::rowChanged(int row) {
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void TestBootModel::setBooting(int row, const QString &firmware) {
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].state = State::Booting;
    m_rows[row].firmware = firmware;
    rowChanged(row);
}

void TestBootModel::setVerdict(int row, const BootVerdict &verdict) {
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    r.state = verdict.passed ? State::Passed : State::Failed;
    r.bootMs = verdict.bootMs;
    r.firmware = verdict.firmware;
    r.accel = verdict.accel;
    r.note = verdict.note;
    rowChanged(row);
}

void TestBootModel::setSkipped(int row, const QString &note) {
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].state = State::Skipped;
    m_rows[row].note = note;
    rowChanged(row);
}

QString TestBootModel::resultText(int row) const {
    switch (m_rows.at(row).state) {
    case State::Waiting:
        return tr("waiting");
    case State::Booting:
        return tr("booting…");
    case State::Passed:
        return QStringLiteral("PASS");
    case State::Failed:
        return QStringLiteral("FAIL");
    case State::Skipped:
        return QStringLiteral("SKIP");
    }
    return {};
}

int TestBootModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TestBootModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : NoteColumn + 1;
}

QVariant TestBootModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FormatColumn:
            return r.format;
        case ResultColumn:
            return resultText(index.row());
        case BootColumn:
            return r.bootMs < 0 ? QStringLiteral("-")
                                : QStringLiteral("%1 s").arg(double(r.bootMs) / 1000.0, 0, 'f', 1);
        case FirmwareColumn:
            return r.firmware;
        case AccelColumn:
            return r.accel.toUpper();
        case NoteColumn:
            return r.note;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        if (r.state == State::Passed)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (r.state == State::Failed)
            return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return r.note;
    return {};
}

QVariant TestBootModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FormatColumn:
        return tr("Format");
    case ResultColumn:
        return tr("Result");
    case BootColumn:
        return tr("Boot");
    case FirmwareColumn:
        return tr("Firmware");
    case AccelColumn:
        return tr("Accelerator");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace Lkc
