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

Result<std::vector<std::string>> shape_text_hb_format(const std::string& text,
                                                      const std::string& name, const Font& font,
                                                      const ShapeDumpOptions& options) {
    std::vector<std::string> out;
    ShapeCache cache;
    size_t line_no = 0;
    for (size_t a = 0; a < text.size() || (a == 0 && text.empty());) {
        size_t b = text.find('\n', a);
        const bool last = b == std::string::npos;
        if (last) b = text.size();
        std::string line = text.substr(a, b - a);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        ++line_no;
        auto utf16 = utf8_to_utf16(line, name);
        if (!utf16) {
            Diagnostic d = utf16.error();
            d.pos.line = static_cast<int>(line_no);
            return d;
        }
        ShapeOptions opts;
        opts.language = options.language;
        opts.script = options.script.empty()
                          ? guess_script(utf16.value())
                          : hb_script_from_string(options.script.c_str(),
                                                  static_cast<int>(options.script.size()));
        out.push_back(
            shape_line_hb_format(utf16.value(), font, opts, options.use_cache ? &cache : nullptr));
        if (last) break;
        a = b + 1;
        // A file's final newline ends its last line; it does not start another.
        if (a == text.size()) break;
    }
    return out;
}

}  // namespace potro
