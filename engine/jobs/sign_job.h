// `potro sign`: a PDF's signature field signed with a PKCS#12 key, as an incremental update
// with a visible appearance in Bangla (the signatory's name and designation, and the date).
#pragma once

#include <string>

#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro {

struct SignJob {
    std::string input;
    std::string output;
    std::string field;
    std::string p12;
    std::string password;
};

struct SignOutcome {
    std::string signer;  // the certificate's name
    std::string time;    // the signing time as written into the signature
};

// The PDF and the key are read through `source` (Document area); so is the clock.
Result<SignOutcome> run_sign(const SignJob& job, const Source& source);

}  // namespace potro
