// Document-level facts every exporter writes (PDF Info and XMP, DOCX core properties).
#pragma once

#include <string>

namespace potro {

struct DocumentInfo {
    std::string title, subject, author, keywords;
    std::string language = "bn-BD";
    std::string date;  // YYYY-MM-DD, the document's own date (never the clock); may be empty
};

}  // namespace potro
