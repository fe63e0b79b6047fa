// `potro lint`: the typist's slips in a document (model/lint.h), and the fixes that are certain.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro {

struct LintOutcome {
    std::vector<Diagnostic> findings;  // warnings; an error when the file cannot be read
    std::optional<std::string> fixed;  // the file's bytes with the certain fixes, if any
    int fixes = 0;
};

LintOutcome lint_file(const std::string& input, const Source& source);

}  // namespace potro
