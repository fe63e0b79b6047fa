#include "io/content_hash.h"

#include <openssl/evp.h>

#include <cstdint>

#include "io/atomic_file.h"

namespace potro {

struct ContentHash::Impl {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Impl() { EVP_MD_CTX_free(ctx); }
};

ContentHash::ContentHash() : impl_(std::make_unique<Impl>()) {
    EVP_DigestInit_ex(impl_->ctx, EVP_sha256(), nullptr);
}

ContentHash::~ContentHash() = default;

ContentHash& ContentHash::add(std::string_view bytes) {
    const uint64_t n = bytes.size();
    unsigned char len[8];
    for (int i = 0; i < 8; ++i) len[i] = static_cast<unsigned char>(n >> (8 * i));
    EVP_DigestUpdate(impl_->ctx, len, sizeof len);
    EVP_DigestUpdate(impl_->ctx, bytes.data(), bytes.size());
    return *this;
}

std::string ContentHash::hex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_DigestFinal_ex(impl_->ctx, digest, &n);
    static const char* kHex = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < n; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 15];
    }
    return out;
}

Result<std::string> hash_file(const std::string& path) {
    auto bytes = read_file(path);
    if (!bytes) return bytes.error();
    return ContentHash().add(bytes.value()).hex();
}

}  // namespace potro
