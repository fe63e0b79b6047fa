// One font file, loaded once and shared read-only: HarfBuzz objects for shaping and the
// metrics a PDF font descriptor needs.
#pragma once

#include <hb.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro {

// Metrics in font units, read with FreeType from the font's own tables.
struct FontMetrics {
    unsigned units_per_em = 1000;
    int ascender = 0;   // hhea ascender (positive)
    int descender = 0;  // hhea descender (negative)
    int line_gap = 0;
    int cap_height = 0;
    int x_min = 0, y_min = 0, x_max = 0, y_max = 0;  // head bbox
    double italic_angle = 0;
    bool fixed_pitch = false;
    bool serif = false;
    std::string postscript_name;
    std::string family_name;
};

class Font {
  public:
    // Checks a TrueType/OpenType file's bytes; bytes that are not a font are an error
    // (`path` names the file in it).
    static Result<std::shared_ptr<const Font>> from_bytes(const std::string& bytes,
                                                          const std::string& path);

    ~Font();
    Font(const Font&) = delete;
    Font& operator=(const Font&) = delete;

    const std::string& path() const { return path_; }
    const FontMetrics& metrics() const { return metrics_; }
    unsigned units_per_em() const { return metrics_.units_per_em; }
    hb_font_t* hb_font() const { return font_; }
    hb_face_t* hb_face() const { return face_; }
    const std::vector<uint8_t>& data() const { return data_; }

    std::optional<uint32_t> glyph_for(char32_t cp) const;
    bool covers(char32_t cp) const { return glyph_for(cp).has_value(); }
    // Horizontal advance of a glyph in font units.
    int32_t advance(uint32_t gid) const;

  private:
    Font() = default;

    std::string path_;
    std::vector<uint8_t> data_;
    hb_blob_t* blob_ = nullptr;
    hb_face_t* face_ = nullptr;
    hb_font_t* font_ = nullptr;
    FontMetrics metrics_;
};

// Loads each font once per process (by name and content); later requests share the same object.
// Thread-safe.
class FontRegistry {
  public:
    static FontRegistry& shared();
    Result<std::shared_ptr<const Font>> get(const Source& source, const SourceName& name);

  private:
    struct Impl;
    FontRegistry();
    std::unique_ptr<Impl> impl_;
};

}  // namespace potro
