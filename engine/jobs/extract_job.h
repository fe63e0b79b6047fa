// `potro extract`: the files an archival PDF (PDF/A-3u) carries written out under the names
// the document uses for them, so that rendering the XML makes the document again.
#pragma once

#include <string>
#include <vector>

#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro {

struct ExtractJob {
    std::string input;       // the PDF, in the source's Document area
    std::string output_dir;  // empty: FILE-source beside the PDF
};

struct ExtractOutcome {
    std::vector<std::string> written;  // in the PDF's order
    std::vector<Diagnostic> warnings;  // a carried name that would leave the folder, skipped
    std::vector<Diagnostic> errors;    // files that could not be written
};

// A PDF that cannot be read, or carries no files, is the error.
Result<ExtractOutcome> run_extract(const ExtractJob& job, const Source& source);

}  // namespace potro
