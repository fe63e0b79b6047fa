#include "service_source.h"

#include <filesystem>

#include "io/atomic_file.h"
#include "safe_name.h"

namespace potro::service {

ServiceSource::ServiceSource(FileSource::Folders folders, Clock clock, std::string issued)
    : files_(std::move(folders), std::move(clock)), issued_(std::move(issued)) {}

std::string ServiceSource::issued_path(const SourceName& name) const {
    const std::string& p = name.path;
    if (issued_.empty() || !safe_name(p) || p.size() < 5 || p.compare(p.size() - 4, 4, ".xml") != 0)
        return "";
    const std::string path = issued_ + "/" + p;
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec) ? path : "";
}

Result<std::string> ServiceSource::read(const SourceName& name) const {
    if (name.area == Area::Document) {
        if (const std::string path = issued_path(name); !path.empty()) return read_file(path);
        return make_error({name.path, 0, 0},
                          "the server holds no file \"" + name.path +
                              "\"; name one of its offices (GET /api/offices) as the letterhead");
    }
    return files_.read(name);
}

Result<std::string> ServiceSource::read_head(const SourceName& name, size_t max_bytes) const {
    if (name.area == Area::Document) return read(name);
    return files_.read_head(name, max_bytes);
}

Lookup ServiceSource::find(const SourceName& name, const SourceName& folder) const {
    if (name.area == Area::Document)
        return issued_path(name).empty() ? Lookup::Missing : Lookup::Found;
    return files_.find(name, folder);
}

std::vector<std::string> ServiceSource::list(const SourceName& folder) const {
    if (folder.area == Area::Document) return {};
    return files_.list(folder);
}

// Diagnostics name the server's own files by their place in the templates folder, never by
// the server's paths.
std::string ServiceSource::describe(const SourceName& name) const {
    switch (name.area) {
        case Area::Document:
            return issued_path(name).empty() ? name.path : "issued/" + name.path;
        case Area::Templates:
            return "templates/" + name.path;
        case Area::Fonts:
            return "fonts/" + name.path;
        case Area::Profiles:
            return "profiles/" + name.path;
    }
    return name.path;
}

std::string ServiceSource::identity(const SourceName& name) const {
    return "request:" + describe(name);
}

Moment ServiceSource::now() const {
    return files_.now();
}

}  // namespace potro::service
