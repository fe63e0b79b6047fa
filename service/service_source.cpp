#include "service_source.h"

namespace potro::service {

ServiceSource::ServiceSource(FileSource::Folders folders, Clock clock)
    : files_(std::move(folders), std::move(clock)) {}

Result<std::string> ServiceSource::read(const SourceName& name) const {
    if (name.area == Area::Document) {
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
    if (name.area == Area::Document) return Lookup::Missing;
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
            return name.path;
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
