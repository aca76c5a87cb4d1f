// SPDX-License-Identifier: Apache-2.0
#include "config/yamltextedit.h"

namespace Lkc {

QString applyYamlTextEdits(const QString &text, const YamlTextEdits &edits) {
    QString out = text;
    for (qsizetype i = edits.size() - 1; i >= 0; --i)
        out.replace(edits[i].offset, edits[i].length, edits[i].replacement);
    return out;
}

// Byte offset of a UTF-16 offset into UTF-8 text: a 4-byte sequence is two UTF-16
// units, every other sequence one; continuation bytes count nothing.
static qsizetype byteOffset(const QByteArray &utf8, qsizetype utf16Offset) {
    qsizetype units = 0;
    qsizetype i = 0;
    for (; i < utf8.size() && units < utf16Offset; ++i) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if ((b & 0xC0) == 0x80)
            continue;
        units += (b >= 0xF0) ? 2 : 1;
    }
    while (i < utf8.size() && (static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80)
        ++i;
    return i;
}

QByteArray applyYamlTextEdits(const QByteArray &utf8, const YamlTextEdits &edits) {
    QByteArray out = utf8;
    for (qsizetype i = edits.size() - 1; i >= 0; --i) {
        const qsizetype start = byteOffset(utf8, edits[i].offset);
        const qsizetype end = byteOffset(utf8, edits[i].offset + edits[i].length);
        out.replace(start, end - start, edits[i].replacement.toUtf8());
    }
    return out;
}

} // namespace Lkc
