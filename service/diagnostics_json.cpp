#include "diagnostics_json.h"

#include "model/element_path.h"

namespace potro::service {

nlohmann::json diagnostics_json(const std::vector<Diagnostic>& diagnostics,
                                const std::string& document_name, const std::string& document) {
    std::optional<ElementPaths> paths;
    nlohmann::json out = nlohmann::json::array();
    for (const Diagnostic& d : diagnostics) {
        nlohmann::json j;
        j["severity"] = d.severity == Severity::Error ? "error" : "warning";
        j["message"] = d.message;
        j["line"] = d.pos.line;
        j["column"] = d.pos.column;
        const bool ours = d.pos.file.empty() || d.pos.file == document_name;
        if (ours) {
            if (!paths) paths.emplace(document);
            j["path"] = paths->at(d.pos.line, d.pos.column);
        } else {
            j["path"] = "";
            j["file"] = d.pos.file;
        }
        out.push_back(std::move(j));
    }
    return out;
}

std::string json_text(const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace potro::service
