// Which text each drawn glyph stands for, so that text extraction reads Bangla back in logical
// order. Shaped Bangla draws glyphs in visual order (ি before its consonant, reph after it) and
// many glyphs have no code point of their own.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "layout/frame.h"

namespace potro::pdf {

// One thing drawn for a cluster: a glyph of the cluster, or an invisible zero-width "carrier"
// that exists only to carry text, and the text it extracts as.
struct DrawPiece {
    static constexpr int kCarrier = -1;
    int glyph = kCarrier;  // index within the cluster's glyphs
    std::u16string text;
};

struct ClusterText {
    // In drawing order; read one after another the texts give the cluster's text in logical
    // order (split vowels ো ৌ in their canonical two-part form). Every glyph appears once.
    std::vector<DrawPiece> pieces;
    // Whether to wrap the cluster in /ActualText: readers that honour it (poppler, Acrobat)
    // then get the exact text however the glyphs are placed.
    bool needs_actual_text = false;
};

// Readers that ignore ActualText read glyph by glyph. pdf.js treats any glyph whose text
// contains a nonspacing mark as zero-width, and MuPDF sees a gap after a glyph that ends left of
// the next one. So a glyph that advances carries only non-mark characters; marks ride on the
// cluster's zero-width glyphs or on carriers.
ClusterText cluster_text(std::u16string_view text, std::span<const PositionedGlyph> glyphs);

// Whether `text` holds a nonspacing mark (or a joiner): pdf.js gives such a glyph no advance.
bool has_mark(std::u16string_view text);

}  // namespace potro::pdf
