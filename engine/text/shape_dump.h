// The glyphs of a shaped line, written exactly as `hb-shape --no-glyph-names` writes them, so
// potro's shaping can be compared with HarfBuzz's own tool.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "potro/diagnostic.h"
#include "text/shaper.h"

namespace potro {

// Shapes `line` as one run in `font` (the whole line is the context) and serializes it as
// `[gid=cluster@dx,dy+advance|...]`, clusters counted in code points.
std::string shape_line_hb_format(std::u16string_view line, const Font& font,
                                 const ShapeOptions& options, ShapeCache* cache);

struct ShapeDumpOptions {
    std::string script;  // ISO 15924 tag; empty: guessed from each line, as hb-shape does
    std::string language = "bn";
    bool use_cache = true;  // shape word by word through a cache, as body text is
};

// `potro shape`: each line of UTF-8 `text` (named `name` in diagnostics) shaped and written
// as above, one output line per input line; a line that is not UTF-8 is the error.
Result<std::vector<std::string>> shape_text_hb_format(const std::string& text,
                                                      const std::string& name, const Font& font,
                                                      const ShapeDumpOptions& options);

}  // namespace potro
