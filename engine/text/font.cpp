#include "text/font.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H

#include <algorithm>
#include <map>
#include <mutex>

namespace potro {

namespace {

// FreeType both checks that the bytes are a usable font and reads the descriptor metrics.
Result<FontMetrics> read_metrics(const std::vector<uint8_t>& data, const std::string& path) {
    FT_Library lib = nullptr;
    if (FT_Init_FreeType(&lib) != 0) return make_error({path, 0, 0}, "FreeType failed to start");
    FT_Face face = nullptr;
    FT_Error err =
        FT_New_Memory_Face(lib, data.data(), static_cast<FT_Long>(data.size()), 0, &face);
    if (err != 0 || !face) {
        FT_Done_FreeType(lib);
        return make_error({path, 0, 0},
                          "this file is not a font FreeType can read; give a TrueType (.ttf) "
                          "or OpenType (.otf) file");
    }
    FontMetrics m;
    m.units_per_em = face->units_per_EM ? face->units_per_EM : 1000;
    m.ascender = face->ascender;
    m.descender = face->descender;
    m.line_gap = face->height - (face->ascender - face->descender);
    m.x_min = static_cast<int>(face->bbox.xMin);
    m.y_min = static_cast<int>(face->bbox.yMin);
    m.x_max = static_cast<int>(face->bbox.xMax);
    m.y_max = static_cast<int>(face->bbox.yMax);
    m.fixed_pitch = FT_IS_FIXED_WIDTH(face);
    if (const char* ps = FT_Get_Postscript_Name(face)) m.postscript_name = ps;
    if (face->family_name) m.family_name = face->family_name;
    m.cap_height = m.ascender;
    if (auto* os2 = static_cast<TT_OS2*>(FT_Get_Sfnt_Table(face, FT_SFNT_OS2))) {
        if (os2->version >= 2 && os2->sCapHeight > 0) m.cap_height = os2->sCapHeight;
        // PANOSE family kind 2 (Latin text), serif style 2..10 are serif designs.
        m.serif = os2->panose[0] == 2 && os2->panose[1] >= 2 && os2->panose[1] <= 10;
    }
    if (auto* post = static_cast<TT_Postscript*>(FT_Get_Sfnt_Table(face, FT_SFNT_POST))) {
        m.italic_angle = static_cast<double>(post->italicAngle) / 65536.0;
    }
    bool scalable = FT_IS_SCALABLE(face);
    FT_Done_Face(face);
    FT_Done_FreeType(lib);
    if (!scalable) return make_error({path, 0, 0}, "this font has no outlines (bitmap only)");
    if (m.postscript_name.empty()) m.postscript_name = "PotroFont";
    return m;
}

}  // namespace

Result<std::shared_ptr<const Font>> Font::from_bytes(const std::string& bytes,
                                                     const std::string& path) {
    std::vector<uint8_t> data(bytes.begin(), bytes.end());
    auto metrics = read_metrics(data, path);
    if (!metrics) return metrics.error();

    std::shared_ptr<Font> font(new Font());
    font->path_ = path;
    font->data_ = std::move(data);
    font->metrics_ = metrics.value();
    font->blob_ = hb_blob_create(reinterpret_cast<const char*>(font->data_.data()),
                                 static_cast<unsigned>(font->data_.size()), HB_MEMORY_MODE_READONLY,
                                 nullptr, nullptr);
    font->face_ = hb_face_create(font->blob_, 0);
    hb_face_make_immutable(font->face_);
    if (hb_face_get_glyph_count(font->face_) == 0) {
        return make_error({path, 0, 0}, "this font has no glyphs");
    }
    font->font_ = hb_font_create(font->face_);
    // Shape in font units: positions scale linearly to any point size later.
    const int upem = static_cast<int>(font->metrics_.units_per_em);
    hb_font_set_scale(font->font_, upem, upem);
    hb_font_make_immutable(font->font_);
    return std::shared_ptr<const Font>(std::move(font));
}

Font::~Font() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
}

std::optional<uint32_t> Font::glyph_for(char32_t cp) const {
    hb_codepoint_t gid = 0;
    if (hb_font_get_nominal_glyph(font_, cp, &gid)) return gid;
    return std::nullopt;
}

int32_t Font::advance(uint32_t gid) const {
    return hb_font_get_glyph_h_advance(font_, gid);
}

struct FontRegistry::Impl {
    std::mutex mutex;
    // By name and content: two sources may hold different bytes under one name.
    std::map<std::pair<std::string, size_t>, std::vector<std::shared_ptr<const Font>>> fonts;
};

FontRegistry::FontRegistry() : impl_(std::make_unique<Impl>()) {}

FontRegistry& FontRegistry::shared() {
    static FontRegistry registry;
    return registry;
}

Result<std::shared_ptr<const Font>> FontRegistry::get(const Source& source,
                                                      const SourceName& name) {
    auto bytes = source.read(name);
    if (!bytes) {
        return make_error(bytes.error().pos, "cannot open the font file; check the path");
    }
    const std::string path = source.describe(name);
    const std::string& b = bytes.value();
    std::lock_guard lock(impl_->mutex);
    auto& same_name = impl_->fonts[{path, b.size()}];
    for (const auto& f : same_name) {
        if (std::equal(f->data().begin(), f->data().end(),
                       reinterpret_cast<const uint8_t*>(b.data())))
            return f;
    }
    auto font = Font::from_bytes(b, path);
    if (!font) return font.error();
    same_name.push_back(font.value());
    return font.value();
}

}  // namespace potro
