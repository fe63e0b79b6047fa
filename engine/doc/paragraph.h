// A paragraph of styled text before layout: what assembly makes, what text layout sets into
// lines and what the DOCX writer writes as a w:p.
#pragma once

#include <string>
#include <vector>

#include "doc/text_style.h"

namespace potro {

enum class Align { Left, Right, Center, Justify };

struct ParagraphStyle {
    Align align = Align::Justify;
    float line_height = 1.0f;  // times the font's natural line height
    // Justified lines may scale their glyphs horizontally by up to this fraction (0.02 = 2%)
    // so that word spaces stay even; 0 turns it off.
    double max_expansion = 0.02;
};

struct Paragraph {
    std::u16string text;
    std::vector<StyleSpan> spans;  // cover the whole text; empty means one default span
    ParagraphStyle style;
};

}  // namespace potro
