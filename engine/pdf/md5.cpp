#include "pdf/md5.h"

#include <openssl/evp.h>

namespace potro::pdf {

// OpenSSL's MD5 gives the same digest as libharu's and takes a fraction of its time.
struct Md5::Ctx {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Ctx() { EVP_MD_CTX_free(ctx); }
};

Md5::Md5() : ctx_(std::make_unique<Ctx>()) {
    EVP_DigestInit_ex(ctx_->ctx, EVP_md5(), nullptr);
}
Md5::~Md5() = default;

void Md5::update(std::string_view bytes) {
    EVP_DigestUpdate(ctx_->ctx, bytes.data(), bytes.size());
}

std::array<uint8_t, 16> Md5::finish() {
    std::array<uint8_t, 16> digest{};
    unsigned int n = 0;
    EVP_DigestFinal_ex(ctx_->ctx, digest.data(), &n);
    return digest;
}

}  // namespace potro::pdf
