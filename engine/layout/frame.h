// Laid-out pages: what the layout stage hands to exporters and to --dump-layout. A page is a
// list of positioned items; coordinates are points from the top-left corner of the page.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "doc/document_info.h"
#include "doc/image.h"
#include "doc/text_style.h"
#include "text/font.h"
#include "text/positioned_glyph.h"

namespace potro {

// A run of glyphs in one font on one baseline, with the source text it came from: exporters
// need that text for ToUnicode and ActualText, so Bangla copies back in logical order.
struct TextItem {
    float x = 0;  // origin: start of the baseline
    float y = 0;
    const Font* font = nullptr;
    float size = 0;
    float hscale = 1;  // horizontal scaling of the glyphs (PDF Tz), from justification
    Color color;
    std::u16string text;
    std::vector<PositionedGlyph> glyphs;  // x from the origin; cluster indexes `text`
};

struct RuleItem {  // a straight line
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    float width = 0.5f;
    Color color;
};

struct BoxItem {  // a rectangle, filled and/or stroked
    float x = 0, y = 0, w = 0, h = 0;
    bool fill = false;
    bool stroke = true;
    Color fill_color;
    Color stroke_color;
    float line_width = 0.5f;
};

struct ImageItem {
    ImageRef image;  // PNG or JPEG
    float x = 0, y = 0, w = 0, h = 0;
};

using FrameItem = std::variant<TextItem, RuleItem, BoxItem, ImageItem>;

struct Page {
    float width = 595.276f;  // A4
    float height = 841.89f;
    std::vector<FrameItem> items;
};

// Where a signature goes: the room left above a signatory's name, in points from the page's
// top-left corner.
struct SignatureArea {
    std::string field;         // the field's name
    std::u16string signatory;  // "name\ndesignation"
    size_t page = 0;
    float x = 0, y = 0, w = 0, h = 0;
};

struct LaidOutDocument {
    std::vector<Page> pages;
    DocumentInfo info;
    std::vector<SignatureArea> signature_areas;
};

}  // namespace potro
