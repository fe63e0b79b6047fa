// Comma-separated files as spreadsheets read them (RFC 4180): a field quoted only when it
// must be.
#pragma once

#include <string>

namespace potro {

// `s` as one CSV field: in double quotes, doubling any inside, when it holds a comma, a quote
// or a line break.
std::string csv_field(const std::string& s);

// Starts a UTF-8 CSV file so that spreadsheet programs read its Bangla as UTF-8.
inline constexpr const char* kCsvByteOrderMark = "\xEF\xBB\xBF";

}  // namespace potro
