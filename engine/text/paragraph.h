// A paragraph of styled text set into lines of positioned glyphs.
#pragma once

#include <string>
#include <vector>

#include "doc/paragraph.h"
#include "doc/text_style.h"
#include "text/itemize.h"
#include "text/positioned_glyph.h"
#include "text/shaper.h"

namespace potro {

// Glyphs of one face and style on one line, and the text they came from.
struct LineRun {
    const Font* font = nullptr;
    float size = 0;    // points, after the face's scale
    float rise = 0;    // baseline shift in points
    float hscale = 1;  // horizontal glyph scale of a justified line
    Color color;
    uint32_t text_start = 0;
    uint32_t text_end = 0;
    std::vector<PositionedGlyph> glyphs;  // cluster: index into the paragraph text
};

struct Line {
    uint32_t start = 0;  // paragraph text of the line, trailing spaces excluded
    uint32_t end = 0;
    float x = 0;         // offset of the line from the left edge, for alignment
    float width = 0;     // width of the set line
    float top = 0;       // top of the line's box, from the top of the paragraph
    float height = 0;    // the line's pitch: the next line's box starts at top + height
    float baseline = 0;  // from the top of the paragraph
    float ascent = 0;
    float descent = 0;  // positive, below the baseline
    std::vector<LineRun> runs;
};

struct ParagraphLayout {
    std::vector<Line> lines;
    float height = 0;
    std::vector<UncoveredChar> uncovered;
};

struct LayoutOptions {
    ShapeCache* cache = nullptr;  // nullptr: shape each run whole, uncached
};

ParagraphLayout layout_paragraph(const Paragraph& paragraph, float width, const FontSet& fonts,
                                 const LayoutOptions& options = {});

// The width of the widest piece of the paragraph no line break may cut (a word, a number, a
// memo number), at its sizes: the narrowest a table column holding it may be.
float min_content_width(const Paragraph& paragraph, const FontSet& fonts,
                        const LayoutOptions& options = {});

// The natural line height of text of `size` points in the set's body face.
float natural_line_height(const FontSet& fonts, float size);

}  // namespace potro
