// Laid-out pages to PDF bytes.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "layout/frame.h"

namespace potro::pdf {

struct PdfOptions {
    std::string creator = "potro";
};

// The same document always gives the same bytes: no clock, an ID derived from the content.
Result<std::string> export_pdf(const LaidOutDocument& document, const PdfOptions& options = {});

}  // namespace potro::pdf
