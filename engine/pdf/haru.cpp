#include "pdf/haru.h"

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_encrypt.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>

#include <cstdio>

#include "base/unicode.h"
#include "io/deflate.h"
#include "pdf/haru_handles.h"
#include "pdf/png_samples.h"

namespace potro::pdf {

namespace {

void on_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void* user) {
    auto* message = static_cast<std::string*>(user);
    if (message->empty()) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "libharu error 0x%04lX (detail %lu)",
                      static_cast<unsigned long>(error_no), static_cast<unsigned long>(detail_no));
        *message = buf;
    }
}

// libharu drops a /Filter entry from a stream it does not compress itself; a stream holding
// data we compressed names its filter from this hook, written inside the dictionary.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

}  // namespace

Result<std::unique_ptr<HaruDocument>> HaruDocument::create() {
    std::unique_ptr<HaruDocument> doc(new HaruDocument());
    HPDF_Doc pdf = HPDF_New(on_error, &doc->error_);
    if (!pdf) return make_error({}, "libharu could not create a document (out of memory?)");
    doc->doc_ = pdf;
    // libharu compresses images (it decodes PNGs itself); page contents and our own streams
    // are compressed by libdeflate, which takes a fraction of zlib's time.
    HPDF_SetCompressionMode(pdf, HPDF_COMP_IMAGE);
    // libharu 2.3 has no setter; ActualText needs 1.5 and we promise 1.7.
    pdf->pdf_version = HPDF_VER_17;
    return doc;
}

HaruDocument::~HaruDocument() {
    if (doc_) HPDF_Free(D(doc_));
}

void HaruDocument::fail(const char* what, unsigned long code) {
    if (!error_.empty()) return;
    char buf[128];
    std::snprintf(buf, sizeof buf, "building the PDF failed in %s (libharu status 0x%04lX)", what,
                  code);
    error_ = buf;
}

PageRef HaruDocument::add_page(float width, float height) {
    HPDF_Page page = HPDF_AddPage(D(doc_));
    if (!page) return {};
    HPDF_Page_SetWidth(page, width);
    HPDF_Page_SetHeight(page, height);
    return {page};
}

void HaruDocument::append_content(PageRef page, std::string_view ops) {
    for (auto& [p, text] : contents_) {
        if (p == page.p) {
            text += ops;
            return;
        }
    }
    contents_.emplace_back(page.p, std::string(ops));
}

void HaruDocument::end_page(PageRef page) {
    for (size_t i = 0; i < contents_.size(); ++i) {
        if (contents_[i].first != page.p) continue;
        write_contents(page.p, contents_[i].second);
        contents_.erase(contents_.begin() + static_cast<std::ptrdiff_t>(i));
        return;
    }
}

// Writes each page's operators, compressed, into its content stream.
void HaruDocument::flush_contents() {
    for (auto& [p, ops] : contents_) write_contents(p, ops);
    contents_.clear();
}

void HaruDocument::write_contents(void* page, const std::string& ops) {
    // The page's content stream is reached through its /Contents entry, which is stable
    // across libharu versions (the page attribute struct is not).
    auto contents = static_cast<HPDF_Dict>(
        HPDF_Dict_GetItem(static_cast<HPDF_Dict>(page), "Contents", HPDF_OCLASS_DICT));
    if (!contents || !contents->stream) return fail("append_content", 0);
    write_stream(contents, ops, true, Effort::Fast);
}

void HaruDocument::set_outline(const std::vector<OutlineEntry>& entries) {
    if (entries.empty()) return;
    HPDF_Doc pdf = D(doc_);
    ObjRef root = new_indirect_dict();
    add_name(root, "Type", "Outlines");
    std::vector<ObjRef> items;
    for (const OutlineEntry& e : entries) {
        ObjRef item = new_indirect_dict();
        add_bytes(item, "Title", utf16_bytes(e.title));
        add_obj(item, "Parent", root);
        ArrayRef dest = new_array();
        push_obj(dest, ObjRef{e.page.p});
        if (HPDF_STATUS st = HPDF_Array_AddName(Arr(dest), "Fit"); st != HPDF_OK)
            return fail("outline", st);
        add_array(item, "Dest", dest);
        if (!items.empty()) {
            add_obj(item, "Prev", items.back());
            add_obj(items.back(), "Next", item);
        }
        items.push_back(item);
    }
    add_obj(root, "First", items.front());
    add_obj(root, "Last", items.back());
    add_int(root, "Count", static_cast<int64_t>(items.size()));
    if (HPDF_STATUS st = HPDF_Dict_Add(pdf->catalog, "Outlines", Dict(root)); st != HPDF_OK)
        return fail("Outlines", st);
    if (HPDF_STATUS st = HPDF_Dict_AddName(pdf->catalog, "PageMode", "UseOutlines"); st != HPDF_OK)
        fail("PageMode", st);
}

