// Diagnostics as the API answers them: [{"severity","message","line","column","path"}], the
// path naming the element of the request's document (so a form can mark the field); "file"
// only when the message is about another file (one of the server's offices).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "potro/diagnostic.h"

namespace potro::service {

nlohmann::json diagnostics_json(const std::vector<Diagnostic>& diagnostics,
                                const std::string& document_name, const std::string& document);

// JSON text that never throws on bad UTF-8 (replaced by U+FFFD).
std::string json_text(const nlohmann::json& j);

}  // namespace potro::service
