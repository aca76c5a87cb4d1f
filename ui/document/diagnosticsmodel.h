// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/diagnostic.h"

#include <QAbstractTableModel>

namespace Lkc {

// The problems of a config as a table: severity, message, where, and the
// one-click fix of a "did you mean" (clicking that cell applies it).
class DiagnosticsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, LocationColumn, FixColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole, YamlPathRole, CodeRole, FixRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setDiagnostics(const DiagnosticList &diagnostics);
    const DiagnosticList &diagnostics() const { return m_diagnostics; }
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    DiagnosticList m_diagnostics;
};

} // namespace Lkc
