// How a stretch of text looks: colour, weight and size. Assembly writes these, text layout
// and every exporter read them.
#pragma once

#include <cstdint>

namespace potro {

struct Color {
    float r = 0, g = 0, b = 0;
    bool operator==(const Color&) const = default;
};

enum class Weight { Regular, Bold };

struct TextStyle {
    Weight weight = Weight::Regular;
    float size = 12.0f;  // points
    Color color;
};

// Style for text[start, end) in UTF-16 units.
struct StyleSpan {
    uint32_t start = 0;
    uint32_t end = 0;
    TextStyle style;
};

}  // namespace potro
