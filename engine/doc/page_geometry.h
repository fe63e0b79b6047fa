// Page sizes and margins in points.
#pragma once

namespace potro {

constexpr float kPointsPerMm = 72.0f / 25.4f;

struct PageGeometry {
    float width = 210 * kPointsPerMm;  // A4
    float height = 297 * kPointsPerMm;
    float margin_top = 25 * kPointsPerMm;
    float margin_bottom = 25 * kPointsPerMm;
    float margin_left = 25 * kPointsPerMm;
    float margin_right = 20 * kPointsPerMm;

    float text_width() const { return width - margin_left - margin_right; }
    float text_bottom() const { return height - margin_bottom; }

    static PageGeometry a4() { return {}; }
    static PageGeometry legal() {
        PageGeometry g;
        g.width = 8.5f * 72;
        g.height = 14 * 72;
        return g;
    }
};

}  // namespace potro
