// SPDX-License-Identifier: Apache-2.0
#include "sha256hasher.h"

#include <openssl/evp.h>

namespace Lkc {

struct Sha256Hasher::Context {
    EVP_MD_CTX *ctx = nullptr;
    Context()
        : ctx(EVP_MD_CTX_new()) {
        EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    }
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256Hasher::Sha256Hasher()
    : m_ctx(std::make_unique<Context>()) {}

Sha256Hasher::~Sha256Hasher() = default;
Sha256Hasher::Sha256Hasher(Sha256Hasher &&) noexcept = default;
Sha256Hasher &Sha256Hasher::operator=(Sha256Hasher &&) noexcept = default;

void Sha256Hasher::addData(const char *data, qint64 size) {
    if (size > 0)
        EVP_DigestUpdate(m_ctx->ctx, data, static_cast<size_t>(size));
}

Digest Sha256Hasher::finish() const {
    // Finish a copy so the running context can continue (resume, diff IDs).
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    EVP_MD_CTX_copy_ex(copy, m_ctx->ctx);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(copy, out, &len);
    EVP_MD_CTX_free(copy);
    const QByteArray raw(reinterpret_cast<const char *>(out), static_cast<qsizetype>(len));
    return Digest::fromSha256Hex(QString::fromLatin1(raw.toHex()));
}

void Sha256Hasher::reset() {
    EVP_DigestInit_ex(m_ctx->ctx, EVP_sha256(), nullptr);
}

} // namespace Lkc
