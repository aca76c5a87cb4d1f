// SPDX-License-Identifier: Apache-2.0
#include "diagnosticsmodel.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace Lkc {

void DiagnosticsModel::setDiagnostics(const DiagnosticList &diagnostics) {
    // Rows added or removed at the end and the rest changed in place, not a reset:
    // the view keeps its selection and scroll position while the user types.
    const int before = int(m_diagnostics.size());
    const int after = int(diagnostics.size());
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_diagnostics.resize(after);
        endRemoveRows();
    } else if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_diagnostics.append(diagnostics.sliced(before));
        endInsertRows();
    }
    const int common = qMin(before, after);
    if (common == 0) {
        m_diagnostics = diagnostics;
        return;
    }
    m_diagnostics = diagnostics;
    emit dataChanged(index(0, 0), index(common - 1, ColumnCount - 1));
}

int DiagnosticsModel::errorCount() const {
    return int(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(),
                             [](const Diagnostic &d) { return d.isError(); }));
}

int DiagnosticsModel::warningCount() const {
    return int(m_diagnostics.size()) - errorCount();
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return d.isError() ? tr("Error") : tr("Warning");
        case MessageColumn:
            return d.message;
        case LocationColumn:
            return d.pos.isValid() ? tr("line %1, column %2").arg(d.pos.line).arg(d.pos.column)
                                   : d.pos.file;
        case FixColumn:
            return d.hasFix() ? tr("Change to %1").arg(d.fixTo) : QString();
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == FixColumn && qApp)
            return QApplication::palette().brush(QPalette::Link);
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn && qApp)
            return QApplication::style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical
                                                                   : QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        return d.toString();
    case LineRole:
        return d.pos.line;
    case ColumnRole:
        return d.pos.column;
    case YamlPathRole:
        return d.pos.yamlPath;
    case CodeRole:
        return d.code;
    case FixRole:
        return d.hasFix() ? d.fixTo : QString();
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Problem");
    case LocationColumn:
        return tr("Where");
    case FixColumn:
        return tr("Quick fix");
    }
    return {};
}

} // namespace Lkc
