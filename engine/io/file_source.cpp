// The file system as a Source: the one place below the command line where potro opens an
// input file. The clock is the caller's.
#include <dlfcn.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include "io/atomic_file.h"
#include "potro/source.h"

#ifndef POTRO_INSTALLED_DATA_DIR
#define POTRO_INSTALLED_DATA_DIR "/usr/local/share/potro"
#endif
#ifndef POTRO_SOURCE_DATA_DIR
#define POTRO_SOURCE_DATA_DIR "."
#endif
// The data folder relative to the installed library's and the installed program's folder.
#ifndef POTRO_DATA_FROM_LIB
#define POTRO_DATA_FROM_LIB "../share/potro"
#endif
#ifndef POTRO_DATA_FROM_BIN
#define POTRO_DATA_FROM_BIN "../share/potro"
#endif

namespace potro {

namespace fs = std::filesystem;

FileSource::FileSource(Folders folders, Clock clock)
    : folders_(std::move(folders)), clock_(std::move(clock)) {}

std::string FileSource::path_of(const SourceName& name) const {
    auto under = [&](const std::string& root) {
        if (!name.path.empty() && name.path.front() == '/') return name.path;
        if (root.empty()) return name.path.empty() ? std::string(".") : name.path;
        return name.path.empty() ? root : root + "/" + name.path;
    };
    switch (name.area) {
        case Area::Document:
            return name.path.empty() ? std::string(".") : name.path;
        case Area::Templates:
            return under(folders_.templates);
        case Area::Fonts:
            return under(folders_.fonts);
        case Area::Profiles: {
            std::error_code ec;
            // A profile given as a file stands for every profile name.
            if (fs::is_regular_file(folders_.profiles, ec)) return folders_.profiles;
            return under(folders_.profiles);
        }
    }
    return name.path;
}

Result<std::string> FileSource::read(const SourceName& name) const {
    return read_file(path_of(name));
}

Result<std::string> FileSource::read_head(const SourceName& name, size_t max_bytes) const {
    return read_file(path_of(name), max_bytes);
}

Lookup FileSource::find(const SourceName& name, const SourceName& folder) const {
    const fs::path candidate = path_of(name);
    std::error_code ec;
    if (!fs::exists(candidate, ec)) return Lookup::Missing;
    // A symbolic link may lead out of the folder: the file's real place must be inside.
    const fs::path real = fs::weakly_canonical(candidate, ec);
    const fs::path real_root = fs::weakly_canonical(path_of(folder), ec);
    const auto [r, c] = std::mismatch(real_root.begin(), real_root.end(), real.begin(), real.end());
    if (ec || r != real_root.end()) return Lookup::LeavesFolder;
    if (!fs::is_regular_file(candidate, ec)) return Lookup::NotAFile;
    return Lookup::Found;
}

std::vector<std::string> FileSource::list(const SourceName& folder) const {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(path_of(folder), ec)) {
        if (e.is_regular_file(ec)) out.push_back(e.path().filename().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string FileSource::describe(const SourceName& name) const {
    return path_of(name);
}

std::string FileSource::identity(const SourceName& name) const {
    std::error_code ec;
    const fs::path abs = fs::weakly_canonical(fs::absolute(path_of(name)), ec);
    return ec ? path_of(name) : abs.string();
}

FileSource::Folders installed_folders() {
    // Where this code was loaded from (libpotro.so, or a program that links potro
    // statically) finds the data installed beside it, wherever the prefix was moved; then the
    // prefix potro was configured for; then the source tree of a build used where it was made.
    std::error_code ec;
    auto has_data = [&](const fs::path& dir) {
        return fs::exists(dir / "templates" / "minutes.rng", ec);
    };
    std::vector<fs::path> candidates;
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&installed_folders), &info) && info.dli_fname) {
        const fs::path here = fs::weakly_canonical(fs::absolute(info.dli_fname), ec).parent_path();
        candidates.push_back(here / POTRO_DATA_FROM_LIB);
        candidates.push_back(here / POTRO_DATA_FROM_BIN);
    }
    candidates.emplace_back(POTRO_INSTALLED_DATA_DIR);
    fs::path root = POTRO_SOURCE_DATA_DIR;
    for (const fs::path& c : candidates) {
        if (has_data(c)) {
            root = c.lexically_normal();
            break;
        }
    }
    return {(root / "templates").string(), (root / "fonts").string(), "/usr/share/color/icc"};
}

Moment FileSource::now() const {
    return clock_ ? clock_() : Moment{};
}

}  // namespace potro
