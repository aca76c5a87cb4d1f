// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Lkc {

// The metadata CD of `run -data`: an ISO9660 image with one file `config`.
class DataIso {
public:
    static Status write(const QString &path, const QByteArray &config);
};

} // namespace Lkc
