// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Lkc {

// LinuxKit's own config schema, compiled in (see linuxkitschema.cpp).
class LinuxKitSchema {
public:
    static QByteArray text();
    static const QJsonObject &root();
    // Follows "$ref": "#/definitions/x" to the definition; other schemas as they are.
    static QJsonObject resolve(const QJsonObject &schema);
};

} // namespace Lkc
