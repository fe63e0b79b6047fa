#include <algorithm>

#include "potro/source.h"

namespace potro {

namespace {

std::string area_prefix(Area area) {
    switch (area) {
        case Area::Document:
            return "";
        case Area::Templates:
            return "templates/";
        case Area::Fonts:
            return "fonts/";
        case Area::Profiles:
            return "profiles/";
    }
    return "";
}

}  // namespace

void MemorySource::add(SourceName name, std::string bytes) {
    files_[std::move(name)] = std::move(bytes);
}

Result<std::string> MemorySource::read(const SourceName& name) const {
    if (auto it = files_.find(name); it != files_.end()) return it->second;
    return make_error({describe(name), 0, 0}, "no such file was given to potro");
}

Lookup MemorySource::find(const SourceName& name, const SourceName&) const {
    if (files_.count(name)) return Lookup::Found;
    // A name with files below it is a folder.
    const SourceName below{name.area, name.path + "/"};
    auto it = files_.lower_bound(below);
    if (it != files_.end() && it->first.area == name.area &&
        it->first.path.rfind(below.path, 0) == 0)
        return Lookup::NotAFile;
    return Lookup::Missing;
}

std::vector<std::string> MemorySource::list(const SourceName& folder) const {
    std::vector<std::string> out;
    const std::string prefix = folder.path.empty() ? "" : folder.path + "/";
    for (const auto& [name, bytes] : files_) {
        if (name.area != folder.area || name.path.rfind(prefix, 0) != 0) continue;
        const std::string rest = name.path.substr(prefix.size());
        if (rest.find('/') == std::string::npos) out.push_back(rest);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string MemorySource::describe(const SourceName& name) const {
    return area_prefix(name.area) + name.path;
}

}  // namespace potro
