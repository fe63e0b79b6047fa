// What a bulk export records beside each document's outputs: the hash of everything they
// were made from, and their page count. Written after the outputs, so a run killed before it
// renders the document again; a rerun whose hash matches skips the document.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace potro {

struct OutputRecord {
    std::string hash;
    size_t pages = 0;
};

std::optional<OutputRecord> read_output_record(const std::filesystem::path& path);
std::string output_record_text(const OutputRecord& record);

}  // namespace potro
