// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include <optional>

namespace Lkc {

// Tar member names as the build handles them: Go's filepath.Clean without the
// leading "/" ("./bin/" -> "bin", "/etc//x" -> "etc/x"). Returns nullopt for a
// name that climbs out of the root ("../x", "a/../../x"); "." means the root.
std::optional<QByteArray> cleanArchivePath(const QByteArray &name);

// The directory part of a cleaned path ("" for a top-level name).
QByteArray archiveDirName(const QByteArray &path);
// The last component of a cleaned path.
QByteArray archiveBaseName(const QByteArray &path);

// `target` written relative to the directory holding `link` (both cleaned,
// root-relative): used for hard links that the initrd turns into symlinks.
QByteArray relativeLinkTarget(const QByteArray &link, const QByteArray &target);

} // namespace Lkc
