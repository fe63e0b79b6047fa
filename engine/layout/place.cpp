#include "layout/place.h"

namespace potro {

void place_line(const Line& line, const std::u16string& text, float x, float y_top, Page& page) {
    for (const LineRun& run : line.runs) {
        if (run.glyphs.empty()) continue;
        TextItem item;
        const float x0 = run.glyphs.front().x;
        item.x = x + line.x + x0;
        item.y = y_top + line.baseline - run.rise;
        item.font = run.font;
        item.size = run.size;
        item.hscale = run.hscale;
        item.color = run.color;
        item.text = text.substr(run.text_start, run.text_end - run.text_start);
        item.glyphs.reserve(run.glyphs.size());
        for (const PositionedGlyph& g : run.glyphs) {
            item.glyphs.push_back(
                {g.gid, g.cluster - run.text_start, g.x - x0, g.advance, g.dx, g.dy});
        }
        page.items.emplace_back(std::move(item));
    }
}

}  // namespace potro