void HaruDocument::write_stream(void* stream_dict, std::string_view data, bool compress,
                                Effort effort) {
    auto dict = static_cast<HPDF_Dict>(stream_dict);
    std::string packed;
    if (compress) {
        packed = zlib_compress(data, effort);
        data = packed;
        dict->write_fn = write_flate_filter;
    }
    HPDF_STATUS st =
        HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                          static_cast<HPDF_UINT>(data.size()));
    if (st != HPDF_OK) fail("write_stream", st);
}

std::string HaruDocument::font_resource(PageRef page, ObjRef font) {
    const char* name = HPDF_Page_GetLocalFontName(static_cast<HPDF_Page>(page.p), Dict(font));
    if (!name) {
        fail("font_resource", 0);
        return "F0";
    }
    return name;
}

Status HaruDocument::draw_image(PageRef page, const std::string& bytes, bool png, float x, float y,
                                float w, float h) {
    HPDF_Dict xobject = nullptr;
    if (png) {
        auto samples = png_samples(bytes);
        if (!samples) return samples.error();
        xobject = static_cast<HPDF_Dict>(image_xobject(bytes, *samples.value()).p);
        if (!xobject)
            return make_error({}, error_.empty() ? "the image could not be added" : error_);
    } else {
        const auto* data = reinterpret_cast<const HPDF_BYTE*>(bytes.data());
        xobject = HPDF_LoadJpegImageFromMem(D(doc_), data, static_cast<HPDF_UINT>(bytes.size()));
        if (!xobject) {
            std::string msg = error_.empty() ? "the image could not be read" : error_;
            error_.clear();
            HPDF_ResetError(D(doc_));
            return make_error({}, msg);
        }
    }
    // Drawn by our own operators: libharu's HPDF_Page_DrawImage would write into the content
    // stream directly, beside the compressed operators written at the end.
    const char* name = HPDF_Page_GetXObjectName(static_cast<HPDF_Page>(page.p), xobject);
    if (!name) return make_error({}, "libharu could not register the image");
    char ops[160];
    std::snprintf(ops, sizeof ops, "q %.4f 0 0 %.4f %.4f %.4f cm /%s Do Q\n", w, h, x, y, name);
    append_content(page, ops);
    return ok_status();
}

ObjRef HaruDocument::image_xobject(const std::string& bytes, const PngSamples& samples) {
    // Known by its bytes: the same image drawn twice (a repeated letterhead) is one object.
    for (const auto& [key, obj] : images_) {
        if (key == bytes) return obj;
    }
    auto image = [&](const std::string& data, const char* colour_space) {
        ObjRef s = new_stream({}, false);
        if (!s.p) return s;
        add_name(s, "Type", "XObject");
        add_name(s, "Subtype", "Image");
        add_int(s, "Width", samples.width);
        add_int(s, "Height", samples.height);
        add_name(s, "ColorSpace", colour_space);
        add_int(s, "BitsPerComponent", 8);
        auto dict = Dict(s);
        HPDF_STATUS st =
            HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                              static_cast<HPDF_UINT>(data.size()));
        if (st != HPDF_OK) fail("image", st);
        dict->write_fn = write_flate_filter;  // the samples are compressed already
        return s;
    };
    if (flatten_images_) {
        ObjRef flat = image(samples.rgb_on_white, "DeviceRGB");
        images_.emplace_back(bytes, flat);
        return flat;
    }
    ObjRef rgb = image(samples.rgb, "DeviceRGB");
    if (!samples.alpha.empty()) add_obj(rgb, "SMask", image(samples.alpha, "DeviceGray"));
    images_.emplace_back(bytes, rgb);
    return rgb;
}

ObjRef HaruDocument::new_indirect_dict() {
    HPDF_Dict dict = HPDF_Dict_New(D(doc_)->mmgr);
    if (!dict) {
        fail("new_indirect_dict", 0);
        return {};
    }
    HPDF_STATUS st = HPDF_Xref_Add(D(doc_)->xref, dict);  // the xref owns it from now on
    if (st != HPDF_OK) fail("new_indirect_dict", st);
    return {dict};
}

ObjRef HaruDocument::new_direct_dict() {
    HPDF_Dict dict = HPDF_Dict_New(D(doc_)->mmgr);
    if (!dict) fail("new_direct_dict", 0);
    return {dict};
}

