// Reading back the files an archival PDF (PDF/A-3) carries: the minutes XML and the letterhead
// and emblem it used, so that the document can be made again, DOCX and all, from the PDF alone.
#pragma once

#include <string>
#include <vector>

#include "potro/diagnostic.h"

namespace potro::pdf {

struct CarriedFile {
    std::string name;  // as stored: "rangpur-good-governance.xml", "offices/emblem.png"
    std::string bytes;
};

// Every embedded file of the PDF `bytes` (called `name` in diagnostics), in the order of its
// name tree.
Result<std::vector<CarriedFile>> carried_files(const std::string& bytes, const std::string& name);

}  // namespace potro::pdf
