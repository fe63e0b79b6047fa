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

std::string output_stem(const Minutes& minutes, const std::string& input_path) {
    std::optional<GregorianDate> date =
        minutes.issue ? std::optional(minutes.issue->date) : minutes.meeting.date;
    std::string stem = date ? format_iso_date(*date) : "undated";
    const bool dotted = minutes.issue && minutes.issue->memo.layout != MemoLayout::FreeText &&
                        !minutes.issue->memo.serial.empty();
    if (dotted) {
        const MemoNumber& m = minutes.issue->memo;
        stem += "_" + m.file_code() + "." + m.serial;
        if (m.endorsement) stem += "-" + std::to_string(*m.endorsement);
    } else {
        stem += "_" + portable(std::filesystem::path(input_path).stem().string());
    }
    return stem;
}

}  // namespace potro
