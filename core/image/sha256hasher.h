// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "digest.h"

#include <memory>

namespace Lkc {

// Incremental SHA-256 over OpenSSL EVP. Kept alive across a resumed download so
// the bytes already on disk need not be hashed again.
class Sha256Hasher {
public:
    Sha256Hasher();
    ~Sha256Hasher();
    Sha256Hasher(Sha256Hasher &&) noexcept;
    Sha256Hasher &operator=(Sha256Hasher &&) noexcept;
    Sha256Hasher(const Sha256Hasher &) = delete;
    Sha256Hasher &operator=(const Sha256Hasher &) = delete;

    void addData(const char *data, qint64 size);
    // The digest of everything added so far; the hasher may keep going after.
    Digest finish() const;
    void reset();

private:
    struct Context;
    std::unique_ptr<Context> m_ctx;
};

} // namespace Lkc
