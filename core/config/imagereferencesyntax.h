// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Lkc {

// Checks that an image string can be pulled: [registry[:port]/]path[:tag][@digest]
// with a lower-case path, a valid tag and a well-formed digest (the rules the
// registry client enforces after LinuxKit's reference expansion, §5.1).
// "@pkg:" templates are accepted as they are. Returns "" or the reason it is not valid.
QString imageReferenceSyntaxError(const QString &reference);

} // namespace Lkc
