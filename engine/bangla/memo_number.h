// স্মারক নম্বর: the government's dotted file code plus the letter's serial.
// SI 2014: 7 codes of 2.2.4.3.2.3.2 digits (ministry, office, geo, branch, subject, file, year);
// SI 2024: 8 codes of 2.2.4.3.3.2.4.2 (a subordinate office before the branch, 4-digit file);
// the old 19-digit form 2.3.3.2.2.3.4. Each is followed by the letter's serial, optionally
// "/n" for the n-th endorsement and "(k)" for the number of copies.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "potro/diagnostic.h"

namespace potro {

enum class MemoLayout { Si2014, Si2024, Legacy19, FreeText };

struct MemoNumber {
    MemoLayout layout = MemoLayout::FreeText;
    std::vector<std::string> codes;  // ASCII digits, widths fixed by the layout
    std::string serial;              // the letter's serial, ASCII digits
    std::optional<int> endorsement;  // "/1"
    std::optional<int> copies;       // "(75)"
    std::string free_text;           // pre-digital numbers, printed as given

    // Bangla digits, dots between codes, no spaces: ৫৬.০৪.০০০০.০০০.০০৮.১৬.০০৩১.১৭.১৪৩৩
    std::string render() const;
    // The year the file was opened (last code), for the dotted layouts.
    std::optional<int> file_year() const;
    // The file code alone, ASCII digits with dots ("05.47.0000.005.06.006.22"): what a memo
    // register counts serials for. Empty for free text.
    std::string file_code() const;
};

// Reads a memo number written with Bangla or ASCII digits; commas read as dots and stray
// spaces are dropped (typing and OCR damage). Text that is not a dotted code at all is an error
// unless `allow_free_text`, when it is kept verbatim.
Result<MemoNumber> parse_memo_number(std::string_view text, bool allow_free_text);

// Reads a file code without the letter's serial ("০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২"), for a memo
// number whose serial a register assigns. The result's serial is empty.
Result<MemoNumber> parse_file_code(std::string_view text);

// A file opened after the letter was written is a typing mistake: a warning, not an error.
std::optional<std::string> memo_year_warning(const MemoNumber& memo, int letter_year);

}  // namespace potro
