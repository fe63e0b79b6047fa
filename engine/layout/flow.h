// Setting an assembled document on pages: paragraphs line by line, tables row by row (rows
// split across pages, heading rows repeated), blocks kept together, page numbers.
#pragma once

#include <functional>
#include <vector>

#include "assembly/blocks.h"
#include "layout/frame.h"
#include "potro/diagnostic.h"
#include "text/font_set.h"
#include "text/shaper.h"

namespace potro {

struct FlowResult {
    LaidOutDocument document;
    std::vector<Diagnostic> warnings;
};

FlowResult layout_document(const AssembledDocument& doc, const FontSet& fonts, ShapeCache* cache);

// The same for a long document (the register of a bulk export): each page is handed to `sink`
// in order, numbered, as soon as it is final, and not kept, so memory does not grow with the
// number of pages. The document is laid out twice (first to count its pages).
using PageSink = std::function<void(size_t index, Page&& page)>;
struct StreamedLayout {
    size_t pages = 0;
    std::vector<Diagnostic> warnings;
};
StreamedLayout layout_document_streamed(const AssembledDocument& doc, const FontSet& fonts,
                                        ShapeCache* cache, const PageSink& sink);

}  // namespace potro
