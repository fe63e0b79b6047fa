// Reading a minutes file (XML) into the model, with positions for every problem.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/minutes.h"

namespace potro {

struct ParseOptions {
    // Where `<letterhead ref="...">` names are looked up after the document's own folder.
    std::string templates_dir;
};

struct ParsedMinutes {
    Minutes minutes;
    std::vector<Diagnostic> warnings;
};

// Parses with network access, DTDs and entity expansion off. The first error stops parsing.
Result<ParsedMinutes> parse_minutes_file(const std::string& path, const ParseOptions& options);
Result<ParsedMinutes> parse_minutes_text(const std::string& xml, const std::string& path,
                                         const ParseOptions& options);

// The folder of bundled templates: $POTRO_TEMPLATE_DIR, else the source tree's templates/.
std::string default_templates_dir();

}  // namespace potro