ObjRef HaruDocument::new_stream(std::string_view data, bool compress) {
    HPDF_Dict dict = HPDF_DictStream_New(D(doc_)->mmgr, D(doc_)->xref);
    if (!dict) {
        fail("new_stream", 0);
        return {};
    }
    write_stream(dict, data, compress, Effort::Small);
    return {dict};
}

ArrayRef HaruDocument::new_array() {
    HPDF_Array a = HPDF_Array_New(D(doc_)->mmgr);
    if (!a) fail("new_array", 0);
    return {a};
}

void HaruDocument::add_name(ObjRef dict, const char* key, const char* name) {
    if (!dict.p) return fail("add_name", 0);
    if (HPDF_STATUS st = HPDF_Dict_AddName(Dict(dict), key, name); st != HPDF_OK) fail(key, st);
}

void HaruDocument::add_int(ObjRef dict, const char* key, int64_t value) {
    if (!dict.p) return fail("add_int", 0);
    if (HPDF_STATUS st = HPDF_Dict_AddNumber(Dict(dict), key, static_cast<HPDF_INT32>(value));
        st != HPDF_OK) {
        fail(key, st);
    }
}

void HaruDocument::add_real(ObjRef dict, const char* key, double value) {
    if (!dict.p) return fail("add_real", 0);
    if (HPDF_STATUS st = HPDF_Dict_AddReal(Dict(dict), key, static_cast<HPDF_REAL>(value));
        st != HPDF_OK) {
        fail(key, st);
    }
}

void HaruDocument::add_obj(ObjRef dict, const char* key, ObjRef value) {
    if (!dict.p || !value.p) return fail("add_obj", 0);
    if (HPDF_STATUS st = HPDF_Dict_Add(Dict(dict), key, value.p); st != HPDF_OK) fail(key, st);
}

void HaruDocument::add_array(ObjRef dict, const char* key, ArrayRef value) {
    if (!dict.p || !value.p) return fail("add_array", 0);
    if (HPDF_STATUS st = HPDF_Dict_Add(Dict(dict), key, value.p); st != HPDF_OK) fail(key, st);
}

void HaruDocument::add_bytes(ObjRef dict, const char* key, std::string_view bytes) {
    if (!dict.p) return fail("add_bytes", 0);
    HPDF_Binary b = HPDF_Binary_New(D(doc_)->mmgr,
                                    reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(bytes.data())),
                                    static_cast<HPDF_UINT>(bytes.size()));
    if (!b) return fail("add_bytes", 0);
    if (HPDF_STATUS st = HPDF_Dict_Add(Dict(dict), key, b); st != HPDF_OK) fail(key, st);
}

void HaruDocument::push_int(ArrayRef array, int64_t value) {
    if (!array.p) return fail("push_int", 0);
    if (HPDF_STATUS st = HPDF_Array_AddNumber(Arr(array), static_cast<HPDF_INT32>(value));
        st != HPDF_OK) {
        fail("push_int", st);
    }
}

void HaruDocument::push_obj(ArrayRef array, ObjRef value) {
    if (!array.p || !value.p) return fail("push_obj", 0);
    if (HPDF_STATUS st = HPDF_Array_Add(Arr(array), value.p); st != HPDF_OK) fail("push_obj", st);
}

void HaruDocument::push_array(ArrayRef array, ArrayRef value) {
    if (!array.p || !value.p) return fail("push_array", 0);
    if (HPDF_STATUS st = HPDF_Array_Add(Arr(array), value.p); st != HPDF_OK) {
        fail("push_array", st);
    }
}

void HaruDocument::set_meta(const DocumentMeta& meta) {
    HPDF_Doc pdf = D(doc_);
    // The public call creates the Info dictionary with libharu's bookkeeping; the values are
    // then replaced by UTF-16BE strings, the only form that carries Bangla.
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "potro");
    HPDF_Dict info = pdf->info;
    if (!info) return fail("set_meta", 0);
    ObjRef info_ref{info};
    auto text = [&](const char* key, const std::string& utf8) {
        if (!utf8.empty()) add_bytes(info_ref, key, utf16_bytes(utf8));
    };
    text("Title", meta.title);
    text("Subject", meta.subject);
    text("Author", meta.author);
    text("Keywords", meta.keywords);
    text("Creator", meta.creator);
    if (!meta.producer.empty()) text("Producer", meta.producer);
    auto ascii = [&](HPDF_Dict dict, const char* key, const std::string& value) {
        HPDF_String v = HPDF_String_New(pdf->mmgr, value.c_str(), nullptr);
        if (!v) return fail(key, 0);
        if (HPDF_STATUS st = HPDF_Dict_Add(dict, key, v); st != HPDF_OK) fail(key, st);
    };
    if (!meta.date.empty()) {
        ascii(info, "CreationDate", meta.date);
        ascii(info, "ModDate", meta.date);
    }
    if (!meta.language.empty()) {
        HPDF_String lang = HPDF_String_New(pdf->mmgr, meta.language.c_str(), nullptr);
        if (!lang) return fail("set_meta", 0);
        if (HPDF_STATUS st = HPDF_Dict_Add(pdf->catalog, "Lang", lang); st != HPDF_OK) {
            fail("Lang", st);
        }
    }
}

