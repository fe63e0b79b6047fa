// Splitting a paragraph into runs that one font and one script can shape.
#pragma once

#include <hb.h>

#include <string_view>
#include <vector>

#include "doc/text_style.h"
#include "text/font_set.h"

namespace potro {

// text[start, end) set in one face, one script and one style.
struct TextRun {
    uint32_t start = 0;
    uint32_t end = 0;
    FaceChoice face;
    hb_script_t script = HB_SCRIPT_BENGALI;
    uint32_t style = 0;  // index into the style spans
};

// A character that no font of the set can draw.
struct UncoveredChar {
    uint32_t index = 0;
    char32_t cp = 0;
};

struct Itemization {
    std::vector<TextRun> runs;
    std::vector<UncoveredChar> uncovered;
};

// `spans` must cover the whole text in order. Neutral characters (digits, punctuation, danda,
// spaces) take the script of the text before them; marks and joiners stay with their base.
Itemization itemize(std::u16string_view text, const std::vector<StyleSpan>& spans,
                    const FontSet& fonts);

}  // namespace potro
