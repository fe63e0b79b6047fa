#include "pdf/sign_pdf.h"

// qpdf 11: its pointers are std::shared_ptr (no PointerHolder).
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <cstdio>
#include <map>

namespace potro::pdf {

namespace {

// Room for the CMS: a certificate chain of a few certificates and a 4096-bit key fit easily.
constexpr size_t kSignatureBytes = 16384;

std::vector<QPDFObjectHandle> sig_fields(QPDF& q) {
    std::vector<QPDFObjectHandle> out;
    QPDFObjectHandle form = q.getRoot().getKey("/AcroForm");
    if (!form.isDictionary()) return out;
    QPDFObjectHandle fields = form.getKey("/Fields");
    if (!fields.isArray()) return out;
    for (QPDFObjectHandle f : fields.getArrayAsVector()) {
        if (f.isDictionary() && f.getKey("/FT").isName() && f.getKey("/FT").getName() == "/Sig")
            out.push_back(f);
    }
    return out;
}

SignatureField describe(QPDFObjectHandle f) {
    SignatureField s;
    if (f.getKey("/T").isString()) s.name = f.getKey("/T").getUTF8Value();
    if (f.getKey("/TU").isString()) s.signatory = f.getKey("/TU").getUTF8Value();
    QPDFObjectHandle r = f.getKey("/Rect");
    if (r.isArray() && r.getArrayNItems() == 4) {
        s.x1 = r.getArrayItem(0).getNumericValue();
        s.y1 = r.getArrayItem(1).getNumericValue();
        s.x2 = r.getArrayItem(2).getNumericValue();
        s.y2 = r.getArrayItem(3).getNumericValue();
    }
    s.is_signed = !f.getKey("/V").isNull();
    return s;
}

// The byte offset the file's last xref section starts at (the `startxref` value).
long last_startxref(const std::string& pdf) {
    const size_t at = pdf.rfind("startxref");
    if (at == std::string::npos) return -1;
    return std::strtol(pdf.c_str() + at + 9, nullptr, 10);
}

std::string object_text(QPDFObjectHandle o) {
    const QPDFObjGen og = o.getObjGen();
    std::string s = std::to_string(og.getObj()) + " " + std::to_string(og.getGen()) + " obj\n";
    if (o.isStream()) {
        auto raw = o.getRawStreamData();
        QPDFObjectHandle dict = o.getDict().shallowCopy();
        dict.replaceKey("/Length",
                        QPDFObjectHandle::newInteger(static_cast<long long>(raw->getSize())));
        s += dict.unparse() + "\nstream\n";
        s.append(reinterpret_cast<const char*>(raw->getBuffer()), raw->getSize());
        s += "\nendstream\nendobj\n";
    } else {
        s += o.unparseResolved() + "\nendobj\n";
    }
    return s;
}

std::string hex_of(const std::string& bytes) {
    static const char* k = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : bytes) {
        out += k[c >> 4];
        out += k[c & 15];
    }
    return out;
}

std::string pdf_text_string(const std::string& utf8) {
    return QPDFObjectHandle::newUnicodeString(utf8).unparse();
}

}  // namespace

Result<std::vector<SignatureField>> signature_fields(const std::string& pdf,
                                                     const std::string& path) {
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile(path.c_str(), pdf.data(), pdf.size());
        std::vector<SignatureField> out;
        for (auto& f : sig_fields(q)) out.push_back(describe(f));
        return out;
    } catch (const std::exception& e) {
        return make_error({path, 0, 0}, std::string("cannot read this PDF (") + e.what() + ")");
    }
}

Result<SignatureField> signable_field(const std::vector<SignatureField>& fields,
                                      const std::string& name, const std::string& path) {
    std::string names;
    for (const SignatureField& f : fields) {
        if (f.name != name) {
            names += (names.empty() ? "" : ", ") + f.name;
            continue;
        }
        if (f.is_signed) {
            return make_error({path, 0, 0},
                              "the field \"" + name + "\" is signed already; sign another field");
        }
        return f;
    }
    return make_error({path, 0, 0},
                      "has no signature field \"" + name + "\"" +
                          (names.empty() ? std::string("; it has none (give <signature> a "
                                                       "field=\"NAME\" and render it again)")
                                         : "; its fields are: " + names));
}

