// Reading a minutes file (XML) into the model, with positions for every problem.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/minutes.h"

struct _xmlDoc;  // libxml2's document, without its headers

namespace potro {

struct ParseOptions {
    // Where `<letterhead ref="...">` names are looked up after the document's own folder.
    std::string templates_dir;
    // Absolute paths in the document (letterhead, emblem) are refused unless allowed.
    bool allow_absolute_paths = false;
};

struct ParsedMinutes {
    Minutes minutes;
    std::vector<Diagnostic> warnings;
    std::vector<std::string> sources;  // other files the document read: letterhead, emblem
};

// Parses with network access, DTDs and entity expansion off. The first error stops parsing.
Result<ParsedMinutes> parse_minutes_file(const std::string& path, const ParseOptions& options);
Result<ParsedMinutes> parse_minutes_text(const std::string& xml, const std::string& path,
                                         const ParseOptions& options);
// The same over a tree already parsed from `xml` (so a caller can also validate that tree).
Result<ParsedMinutes> parse_minutes_tree(_xmlDoc* doc, const std::string& xml,
                                         const std::string& path, const ParseOptions& options);

// The folder of bundled templates: $POTRO_TEMPLATE_DIR, else the source tree's templates/.
std::string default_templates_dir();

}  // namespace potro
