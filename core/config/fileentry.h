// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "field.h"
#include "intorname.h"

#include <QString>

namespace Lkc {

// A `files:` entry (§2.8). Exactly one content kind: directory, symlink,
// contents, source or metadata.
struct FileEntry {
    SourcePos pos; // yamlPath "files[3]"
    Field<QString> path;
    Field<bool> directory;
    Field<QString> symlink;
    Field<QString> contents; // unset is not "": "" gives an empty file
    Field<QString> source;   // host file; "~/" means the home directory
    Field<QString> metadata; // "yaml" or "json"
    Field<bool> optional;
    Field<QString> mode; // octal string; default 0600 (files), 0700 (directories)
    Field<IntOrName> uid;
    Field<IntOrName> gid;
};

} // namespace Lkc
