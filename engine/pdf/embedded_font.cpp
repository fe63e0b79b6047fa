#include "pdf/embedded_font.h"
#include "text/hb_ptr.h"

#include <hb-subset.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <set>

namespace potro::pdf {

namespace {

constexpr size_t kMaxCids = 0xFFFF;

std::string hex4(unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", v & 0xFFFF);
    return buf;
}

}  // namespace

EmbeddedFont::EmbeddedFont(const Font& font, HaruDocument& doc)
    : font_(font), doc_(doc), type0_(doc.new_indirect_dict()) {
    entries_.push_back({0, u""});
    widths_.push_back(
        static_cast<int>(std::lround(font_.advance(0) * 1000.0 / font_.units_per_em())));
    for (char32_t blank : {U' ', U'\u200B', U'\u200C'}) {
        if (auto g = font_.glyph_for(blank)) {
            blank_gid_ = *g;
            break;
        }
    }
    // Zero-width carriers use a glyph the font itself gives no advance (the zero-width space
    // or a joiner), so that /W and the font program agree (PDF/A asks it, and MuPDF, which
    // takes advances from the font, then places them where pdf.js and poppler do).
    zero_gid_ = blank_gid_;
    for (char32_t blank : {U'\u200B', U'\u200C', U'\u200D', U'\u2060'}) {
        if (auto g = font_.glyph_for(blank); g && font_.advance(*g) == 0) {
            zero_gid_ = *g;
            break;
        }
    }
}

uint16_t EmbeddedFont::cid(uint32_t gid, std::u16string_view text) {
    return add(gid, text, false);
}

uint16_t EmbeddedFont::carrier_cid(std::u16string_view text, bool zero_width) {
    return add(zero_width ? zero_gid_ : blank_gid_, text, zero_width);
}

uint16_t EmbeddedFont::add(uint32_t gid, std::u16string_view text, bool zero_width) {
    std::u16string key;
    key.reserve(text.size() + 3);
    key += zero_width ? u'Z' : u'G';
    key += static_cast<char16_t>(gid >> 16);
    key += static_cast<char16_t>(gid & 0xFFFF);
    key += text;
    auto it = index_.find(key);
    if (it != index_.end()) return it->second;
    if (entries_.size() >= kMaxCids) {
        // Out of CIDs (a document of more than 65,535 distinct glyph/text pairs): reuse one
        // that draws the same glyph; only its extracted text may then be off.
        for (size_t c = 1; c < entries_.size(); ++c) {
            if (entries_[c].gid == gid && (widths_[c] == 0) == zero_width) {
                return static_cast<uint16_t>(c);
            }
        }
        return 0;
    }
    const auto cid = static_cast<uint16_t>(entries_.size());
    entries_.push_back({gid, std::u16string(text)});
    widths_.push_back(zero_width ? 0
                                 : static_cast<int>(std::lround(font_.advance(gid) * 1000.0 /
                                                                font_.units_per_em())));
    index_.emplace(std::move(key), cid);
    return cid;
}

std::string EmbeddedFont::base_font_name(const std::vector<uint32_t>& gids) const {
    // The subset tag is six capital letters; derive it from the glyphs so it is stable.
    Md5 md5;
    md5.update(font_.metrics().postscript_name);
    for (uint32_t g : gids) md5.update(std::string_view(reinterpret_cast<const char*>(&g), 4));
    auto digest = md5.finish();
    std::string tag;
    for (int k = 0; k < 6; ++k) tag += static_cast<char>('A' + digest[static_cast<size_t>(k)] % 26);
    std::string name = tag + "+";
    for (char c : font_.metrics().postscript_name) {
        // PDF names must not carry delimiters or spaces.
        if (c > ' ' && c < 127 && std::string_view("()<>[]{}/%#").find(c) == std::string::npos) {
            name += c;
        }
    }
    return name;
}

std::string EmbeddedFont::to_unicode_cmap() const {
    std::string s =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<size_t> mapped;
    for (size_t c = 1; c < entries_.size(); ++c) {
        if (!entries_[c].text.empty()) mapped.push_back(c);
    }
    for (size_t start = 0; start < mapped.size(); start += 100) {
        const size_t count = std::min<size_t>(100, mapped.size() - start);
        s += std::to_string(count) + " beginbfchar\n";
        for (size_t k = start; k < start + count; ++k) {
            s += '<' + hex4(static_cast<unsigned>(mapped[k])) + "> <";
            for (char16_t u : entries_[mapped[k]].text) s += hex4(u);
            s += ">\n";
        }
        s += "endbfchar\n";
    }
    s += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return s;
}

Result<EmbeddedFont::Subset> EmbeddedFont::subset(const std::vector<uint32_t>& gids) const {
    HbPtr<hb_subset_input_t, hb_subset_input_destroy> input(hb_subset_input_create_or_fail());
    if (!input.p) return make_error({font_.path(), 0, 0}, "hb-subset could not start");
    hb_set_t* glyphs = hb_subset_input_glyph_set(input.p);
    for (uint32_t g : gids) hb_set_add(glyphs, g);
    // A PDF viewer never shapes: layout tables and hinting only add bytes.
    hb_set_t* drop = hb_subset_input_set(input.p, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char* tag : {"GSUB", "GPOS", "GDEF", "DSIG"}) {
        hb_set_add(drop, hb_tag_from_string(tag, 4));
    }
    hb_subset_input_set_flags(input.p, HB_SUBSET_FLAGS_NO_HINTING);
    HbPtr<hb_subset_plan_t, hb_subset_plan_destroy> plan(
        hb_subset_plan_create_or_fail(font_.hb_face(), input.p));
    if (!plan.p) return make_error({font_.path(), 0, 0}, "hb-subset could not plan the subset");
    const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.p);
    HbPtr<hb_face_t, hb_face_destroy> face(hb_subset_plan_execute_or_fail(plan.p));
    if (!face.p) return make_error({font_.path(), 0, 0}, "hb-subset failed on this font");
    HbPtr<hb_blob_t, hb_blob_destroy> blob(hb_face_reference_blob(face.p));
    unsigned length = 0;
    const char* bytes = hb_blob_get_data(blob.p, &length);
    Subset out{std::string(bytes, length), {}};
    out.cid_to_gid.reserve(entries_.size() * 2);
    for (const auto& e : entries_) {
        hb_codepoint_t g = hb_map_get(old_to_new, e.gid);
        if (g == HB_MAP_VALUE_INVALID) g = 0;
        out.cid_to_gid += static_cast<char>(g >> 8);
        out.cid_to_gid += static_cast<char>(g & 0xFF);
    }
    return out;
}

