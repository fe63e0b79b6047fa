#include "layout/table_columns.h"

#include <algorithm>

namespace potro {

std::vector<float> table_column_widths(const TableBlock& t, float width, const FontSet& fonts,
                                       const LayoutOptions& options) {
    const size_t n = t.widths.size();
    std::vector<float> w(n);
    for (size_t c = 0; c < n; ++c) w[c] = t.widths[c] * width;
    // The narrowest each column may be: its widest word or number, with the cell's padding.
    std::vector<float> least(n, 0);
    auto widen = [&](const std::vector<std::vector<Cell>>& rows) {
        for (const auto& row : rows) {
            for (size_t c = 0; c < row.size() && c < n; ++c) {
                for (const ParaBlock& p : row[c]) {
                    const float piece = min_content_width(p.para, fonts, options) + p.indent +
                                        (p.label.empty() ? 0 : p.label_width);
                    // Half a point more, so rounding never makes the piece too wide.
                    least[c] = std::max(least[c], piece + 2 * t.padding + 0.5f);
                }
            }
        }
    };
    widen(t.head);
    widen(t.rows);
    // The given proportions stand when they cut no word. Otherwise a column too narrow gets its
    // least width, and the others share what is left in their proportions, none below its
    // own least; when even the least widths do not fit, they shrink alike (and words break).
    std::vector<bool> fixed(n, false);
    for (bool changed = true; changed;) {
        changed = false;
        float left = width, free_share = 0;
        for (size_t c = 0; c < n; ++c) {
            if (!fixed[c] && w[c] + 0.01f < least[c]) {
                fixed[c] = true;
                changed = true;
            }
            if (fixed[c])
                left -= least[c];
            else
                free_share += t.widths[c];
        }
        if (!changed) break;
        if (left <= 0 || free_share <= 0) {
            float total = 0;
            for (float l : least) total += l;
            for (size_t c = 0; c < n; ++c) w[c] = least[c] * width / total;
            return w;
        }
        for (size_t c = 0; c < n; ++c) w[c] = fixed[c] ? least[c] : t.widths[c] / free_share * left;
    }
    return w;
}

}  // namespace potro
