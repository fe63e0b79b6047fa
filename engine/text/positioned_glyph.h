// A glyph placed on a line: the unit that text layout, pages and exporters share.
#pragma once

#include <cstdint>

namespace potro {

// The pen stands at `x` (points from the start of its run or line) and the glyph is drawn at
// (x + dx, baseline - dy); `advance` is how far the pen then moves. `cluster` indexes the text
// the glyph came from (a UTF-16 offset).
struct PositionedGlyph {
    uint32_t gid = 0;
    uint32_t cluster = 0;
    float x = 0;
    float advance = 0;
    float dx = 0;
    float dy = 0;
};

}  // namespace potro