namespace {

// The appearance: the one page of the appearance PDF, as a form XObject of the field's size
// whose fonts and images come over into `q`.
QPDFObjectHandle appearance_xobject(QPDF& q, const std::string& appearance_pdf,
                                    const SignatureField& where) {
    QPDF look;
    look.setSuppressWarnings(true);
    look.processMemoryFile("appearance", appearance_pdf.data(), appearance_pdf.size());
    QPDFPageObjectHelper page(look.getAllPages().at(0));
    Pl_Buffer content("appearance");
    page.pipeContents(&content);
    auto content_bytes = content.getBufferSharedPointer();
    QPDFObjectHandle resources =
        q.copyForeignObject(look.makeIndirectObject(page.getObjectHandle().getKey("/Resources")));
    QPDFObjectHandle ap = q.newStream(std::string(
        reinterpret_cast<const char*>(content_bytes->getBuffer()), content_bytes->getSize()));
    QPDFObjectHandle ap_dict = ap.getDict();
    ap_dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
    ap_dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
    ap_dict.replaceKey("/BBox",
                       QPDFObjectHandle::parse("[0 0 " + std::to_string(where.x2 - where.x1) + " " +
                                               std::to_string(where.y2 - where.y1) + "]"));
    ap_dict.replaceKey("/Resources", resources);
    return ap;
}

// A classic cross-reference section for the objects at `offsets`, in runs of numbers.
std::string xref_section(const std::map<int, size_t>& offsets) {
    std::string xref = "xref\n";
    for (auto it = offsets.begin(); it != offsets.end();) {
        auto end = it;
        int next = it->first;
        while (end != offsets.end() && end->first == next) {
            ++end;
            ++next;
        }
        xref += std::to_string(it->first) + " " + std::to_string(next - it->first) + "\n";
        for (; it != end; ++it) {
            char line[24];
            std::snprintf(line, sizeof line, "%010zu 00000 n \n", it->second);
            xref += line;
        }
    }
    return xref;
}

std::string trailer_text(QPDF& q, const std::string& pdf, size_t xref_at) {
    QPDFObjectHandle trailer = q.getTrailer();
    std::string t = "trailer\n<< /Size " + std::to_string(q.getObjectCount() + 1) + " /Root " +
                    q.getRoot().unparse();
    if (trailer.getKey("/Info").isIndirect()) t += " /Info " + trailer.getKey("/Info").unparse();
    if (trailer.getKey("/ID").isArray()) t += " /ID " + trailer.getKey("/ID").unparse();
    t += " /Prev " + std::to_string(last_startxref(pdf)) + " >>\nstartxref\n" +
         std::to_string(xref_at) + "\n%%EOF\n";
    return t;
}

// The incremental update, with the places of the signature's /ByteRange and /Contents.
struct Update {
    std::string text;
    size_t contents_at = 0;
    size_t byte_range_at = 0;
};

// Writes the update after `pdf`: every new object, the field, the form (or the catalog, when
// the form is not an object of its own), and the signature dictionary, written by hand so
// that its /ByteRange and /Contents have fixed places to fill in.
Update write_update(QPDF& q, const std::string& pdf, int first_new, QPDFObjectHandle& sig,
                    QPDFObjectHandle& field, QPDFObjectHandle& form, const SignOptions& options) {
    std::vector<QPDFObjectHandle> objects;
    for (int id = first_new; id <= static_cast<int>(q.getObjectCount()); ++id) {
        QPDFObjectHandle o = q.getObjectByID(id, 0);
        if (id != sig.getObjectID()) objects.push_back(o);
    }
    objects.push_back(field);
    objects.push_back(form.isIndirect() ? form : q.getRoot());

    Update u;
    std::map<int, size_t> offsets;
    std::string body = "\n";
    for (QPDFObjectHandle& o : objects) {
        offsets[o.getObjectID()] = pdf.size() + body.size();
        body += object_text(o);
    }
    offsets[sig.getObjectID()] = pdf.size() + body.size();
    body += std::to_string(sig.getObjectID()) +
            " 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite "
            "/SubFilter /ETSI.CAdES.detached /ByteRange ";
    u.byte_range_at = pdf.size() + body.size();
    body += "[0 0000000000 0000000000 0000000000]";
    body += " /Contents ";
    u.contents_at = pdf.size() + body.size();
    body += "<" + std::string(kSignatureBytes * 2, '0') + ">";
    body += " /M " + pdf_text_string(options.signing_time) + " /Name " +
            pdf_text_string(options.signer_name) + " >>\nendobj\n";
    const size_t xref_at = pdf.size() + body.size();
    u.text = body + xref_section(offsets) + trailer_text(q, pdf, xref_at);
    return u;
}

// The signature covers every byte but its own hexadecimal string: the byte range is filled
// in, the covered bytes signed, the signature written into its place.
Result<std::string> fill_signature(const std::string& pdf, const Update& u, const CmsSigner& signer,
                                   const std::string& path) {
    std::string out = pdf + u.text;
    const size_t gap_end = u.contents_at + 2 + kSignatureBytes * 2;
    char range[64];
    std::snprintf(range, sizeof range, "[0 %010zu %010zu %010zu]", u.contents_at, gap_end,
                  out.size() - gap_end);
    out.replace(u.byte_range_at, std::char_traits<char>::length(range), range);
    std::string covered = out.substr(0, u.contents_at) + out.substr(gap_end);
    auto cms = signer.sign(covered);
    if (!cms) return cms.error();
    if (cms.value().size() > kSignatureBytes) {
        return make_error({path, 0, 0}, "the signature is larger than the room kept for it");
    }
    const std::string hex = hex_of(cms.value());
    out.replace(u.contents_at + 1, hex.size(), hex);
    return out;
}

}  // namespace

