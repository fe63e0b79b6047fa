#include "bulk/output_record.h"

#include "io/atomic_file.h"

namespace potro {

namespace {

constexpr const char* kMagic = "potro-bulk-stamp 1";

}  // namespace

std::optional<OutputRecord> read_output_record(const std::filesystem::path& path) {
    auto text = read_file(path.string());
    if (!text) return std::nullopt;
    const std::string& t = text.value();
    if (t.rfind(std::string(kMagic) + "\n", 0) != 0) return std::nullopt;
    const size_t at = t.find("\nhash ");
    const size_t pg = t.find("\npages ");
    if (at == std::string::npos || pg == std::string::npos) return std::nullopt;
    OutputRecord r;
    r.hash = t.substr(at + 6, t.find('\n', at + 6) - at - 6);
    try {
        r.pages = std::stoul(t.substr(pg + 7));
    } catch (const std::exception&) {
        return std::nullopt;
    }
    return r;
}

std::string output_record_text(const OutputRecord& r) {
    return std::string(kMagic) + "\nhash " + r.hash + "\npages " + std::to_string(r.pages) + "\n";
}

}  // namespace potro
