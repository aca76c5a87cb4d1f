// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Lkc {

// A content digest as OCI writes it: "sha256:<64 lower-case hex>". Only sha256
// is supported: it is what registries, LinuxKit and the OCI layout use.
class Digest {
public:
    Digest() = default;

    static Result<Digest> parse(const QString &text);
    static Digest fromSha256Hex(const QString &hex); // invalid Digest when hex is malformed
    static Digest ofData(const QByteArray &data);

    bool isValid() const { return !m_hex.isEmpty(); }
    QString algorithm() const { return QStringLiteral("sha256"); }
    QString hex() const { return m_hex; }
    QString toString() const { return isValid() ? QStringLiteral("sha256:") + m_hex : QString(); }
    // The first 12 hex digits, for progress lines.
    QString shortHex() const { return m_hex.left(12); }

    friend bool operator==(const Digest &a, const Digest &b) { return a.m_hex == b.m_hex; }
    friend bool operator!=(const Digest &a, const Digest &b) { return a.m_hex != b.m_hex; }
    friend bool operator<(const Digest &a, const Digest &b) { return a.m_hex < b.m_hex; }

private:
    QString m_hex;
};

inline size_t qHash(const Digest &d, size_t seed = 0) {
    return qHash(d.hex(), seed);
}

} // namespace Lkc
