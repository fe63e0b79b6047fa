// `potro render` and `potro validate`: a document to its outputs in a folder, or just its
// diagnostics.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro {

struct RenderJob {
    // The document's name in the source (Document area): a path, relative to the working
    // folder; its references are found beside it.
    std::string input;
    // The document's bytes when they do not come from the source (standard input).
    std::optional<std::string> input_bytes;
    std::string output_dir;            // empty: beside the input
    std::vector<std::string> formats;  // empty: the default formats (PDF and DOCX)
    bool dump_layout = false;          // the laid-out pages as text instead of writing files
    std::string register_path;         // memo register for serial="auto"; empty: none
    bool allow_absolute_paths = false;
    std::optional<int> pdfa_part;  // 0 none, 2 PDF/A-2u, 3 PDF/A-3u; unset: the template's
    // One set of outputs per entry of the distribution and copy lists, each marked for its
    // recipient (jobs/recipient_copies.h names them), and STEM-recipients.csv listing them;
    // every copy carries the document's one memo number.
    bool per_recipient = false;
    // Where outputs are written before they are renamed into place (on the same file system);
    // empty: beside them. A service keeps them out of the folder it hands files out of.
    std::string temp_dir;
};

struct RenderOutcome {
    std::vector<std::string> written;
    std::string layout_dump;
    size_t pages = 0;
    std::vector<Diagnostic> warnings;
    std::string memo;  // the memo number as printed (with the register's serial); "" if none
};

Result<RenderOutcome> run_render(const RenderJob& job, const Source& source);

// Every problem of a document (its bytes given, or read from the source): the schema's and
// potro's rules.
std::vector<Diagnostic> validate_document(const std::string& input, const Source& source,
                                          bool allow_absolute_paths,
                                          const std::optional<std::string>& bytes = {});

}  // namespace potro
