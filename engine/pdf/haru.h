// The only door to libharu. libharu stays the document container (pages, objects, xref,
// compression, saving); fonts and text are built by us from its low-level object calls, which
// live in its internal headers. Those headers are included in haru.cpp alone, and every call
// is checked here: low-level calls return a status and never reach the error handler.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "doc/archived_file.h"
#include "io/deflate.h"
#include "potro/diagnostic.h"

namespace potro::pdf {

struct PngSamples;

// Opaque handles to libharu objects owned by the document.
struct ObjRef {
    void* p = nullptr;
};
struct ArrayRef {
    void* p = nullptr;
};
struct PageRef {
    void* p = nullptr;
};

struct DocumentMeta {
    std::string title, subject, author, keywords, creator;
    std::string language = "bn-BD";
    std::string producer;  // empty: libharu's own
    std::string date;      // PDF date "D:20250506000000Z" for CreationDate/ModDate; empty: none
};

// A file carried inside the PDF (PDF/A-3 "associated file").
class HaruDocument {
  public:
    static Result<std::unique_ptr<HaruDocument>> create();
    ~HaruDocument();
    HaruDocument(const HaruDocument&) = delete;
    HaruDocument& operator=(const HaruDocument&) = delete;

    PageRef add_page(float width, float height);
    void append_content(PageRef page, std::string_view ops);
    // The page is complete: its operators are compressed and written now, not kept.
    void end_page(PageRef page);
    // Registers a font dictionary in the page's resources; returns its resource name.
    std::string font_resource(PageRef page, ObjRef font);
    // Draws a PNG or JPEG image given as bytes at (x, y) from the bottom-left, w x h points.
    Status draw_image(PageRef page, const std::string& bytes, bool png, float x, float y, float w,
                      float h);

    ObjRef new_indirect_dict();
    ObjRef new_direct_dict();
    // A stream object (always indirect); `compress` sets FlateDecode.
    ObjRef new_stream(std::string_view data, bool compress);
    ArrayRef new_array();

    void add_name(ObjRef dict, const char* key, const char* name);
    void add_int(ObjRef dict, const char* key, int64_t value);
    void add_real(ObjRef dict, const char* key, double value);
    void add_obj(ObjRef dict, const char* key, ObjRef value);
    void add_array(ObjRef dict, const char* key, ArrayRef value);
    // A PDF string of raw bytes (written in hex), e.g. UTF-16BE text with its BOM.
    void add_bytes(ObjRef dict, const char* key, std::string_view bytes);

    void push_int(ArrayRef array, int64_t value);
    void push_obj(ArrayRef array, ObjRef value);
    void push_array(ArrayRef array, ArrayRef value);
    void push_real(ArrayRef array, double value);

    void set_meta(const DocumentMeta& meta);
    // Images are laid on white instead of carrying an alpha mask (no transparency at all).
    void flatten_images(bool flatten) { flatten_images_ = flatten; }
    // Bookmarks, one level, in order; the viewer opens with them shown.
    struct OutlineEntry {
        std::string title;  // UTF-8
        PageRef page;
    };
    void set_outline(const std::vector<OutlineEntry>& entries);
    // An empty signature field (/FT /Sig) whose widget covers [x1 y1 x2 y2] (PDF points from
    // the bottom-left) on `page`; `tooltip` (UTF-8) names the signatory. Listed in the
    // catalog's /AcroForm when the document is saved.
    void add_signature_field(PageRef page, const std::string& name, const std::string& tooltip,
                             float x1, float y1, float x2, float y2);
    // PDF/A: the XMP packet as the catalog's /Metadata (uncompressed, as archives read it).
    void set_metadata(const std::string& xmp);
    // PDF/A: the output intent with its ICC profile (RGB, /N 3).
    void set_output_intent(const std::string& icc_profile, const std::string& condition);
    // PDF/A-3: files in /EmbeddedFiles, each also named in the catalog's /AF.
    void set_embedded_files(const std::vector<ArchivedFile>& files, const std::string& date);
    // The trailer's /ID: both halves the given digest (a document made once, never updated).
    void set_id(const std::array<uint8_t, 16>& digest);

    // The first error any call met, if any.
    Status status() const;
    Result<std::string> save();

  private:
    HaruDocument() = default;
    void fail(const char* what, unsigned long code);
    ObjRef image_xobject(const std::string& bytes, const PngSamples& samples);
    void write_stream(void* stream_dict, std::string_view data, bool compress, Effort effort);
    void flush_contents();
    void write_contents(void* page, const std::string& ops);

    void* doc_ = nullptr;
    std::vector<std::pair<void*, std::string>> contents_;  // each page's operators, in order
    std::vector<std::pair<std::string, ObjRef>> images_;   // one XObject per image, by its bytes
    std::vector<ObjRef> fields_;
    bool flatten_images_ = false;  // signature fields, listed in /AcroForm on saving
    std::string error_;
};

}  // namespace potro::pdf
