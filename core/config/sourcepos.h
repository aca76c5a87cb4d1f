// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Lkc {

// Where a node of a config came from. line and column are 1-based; 0 means
// unknown (e.g. a value that was filled in rather than read).
struct SourcePos {
    QString file; // as given to the reader ("-" for stdin, "label of IMAGE" for labels)
    int line = 0;
    int column = 0;
    QString yamlPath; // "services[1].readonly", "kernel.cmdline", "" for the document root

    bool isValid() const { return line > 0; }

    // "file:line:col", "file" or "" (only the parts that are known).
    QString toString() const {
        if (!isValid())
            return file;
        return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
    }

    friend bool operator==(const SourcePos &, const SourcePos &) = default;
};

} // namespace Lkc
