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

struct ClusterText {
    // One string per glyph, in drawing order; read one after another they give the cluster's
    // text in logical order (split vowels ো ৌ in their canonical two-part form). A glyph may
    // get an empty string when a cluster has more glyphs than characters.
    std::vector<std::u16string> glyph_text;
    // Whether to wrap the cluster in /ActualText: readers that honour it (poppler, Acrobat) then
    // get the exact text however the glyphs are placed.
    bool needs_actual_text = false;
};

ClusterText cluster_text(std::u16string_view text, std::span<const FrameGlyph> glyphs);

}  // namespace potro::pdf
