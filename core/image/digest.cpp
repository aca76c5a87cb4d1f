// SPDX-License-Identifier: Apache-2.0
#include "digest.h"

#include "sha256hasher.h"

namespace Lkc {

static bool isLowerHex64(const QString &hex) {
    if (hex.size() != 64)
        return false;
    for (QChar c : hex) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

Result<Digest> Digest::parse(const QString &text) {
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return Error(QStringLiteral("not a digest: expected \"sha256:<64 hex digits>\""), text);
    const QString algorithm = text.left(colon);
    if (algorithm != QLatin1String("sha256"))
        return Error(QStringLiteral("unsupported digest algorithm \"%1\": only sha256 is supported")
                         .arg(algorithm),
                     text);
    Digest d = fromSha256Hex(text.mid(colon + 1));
    if (!d.isValid())
        return Error(QStringLiteral("malformed sha256 digest: expected 64 lower-case hex digits"),
                     text);
    return d;
}

Digest Digest::fromSha256Hex(const QString &hex) {
    Digest d;
    if (isLowerHex64(hex))
        d.m_hex = hex;
    return d;
}

Digest Digest::ofData(const QByteArray &data) {
    Sha256Hasher hasher;
    hasher.addData(data.constData(), data.size());
    return hasher.finish();
}

} // namespace Lkc
