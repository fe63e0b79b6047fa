// Plain UTF-8 text set on pages: paragraphs separated by blank lines. The `potro typeset`
// job, and the test bed of the text engine.
#pragma once

#include <string>
#include <vector>

#include "doc/page_geometry.h"
#include "layout/frame.h"
#include "potro/diagnostic.h"
#include "text/paragraph.h"

namespace potro {

struct PlainTextOptions {
    PageGeometry page;
    float font_size = 12;
    Align align = Align::Justify;
    float line_height = 1.0f;
    float paragraph_gap = 0.5f;  // in lines
};

// A paragraph of the input and, per UTF-16 unit of its text, the index in the source text
// it came from (for messages).
struct SourceParagraph {
    std::u16string text;
    std::vector<uint32_t> source_index;
};

// Splits text at blank lines; inside a paragraph, line ends and tabs become single spaces.
std::vector<SourceParagraph> split_paragraphs(std::u16string_view text);

struct TypesetResult {
    LaidOutDocument document;
    std::vector<Diagnostic> warnings;  // e.g. characters no font covers, with their position
};

// `source` is the NFC text of `file` (used for positions in warnings).
TypesetResult typeset_plain_text(std::u16string_view source, const std::string& file,
                                 const FontSet& fonts, const PlainTextOptions& options,
                                 ShapeCache* cache);

}  // namespace potro
