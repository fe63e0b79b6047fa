#include "pdf/cms_signer.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace potro::pdf {

namespace {

std::string openssl_error() {
    const unsigned long e = ERR_get_error();
    if (e == 0) return "unknown OpenSSL error";
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return buf;
}

}  // namespace

struct CmsSigner::Keys {
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509) * chain = nullptr;
    ~Keys() {
        EVP_PKEY_free(key);
        X509_free(cert);
        sk_X509_pop_free(chain, X509_free);
    }
};

CmsSigner::CmsSigner(std::unique_ptr<Keys> keys) : keys_(std::move(keys)) {}
CmsSigner::CmsSigner(CmsSigner&&) noexcept = default;
CmsSigner& CmsSigner::operator=(CmsSigner&&) noexcept = default;
CmsSigner::~CmsSigner() = default;

Result<CmsSigner> CmsSigner::from_p12(const std::string& bytes, const std::string& path,
                                      const std::string& password) {
    BIO* in = BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size()));
    if (!in) return make_error({path, 0, 0}, "cannot open the certificate file");
    PKCS12* p12 = d2i_PKCS12_bio(in, nullptr);
    BIO_free(in);
    if (!p12) return make_error({path, 0, 0}, "is not a PKCS#12 (.p12/.pfx) file");
    auto keys = std::make_unique<Keys>();
    const int ok = PKCS12_parse(p12, password.c_str(), &keys->key, &keys->cert, &keys->chain);
    PKCS12_free(p12);
    if (!ok || !keys->key || !keys->cert) {
        if (password.empty()) {
            return make_error({path, 0, 0},
                              "the key is protected by a password and none was given; put the "
                              "password on the first line of a file and name it with "
                              "--password-file FILE");
        }
        return make_error({path, 0, 0},
                          "cannot open the key: wrong password? (" + openssl_error() + ")");
    }
    return CmsSigner(std::move(keys));
}

std::string CmsSigner::subject_name() const {
    X509_NAME* name = X509_get_subject_name(keys_->cert);
    char cn[256] = {0};
    if (X509_NAME_get_text_by_NID(name, NID_commonName, cn, sizeof cn) > 0) return cn;
    char line[512];
    X509_NAME_oneline(name, line, sizeof line);
    return line;
}

Result<std::string> CmsSigner::sign(std::string_view data) const {
    BIO* in = BIO_new_mem_buf(data.data(), static_cast<int>(data.size()));
    // Detached, binary, SHA-256; CMS_CADES adds the ESS signing-certificate-v2 attribute that
    // binds the signature to this certificate.
    CMS_ContentInfo* cms = CMS_sign(keys_->cert, keys_->key, keys_->chain, in,
                                    CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP | CMS_CADES);
    BIO_free(in);
    if (!cms) return make_error({}, "the signature could not be made (" + openssl_error() + ")");
    unsigned char* der = nullptr;
    const int n = i2d_CMS_ContentInfo(cms, &der);
    CMS_ContentInfo_free(cms);
    if (n <= 0) return make_error({}, "the signature could not be encoded");
    std::string out(reinterpret_cast<const char*>(der), static_cast<size_t>(n));
    OPENSSL_free(der);
    return out;
}

}  // namespace potro::pdf
