// Signing a PDF's signature field with an incremental update: the original bytes are kept as
// they are, so earlier signatures stay valid, and a second signatory can sign another field.
// The signature is a detached CMS (CAdES) over the whole file but its own /Contents
// (ETSI.CAdES.detached, PAdES baseline B-B), with a visible appearance in the field.
#pragma once

#include <string>
#include <vector>

#include "pdf/cms_signer.h"
#include "potro/diagnostic.h"

namespace potro::pdf {

struct SignatureField {
    std::string name;
    std::string signatory;                  // the field's tooltip: "name\ndesignation", UTF-8
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;  // the widget's rectangle, PDF points
    bool is_signed = false;
};

// The signature fields of a PDF, in the order of its /AcroForm.
Result<std::vector<SignatureField>> signature_fields(const std::string& pdf,
                                                     const std::string& path);

// The field `name` of `fields` when it can be signed; else an error naming the fields there are,
// or saying it is signed already.
Result<SignatureField> signable_field(const std::vector<SignatureField>& fields,
                                      const std::string& name, const std::string& path);

struct SignOptions {
    std::string field;
    std::string signer_name;     // /Name of the signature dictionary
    std::string signing_time;    // PDF date, "D:20250506143000+06'00'"
    std::string appearance_pdf;  // a one-page PDF the size of the field: its look once signed
};

// The signed file: `pdf` followed by the update.
Result<std::string> sign_pdf(const std::string& pdf, const std::string& path,
                             const SignOptions& options, const CmsSigner& signer);

}  // namespace potro::pdf
