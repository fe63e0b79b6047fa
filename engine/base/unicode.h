// Conversions between the encodings potro meets: UTF-8 files, UTF-16 text inside the engine
// (what ICU and PDF strings use), and code points.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "potro/diagnostic.h"

namespace potro {

// Decodes UTF-8; an invalid byte is an error naming its line and column in `file`.
Result<std::u16string> utf8_to_utf16(std::string_view utf8, const std::string& file);

std::string utf16_to_utf8(std::u16string_view text);

// For UTF-8 that potro itself holds (templates' words, formatted dates), known to be valid:
// invalid input gives an empty string rather than an error.
std::u16string utf16_of(std::string_view utf8);

// The code point at `i` (a surrogate pair counts as one) and the index after it.
char32_t code_point_at(std::u16string_view text, size_t i, size_t* next);

// Canonical composition (NFC), as all the seeds are stored.
std::u16string to_nfc(std::u16string_view text);

// Appends `cp` to `out` in UTF-16.
void append_code_point(std::u16string& out, char32_t cp);

// "U+09CD" style name of a code point, for messages.
std::string code_point_name(char32_t cp);

// Line and column (from 1, in code points) of UTF-16 index `index` in `text`.
SourcePos position_of(std::u16string_view text, size_t index, const std::string& file);
// The same for byte `at` of UTF-8 `text`.
SourcePos position_of(std::string_view text, size_t at, const std::string& file);

// Positions of many places in one UTF-8 text: its line starts are found once, so asking for
// each element of a long document stays linear.
class Utf8Positions {
  public:
    explicit Utf8Positions(std::string_view text);
    SourcePos at(size_t offset, const std::string& file) const;

  private:
    std::string_view text_;
    std::vector<size_t> starts_;  // byte offset of each line's start
};

}  // namespace potro
