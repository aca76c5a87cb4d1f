// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lkc {

// One replacement in a document's text: `length` characters at `offset` become
// `replacement`. Offsets and lengths count UTF-16 code units of the QString text, the
// unit QTextDocument/QTextCursor positions use.
struct YamlTextEdit {
    qsizetype offset = 0;
    qsizetype length = 0;
    QString replacement;

    bool operator==(const YamlTextEdit &other) const = default;
};

// The edits of one change: sorted by offset, not overlapping, all relative to the text
// before the change (apply them from the last to the first, or use applyYamlTextEdits).
using YamlTextEdits = QList<YamlTextEdit>;

// Applies edits to a text.
QString applyYamlTextEdits(const QString &text, const YamlTextEdits &edits);
// The same for UTF-8 bytes (offsets still count UTF-16 units of the decoded text). Valid
// UTF-8 outside the edits comes back byte for byte.
QByteArray applyYamlTextEdits(const QByteArray &utf8, const YamlTextEdits &edits);

} // namespace Lkc
