// The form's live preview: a rendered PDF's pages as PNG images, drawn on the server by
// poppler (Debian's libpoppler-cpp) — the page in the browser needs no PDF viewer, no script
// from the network and no build step, and shows exactly the pages potro laid out.
#pragma once

#include <string>
#include <vector>

#include "potro/diagnostic.h"

namespace potro::service {

struct PageImages {
    size_t pages = 0;               // in the PDF
    std::vector<std::string> pngs;  // the first `max_pages`, as PNG bytes
};

Result<PageImages> page_images(const std::string& pdf, double dpi, size_t max_pages);

}  // namespace potro::service