Result<std::string> sign_pdf(const std::string& pdf, const std::string& path,
                             const SignOptions& options, const CmsSigner& signer) {
    Update update;
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile(path.c_str(), pdf.data(), pdf.size());
        const int first_new = static_cast<int>(q.getObjectCount()) + 1;
        // The update's classic cross-reference section may only follow a classic one.
        const long prev = last_startxref(pdf);
        if (prev < 0 || pdf.compare(static_cast<size_t>(prev), 4, "xref") != 0) {
            return make_error({path, 0, 0},
                              "its cross-reference data is a stream (or missing); potro signs "
                              "PDFs with classic cross-reference tables, as potro writes them");
        }
        QPDFObjectHandle field;
        std::vector<SignatureField> described;
        for (auto& f : sig_fields(q)) {
            described.push_back(describe(f));
            if (described.back().name == options.field) field = f;
        }
        auto checked = signable_field(described, options.field, path);
        if (!checked) return checked.error();
        QPDFObjectHandle ap = appearance_xobject(q, options.appearance_pdf, checked.value());

        // The signature dictionary only takes an object number here (an empty dictionary, not
        // null: qpdf drops keys whose value is null); write_update writes it.
        QPDFObjectHandle sig = q.makeIndirectObject(QPDFObjectHandle::newDictionary());
        field.replaceKey("/V", sig);
        QPDFObjectHandle ap_holder = QPDFObjectHandle::newDictionary();
        ap_holder.replaceKey("/N", ap);
        field.replaceKey("/AP", ap_holder);
        QPDFObjectHandle form = q.getRoot().getKey("/AcroForm");
        form.replaceKey("/SigFlags", QPDFObjectHandle::newInteger(3));
        update = write_update(q, pdf, first_new, sig, field, form, options);
    } catch (const std::exception& e) {
        return make_error({path, 0, 0}, std::string("cannot sign this PDF (") + e.what() + ")");
    }
    return fill_signature(pdf, update, signer, path);
}

}  // namespace potro::pdf
