// A table's column widths from what its cells hold: the widths the document gives (as
// proportions) where they cut no word, number or memo number; else each column at least as
// wide as its widest such piece and its padding, the rest shared in proportion. The PDF's
// pages use them, and the DOCX is given the same (export/docx_exporter.cpp).
#pragma once

#include <vector>

#include "assembly/blocks.h"
#include "text/font_set.h"
#include "text/paragraph.h"

namespace potro {

// The widths in points of `t`'s columns in a frame `width` points wide.
std::vector<float> table_column_widths(const TableBlock& t, float width, const FontSet& fonts,
                                       const LayoutOptions& options = {});

}  // namespace potro
