#include "text/shape_dump.h"

#include <vector>

#include "base/unicode.h"

namespace potro {

std::string shape_line_hb_format(std::u16string_view line, const Font& font,
                                 const ShapeOptions& options, ShapeCache* cache) {
    std::vector<ShapedGlyph> glyphs;
    const auto n = static_cast<uint32_t>(line.size());
    shape_range(line, 0, n, 0, n, font, options, cache, glyphs);
    // hb-shape reports clusters as code point indices.
    std::vector<uint32_t> cp_index(line.size() + 1, 0);
    uint32_t count = 0;
    for (size_t i = 0; i < line.size();) {
        size_t next;
        code_point_at(line, i, &next);
        for (size_t k = i; k < next; ++k) cp_index[k] = count;
        ++count;
        i = next;
    }
    cp_index[line.size()] = count;

    std::string out = "[";
    for (size_t k = 0; k < glyphs.size(); ++k) {
        const ShapedGlyph& g = glyphs[k];
        if (k) out += '|';
        out += std::to_string(g.gid) + '=' + std::to_string(cp_index[g.cluster]);
        if (g.x_offset || g.y_offset) {
            out += '@' + std::to_string(g.x_offset) + ',' + std::to_string(g.y_offset);
        }
        out += '+' + std::to_string(g.x_advance);
    }
    out += ']';
    return out;
}

}  // namespace potro
