// SPDX-License-Identifier: Apache-2.0
#include "effectivelinesmodel.h"

#include <QColor>
#include <QFontDatabase>

namespace Lkc {

EffectiveLinesModel::EffectiveLinesModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void EffectiveLinesModel::setLines(const QList<EffectiveLine> &lines) {
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int EffectiveLinesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int EffectiveLinesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString EffectiveLinesModel::sourceLabel(ValueSource source) {
    switch (source) {
    case ValueSource::Yaml:
        return tr("YAML");
    case ValueSource::Label:
        return tr("image label");
    case ValueSource::ImageConfig:
        return tr("image config");
    case ValueSource::Default:
        return tr("LinuxKit default");
    case ValueSource::None:
        break;
    }
    return {};
}

QColor EffectiveLinesModel::sourceColor(ValueSource source) {
    // Distinct on light and dark themes; the Source column says the same in words.
    switch (source) {
    case ValueSource::Yaml:
        return QColor(0x1a, 0x7f, 0x37); // green: you wrote it
    case ValueSource::Label:
        return QColor(0x8a, 0x3f, 0xc8); // purple: the image's org.mobyproject.config
    case ValueSource::ImageConfig:
        return QColor(0x1f, 0x6f, 0xc5); // blue: the image's own config
    case ValueSource::Default:
    case ValueSource::None:
        break;
    }
    return QColor(0x80, 0x80, 0x80); // grey: LinuxKit's default
}

QVariant EffectiveLinesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const EffectiveLine &line = m_lines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TextColumn)
            return line.text;
        if (line.source == ValueSource::Yaml)
            return line.yamlPath;
        return sourceLabel(line.source);
    case Qt::ToolTipRole:
        if (line.source == ValueSource::None)
            return {};
        return line.source == ValueSource::Yaml
                   ? tr("%1: set by %2 in the YAML").arg(line.jsonPath, line.yamlPath)
                   : tr("%1: from the %2").arg(line.jsonPath, sourceLabel(line.source));
    case Qt::ForegroundRole:
        if (line.source == ValueSource::None)
            return {};
        return sourceColor(line.source);
    case Qt::FontRole:
        if (index.column() == TextColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case SourceRole:
        return int(line.source);
    case YamlPathRole:
        return line.yamlPath;
    case JsonPathRole:
        return line.jsonPath;
    default:
        return {};
    }
}

QVariant EffectiveLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TextColumn ? tr("As the build writes it") : tr("Comes from");
}

} // namespace Lkc
