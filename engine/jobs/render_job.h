// `potro render` and `potro validate`: a minutes file to its PDF, or just its diagnostics.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace potro {

struct RenderJob {
    std::string input;
    std::string output_dir;  // empty: beside the input
    std::string templates_dir;
    std::string font_dir;
    bool pdf = true;
    bool docx = true;
    bool dump_layout = false;   // print the laid-out pages instead of writing files
    std::string register_path;  // memo register for serial="auto"; empty: none
    bool allow_absolute_paths = false;
    std::optional<int> pdfa_part;  // 0 none, 2 PDF/A-2u, 3 PDF/A-3u; unset: the template's
};

struct RenderOutcome {
    std::vector<std::string> written;
    std::string layout_dump;
    size_t pages = 0;
    std::vector<Diagnostic> warnings;
};

Result<RenderOutcome> run_render(const RenderJob& job);

// Checks a file against the schema and the rules the schema cannot say (dates, memo numbers);
// returns every problem found (the schema reports them all, the rules the first).
std::vector<Diagnostic> validate_minutes(const std::string& path, const std::string& templates_dir,
                                         bool allow_absolute_paths = false);

}  // namespace potro
