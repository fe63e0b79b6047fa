// Setting an assembled document on pages: paragraphs line by line, tables row by row (rows
// split across pages, heading rows repeated), blocks kept together, page numbers.
#pragma once

#include <vector>

#include "assembly/blocks.h"
#include "base/diagnostic.h"
#include "layout/frame.h"
#include "text/font_set.h"
#include "text/shaper.h"

namespace potro {

struct FlowResult {
    LaidOutDocument document;
    std::vector<Diagnostic> warnings;
};

FlowResult layout_document(const AssembledDocument& doc, const FontSet& fonts, ShapeCache* cache);

}  // namespace potro
