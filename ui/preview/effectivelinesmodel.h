// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "build/effectiveconfig.h"

#include <QAbstractTableModel>

namespace Lkc {

// The lines of one config.json or runtime.json, as the build writes them, with
// where each value came from: colour plus a column, so it reads without colour.
class EffectiveLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TextColumn, SourceColumn, ColumnCount };
    enum Role { SourceRole = Qt::UserRole + 1, YamlPathRole, JsonPathRole };

    explicit EffectiveLinesModel(QObject *parent = nullptr);

    void setLines(const QList<EffectiveLine> &lines);
    const QList<EffectiveLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString sourceLabel(ValueSource source);
    static QColor sourceColor(ValueSource source);

private:
    QList<EffectiveLine> m_lines;
};

} // namespace Lkc
