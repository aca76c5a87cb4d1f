// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "digest.h"
#include "util/result.h"

#include <QString>

namespace Lkc {

// An image reference with LinuxKit's expansion (linuxkit-format.md §5.1):
//   busybox            -> docker.io/library/busybox
//   linuxkit/init:abc  -> docker.io/linuxkit/init:abc
//   a.b/c, host:5000/c, x/y/z -> unchanged
// The expanded string is also the name under which the cache stores the image.
class ImageRef {
public:
    ImageRef() = default;

    static Result<ImageRef> parse(const QString &text);

    bool isValid() const { return !m_repository.isEmpty(); }
    QString original() const { return m_original; }     // as written
    QString domain() const { return m_domain; }         // "docker.io", "127.0.0.1:5000"
    QString repository() const { return m_repository; } // "library/busybox"
    QString locator() const { return m_domain + QLatin1Char('/') + m_repository; }
    QString tag() const { return m_tag; }      // empty when none was written
    Digest digest() const { return m_digest; } // invalid when not pinned
    bool isDigestPinned() const { return m_digest.isValid(); }

    // LinuxKit's String(): locator + ":" + object, no ":" when the object starts with "@".
    // No ":latest" is added: the cache name of "busybox" is "docker.io/library/busybox".
    QString expanded() const;
    // What to ask the registry for: the digest when pinned, else the tag, else "latest".
    QString registryReference() const;
    QString tagOrLatest() const { return m_tag.isEmpty() ? QStringLiteral("latest") : m_tag; }
    // The same image named by digest: locator@sha256:…
    ImageRef pinnedTo(const Digest &digest) const;
    // Docker Hub's API lives on registry-1.docker.io, not docker.io.
    QString registryHost() const;

    friend bool operator==(const ImageRef &a, const ImageRef &b) {
        return a.expanded() == b.expanded();
    }

private:
    QString m_original;
    QString m_domain;
    QString m_repository;
    QString m_tag;
    Digest m_digest;
};

} // namespace Lkc
