// The glyphs of a shaped line, written exactly as `hb-shape --no-glyph-names` writes them, so
// potro's shaping can be compared with HarfBuzz's own tool.
#pragma once

#include <string>
#include <string_view>

#include "text/shaper.h"

namespace potro {

// Shapes `line` as one run in `font` (the whole line is the context) and serializes it as
// `[gid=cluster@dx,dy+advance|...]`, clusters counted in code points.
std::string shape_line_hb_format(std::u16string_view line, const Font& font,
                                 const ShapeOptions& options, ShapeCache* cache);

}  // namespace potro
