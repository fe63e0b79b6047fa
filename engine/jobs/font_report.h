// What `potro fonts` shows: the fonts a template resolves to, chain by chain, and — for a
// document — every character of it that no face of the chains covers (found by laying the
// document out, as a render would).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro {

struct FontReportRequest {
    std::optional<std::string> document;  // a document in the Document area
    std::string kind = "minutes";         // without a document: whose templates
    std::string template_name;            // empty: the document's, else "standard"
};

struct FaceReport {
    size_t position = 0;  // in the chain, from 1
    bool bold = false;
    std::string file;    // as the source describes it
    std::string family;  // empty when the file does not read as a font
    double scale = 1.0;
    double baseline_shift = 0.0;
};

struct ChainReport {
    std::string script;  // "bengali", "latin"
    std::vector<FaceReport> faces;
};

struct FontReport {
    std::string template_name;
    std::string template_file;  // as the source describes it
    std::vector<ChainReport> chains;
    // With a document: one warning per character no face covers (DiagnosticCode::
    // UncoveredCharacter), with where it is.
    std::vector<Diagnostic> uncovered;
};

Result<FontReport> font_report(const FontReportRequest& request, const Source& source);

}  // namespace potro