void HaruDocument::push_real(ArrayRef array, double value) {
    if (!array.p) return fail("push_real", 0);
    if (HPDF_STATUS st = HPDF_Array_AddReal(Arr(array), static_cast<HPDF_REAL>(value));
        st != HPDF_OK)
        fail("push_real", st);
}

void HaruDocument::add_signature_field(PageRef page, const std::string& name,
                                       const std::string& tooltip, float x1, float y1, float x2,
                                       float y2) {
    ObjRef w = new_indirect_dict();
    add_name(w, "Type", "Annot");
    add_name(w, "Subtype", "Widget");
    add_name(w, "FT", "Sig");
    add_bytes(w, "T", utf16_bytes(name));
    if (!tooltip.empty()) add_bytes(w, "TU", utf16_bytes(tooltip));
    ArrayRef rect = new_array();
    for (float v : {x1, y1, x2, y2}) push_real(rect, v);
    add_array(w, "Rect", rect);
    add_int(w, "F", 4);  // printed, as PDF/A asks of every annotation
    add_obj(w, "P", ObjRef{page.p});
    // An empty appearance until it is signed: PDF/A wants one on every widget.
    ObjRef ap = new_stream({}, false);
    add_name(ap, "Type", "XObject");
    add_name(ap, "Subtype", "Form");
    ArrayRef bbox = new_array();
    for (float v : {0.0f, 0.0f, x2 - x1, y2 - y1}) push_real(bbox, v);
    add_array(ap, "BBox", bbox);
    ObjRef apd = new_direct_dict();
    add_obj(apd, "N", ap);
    add_obj(w, "AP", apd);
    auto page_dict = static_cast<HPDF_Dict>(page.p);
    auto annots =
        static_cast<HPDF_Array>(HPDF_Dict_GetItem(page_dict, "Annots", HPDF_OCLASS_ARRAY));
    if (!annots) {
        annots = HPDF_Array_New(D(doc_)->mmgr);
        if (!annots || HPDF_Dict_Add(page_dict, "Annots", annots) != HPDF_OK)
            return fail("Annots", 0);
    }
    push_obj(ArrayRef{annots}, w);
    fields_.push_back(w);
}

void HaruDocument::set_id(const std::array<uint8_t, 16>& digest) {
    HPDF_Doc pdf = D(doc_);
    HPDF_Array id = HPDF_Array_New(pdf->mmgr);
    if (!id) return fail("set_id", 0);
    for (int k = 0; k < 2; ++k) {
        HPDF_Binary b = HPDF_Binary_New(pdf->mmgr, const_cast<uint8_t*>(digest.data()), 16);
        if (!b || HPDF_Array_Add(id, b) != HPDF_OK) return fail("set_id", 0);
    }
    if (HPDF_STATUS st = HPDF_Dict_Add(pdf->trailer, "ID", id); st != HPDF_OK) fail("ID", st);
}

Status HaruDocument::status() const {
    if (error_.empty()) return ok_status();
    return make_error({}, error_);
}

Result<std::string> HaruDocument::save() {
    flush_contents();
    if (!fields_.empty()) {
        // Indirect, so that a signing tool's incremental update can replace it on its own.
        ObjRef form = new_indirect_dict();
        ArrayRef list = new_array();
        for (const ObjRef& f : fields_) push_obj(list, f);
        add_array(form, "Fields", list);
        if (HPDF_STATUS st = HPDF_Dict_Add(D(doc_)->catalog, "AcroForm", Dict(form)); st != HPDF_OK)
            fail("AcroForm", st);
        fields_.clear();
    }
    if (auto st = status(); !st) return st.error();
    HPDF_Doc pdf = D(doc_);
    if (HPDF_SaveToStream(pdf) != HPDF_OK) return make_error({}, error_);
    std::string out(HPDF_GetStreamSize(pdf), '\0');
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(out.size());
    HPDF_ResetStream(pdf);
    if (HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(out.data()), &size) != HPDF_OK &&
        size != out.size()) {
        return make_error({}, "could not read the PDF back from libharu's buffer");
    }
    out.resize(size);
    return out;
}

}  // namespace potro::pdf
