#include "potro/source.h"

namespace potro {

SourceName SourceName::folder() const {
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos) return {area, ""};
    // "/x" keeps its root: the folder of an absolute path is still absolute.
    return {area, slash == 0 ? "/" : path.substr(0, slash)};
}

SourceName SourceName::join(const std::string& relative) const {
    if (path.empty()) return {area, relative};
    if (path.back() == '/') return {area, path + relative};
    return {area, path + "/" + relative};
}

}  // namespace potro