ObjRef EmbeddedFont::write_descriptor(const std::string& base_font, const std::string& font_file) {
    const FontMetrics& m = font_.metrics();
    const double k = 1000.0 / m.units_per_em;
    auto scaled = [&](int v) { return static_cast<int64_t>(std::lround(v * k)); };

    ObjRef file = doc_.new_stream(font_file, true);
    doc_.add_int(file, "Length1", static_cast<int64_t>(font_file.size()));
    ObjRef desc = doc_.new_indirect_dict();
    doc_.add_name(desc, "Type", "FontDescriptor");
    doc_.add_name(desc, "FontName", base_font.c_str());
    // Symbolic (4): glyphs are addressed by CID, not by a standard encoding.
    doc_.add_int(desc, "Flags", 4 | (m.serif ? 2 : 0) | (m.fixed_pitch ? 1 : 0));
    ArrayRef bbox = doc_.new_array();
    for (int v : {m.x_min, m.y_min, m.x_max, m.y_max}) doc_.push_int(bbox, scaled(v));
    doc_.add_array(desc, "FontBBox", bbox);
    doc_.add_real(desc, "ItalicAngle", m.italic_angle);
    doc_.add_int(desc, "Ascent", scaled(m.ascender));
    doc_.add_int(desc, "Descent", scaled(m.descender));
    doc_.add_int(desc, "CapHeight", scaled(m.cap_height));
    doc_.add_int(desc, "StemV", 80);
    doc_.add_obj(desc, "FontFile2", file);
    return desc;
}

ObjRef EmbeddedFont::write_cid_font(const std::string& base_font, ObjRef descriptor,
                                    const std::string& cid_to_gid) {
    ObjRef cid_font = doc_.new_indirect_dict();
    doc_.add_name(cid_font, "Type", "Font");
    doc_.add_name(cid_font, "Subtype", "CIDFontType2");
    doc_.add_name(cid_font, "BaseFont", base_font.c_str());
    ObjRef info = doc_.new_direct_dict();
    doc_.add_bytes(info, "Registry", "Adobe");
    doc_.add_bytes(info, "Ordering", "Identity");
    doc_.add_int(info, "Supplement", 0);
    doc_.add_obj(cid_font, "CIDSystemInfo", info);
    doc_.add_obj(cid_font, "FontDescriptor", descriptor);
    ArrayRef w = doc_.new_array();
    ArrayRef ws = doc_.new_array();
    for (size_t c = 1; c < widths_.size(); ++c) doc_.push_int(ws, widths_[c]);
    doc_.push_int(w, 1);
    doc_.push_array(w, ws);
    doc_.add_array(cid_font, "W", w);
    doc_.add_int(cid_font, "DW", widths_[0]);
    doc_.add_obj(cid_font, "CIDToGIDMap", doc_.new_stream(cid_to_gid, true));
    return cid_font;
}

Status EmbeddedFont::finish(Md5& hash) {
    std::set<uint32_t> used;
    for (const auto& e : entries_) used.insert(e.gid);
    const std::vector<uint32_t> gids(used.begin(), used.end());
    auto sub = subset(gids);
    if (!sub) return sub.error();
    hash.update(sub.value().font_file);
    const std::string base_font = base_font_name(gids);
    const ObjRef desc = write_descriptor(base_font, sub.value().font_file);
    const ObjRef cid_font = write_cid_font(base_font, desc, sub.value().cid_to_gid);

    doc_.add_name(type0_, "Type", "Font");
    doc_.add_name(type0_, "Subtype", "Type0");
    doc_.add_name(type0_, "BaseFont", base_font.c_str());
    doc_.add_name(type0_, "Encoding", "Identity-H");
    ArrayRef descendants = doc_.new_array();
    doc_.push_obj(descendants, cid_font);
    doc_.add_array(type0_, "DescendantFonts", descendants);
    doc_.add_obj(type0_, "ToUnicode", doc_.new_stream(to_unicode_cmap(), true));
    return doc_.status();
}

}  // namespace potro::pdf
