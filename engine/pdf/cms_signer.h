// A signer's key and certificate, read from a PKCS#12 file, and the detached CMS signatures
// (CAdES: with the signing-certificate-v2 attribute, as PAdES B-B asks) it makes.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "potro/diagnostic.h"

namespace potro::pdf {

class CmsSigner {
  public:
    // `bytes` of a PKCS#12 file; `path` names it in messages.
    static Result<CmsSigner> from_p12(const std::string& bytes, const std::string& path,
                                      const std::string& password);
    CmsSigner(CmsSigner&&) noexcept;
    CmsSigner& operator=(CmsSigner&&) noexcept;
    ~CmsSigner();

    // The certificate holder's common name (or the subject line when it has none).
    std::string subject_name() const;
    // DER of a detached CMS SignedData over `data`.
    Result<std::string> sign(std::string_view data) const;

  private:
    struct Keys;
    explicit CmsSigner(std::unique_ptr<Keys> keys);
    std::unique_ptr<Keys> keys_;
};

}  // namespace potro::pdf
