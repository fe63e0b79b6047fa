// Putting laid-out paragraph lines onto a page as frame items.
#pragma once

#include "layout/frame.h"
#include "text/paragraph.h"

namespace potro {

// Adds the runs of `line` (of a paragraph whose text is `text`) to `page`, the paragraph's
// top-left corner at (x, y_top).
void place_line(const Line& line, const std::u16string& text, float x, float y_top, Page& page);

}  // namespace potro
