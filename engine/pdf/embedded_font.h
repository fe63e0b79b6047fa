// A font as the PDF carries it: a Type0 font with Identity-H encoding over a CIDFontType2, its
// glyphs subset with hb-subset, and a ToUnicode CMap. Every (glyph, text) occurrence gets its
// own CID, so the ToUnicode strings read in logical order when taken in drawing order — which
// is what readers that ignore ActualText (MuPDF, pdf.js) rely on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pdf/haru.h"
#include "pdf/md5.h"
#include "text/font.h"

namespace potro::pdf {

class EmbeddedFont {
  public:
    EmbeddedFont(const Font& font, HaruDocument& doc);

    ObjRef dict() const { return type0_; }
    const Font& font() const { return font_; }
    // The CID that draws `gid` and extracts as `text`.
    uint16_t cid(uint32_t gid, std::u16string_view text);
    // A CID that draws nothing and extracts as `text`. It advances like a space, or not at all
    // when `zero_width` (pdf.js gives text with marks no advance, so such carriers must not).
    uint16_t carrier_cid(std::u16string_view text, bool zero_width);
    // Advance of a CID in PDF glyph space (thousandths of the font size), as written in /W.
    int width(uint16_t cid) const { return widths_[cid]; }
    // Subsets the font and writes its objects; `hash` takes the subset bytes for the doc ID.
    Status finish(Md5& hash);

  private:
    struct Entry {
        uint32_t gid;
        std::u16string text;
    };
    uint16_t add(uint32_t gid, std::u16string_view text, bool zero_width);

    // The used glyphs subset: the font file, and each CID's glyph in it (CIDToGIDMap).
    struct Subset {
        std::string font_file;
        std::string cid_to_gid;
    };
    Result<Subset> subset(const std::vector<uint32_t>& gids) const;
    ObjRef write_descriptor(const std::string& base_font, const std::string& font_file);
    ObjRef write_cid_font(const std::string& base_font, ObjRef descriptor,
                          const std::string& cid_to_gid);
    std::string base_font_name(const std::vector<uint32_t>& gids) const;
    std::string to_unicode_cmap() const;

    const Font& font_;
    HaruDocument& doc_;
    ObjRef type0_;
    std::vector<Entry> entries_;  // indexed by CID; CID 0 is .notdef
    std::vector<int> widths_;
    std::unordered_map<std::u16string, uint16_t> index_;
    uint32_t blank_gid_ = 0;  // a glyph with no outline (the space) for carriers
    uint32_t zero_gid_ = 0;   // one with no outline and no advance, for zero-width carriers
};

}  // namespace potro::pdf
