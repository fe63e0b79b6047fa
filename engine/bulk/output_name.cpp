#include "bulk/output_name.h"

#include <cstdio>
#include <filesystem>

namespace potro {

namespace {

// Keeps a name portable: letters, digits, '.', '-' and '_' stay; anything else becomes '-'.
std::string portable(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        const bool keep = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                          (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '_' || c >= 0x80;
        out += keep ? static_cast<char>(c) : '-';
    }
    return out;
}

}  // namespace

std::string output_stem(const Document& doc, const std::string& input_path) {
    const std::optional<GregorianDate> date = doc.facts().date;
    std::string stem = date ? format_iso_date(*date) : "undated";
    const MemoLine* line = doc.memo_line();
    if (line && line->memo.layout != MemoLayout::FreeText && !line->memo.serial.empty()) {
        const MemoNumber& m = line->memo;
        stem += "_" + m.file_code() + "." + m.serial;
        if (m.endorsement) stem += "-" + std::to_string(*m.endorsement);
    } else {
        stem += "_" + portable(std::filesystem::path(input_path).stem().string());
    }
    return stem;
}

}  // namespace potro
