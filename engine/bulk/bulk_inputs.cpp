#include "bulk/bulk_inputs.h"

#include <algorithm>
#include <filesystem>

#include "io/atomic_file.h"
#include "kinds/kind.h"

namespace potro {

namespace fs = std::filesystem;

bool looks_like_document(std::string_view s) {
    size_t i = 0;
    if (s.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    for (;;) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
        if (i >= s.size() || s[i] != '<') return true;
        if (s.substr(i, 4) == "<!--") {
            const size_t end = s.find("-->", i + 4);
            if (end == std::string_view::npos) return true;
            i = end + 3;
        } else if (s.substr(i, 2) == "<?" || s.substr(i, 2) == "<!") {
            const size_t end = s.find('>', i + 2);
            if (end == std::string_view::npos) return true;
            i = end + 1;
        } else {
            size_t j = i + 1;
            while (j < s.size() && s[j] != ' ' && s[j] != '>' && s[j] != '/' && s[j] != '\t' &&
                   s[j] != '\r' && s[j] != '\n')
                ++j;
            return find_kind(std::string(s.substr(i + 1, j - i - 1))) != nullptr;
        }
    }
}

bool looks_like_json_document(std::string_view s) {
    size_t i = 0;
    auto blanks = [&] {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
    };
    blanks();
    if (i >= s.size() || s[i] != '{') return false;
    ++i;
    blanks();
    if (i >= s.size() || s[i] != '"') return false;
    const size_t end = s.find('"', i + 1);
    if (end == std::string_view::npos) return false;
    return find_kind(std::string(s.substr(i + 1, end - i - 1))) != nullptr;
}

namespace {

// The first few kilobytes are enough to see the root element behind a long comment. A file
// that cannot be read counts as a document, so that the render reports why.
std::string head_of(const fs::path& p, const Source& source) {
    auto bytes = source.read_head({Area::Document, p.string()}, 16384);
    return bytes ? bytes.value() : std::string();
}

}  // namespace

Result<std::vector<BulkInput>> collect_bulk_inputs(const std::string& folder_or_manifest,
                                                   const Source& source) {
    std::error_code ec;
    const fs::path root(folder_or_manifest);
    std::vector<BulkInput> out;
    if (fs::is_directory(root, ec)) {
        fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied,
                                            ec);
        if (ec) {
            return make_error({folder_or_manifest, 0, 0},
                              "cannot read the folder: " + ec.message());
        }
        for (const auto& entry : it) {
            if (!entry.is_regular_file(ec)) continue;
            const std::string ext = entry.path().extension().string();
            // A JSON file is a document when its one key is a kind: other JSON is left alone.
            const bool taken = ext == ".xml" ? looks_like_document(head_of(entry.path(), source))
                               : ext == ".json"
                                   ? looks_like_json_document(head_of(entry.path(), source))
                                   : false;
            if (taken) out.push_back({entry.path().string(), std::nullopt});
        }
        std::sort(out.begin(), out.end(),
                  [](const BulkInput& a, const BulkInput& b) { return a.path < b.path; });
        return out;
    }
    auto text = source.read({Area::Document, folder_or_manifest});
    if (!text) {
        return make_error({folder_or_manifest, 0, 0},
                          "is neither a folder of documents nor a readable manifest");
    }
    const fs::path base = root.parent_path();
    const std::string& t = text.value();
    int line_no = 0;
    for (size_t a = 0; a < t.size();) {
        size_t b = t.find('\n', a);
        if (b == std::string::npos) b = t.size();
        std::string line = t.substr(a, b - a);
        a = b + 1;
        ++line_no;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.pop_back();
        size_t lead = 0;
        while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t')) ++lead;
        line.erase(0, lead);
        if (line.empty() || line[0] == '#') continue;
        const fs::path p = fs::path(line).is_absolute() ? fs::path(line) : base / line;
        BulkInput in{p.lexically_normal().string(), std::nullopt};
        if (!fs::is_regular_file(p, ec)) {
            in.missing = make_error(
                {folder_or_manifest, line_no, static_cast<int>(lead) + 1},
                "cannot find \"" + line + "\" (paths are relative to the manifest's folder)");
        }
        out.push_back(std::move(in));
    }
    return out;
}

}  // namespace potro
