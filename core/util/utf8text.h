// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <string>

namespace Lkc {

// UTF-8 bytes as text, a leading U+FEFF kept. QString::fromUtf8() and
// fromStdString() drop it as a byte order mark, which suits a file's first
// bytes, but a YAML scalar or key, or a command-line argument, that starts with
// U+FEFF is the user's text and must come back byte for byte.
inline QString utf8Text(QByteArrayView bytes) {
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                    QStringDecoder::Flag::ConvertInitialBom);
    return decode(bytes);
}

inline QString utf8Text(const std::string &bytes) {
    return utf8Text(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

} // namespace Lkc
