// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/config.h"

#include <QByteArray>

namespace Lkc {

// The resolved config as a `files:` entry with `metadata: yaml|json` stores it
// (format §4.7): LinuxKit's field order, image names expanded (docker.io/…).
class ConfigMetadata {
public:
    static QByteArray yaml(const Config &config);
    static QByteArray json(const Config &config);
};

} // namespace Lkc
