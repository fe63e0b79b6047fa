// Bangla digits (০-৯): how official documents write every number.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace potro {

// "2025" -> "২০২৫"; other characters pass through unchanged. UTF-8 in, UTF-8 out.
std::string to_bangla_digits(std::string_view ascii_or_mixed);

// A non-negative number in Bangla digits, zero-padded to `width` digits.
std::string bangla_number(uint64_t value, int width = 0);

// Reads a number written in ASCII or Bangla digits (or a mix); nullopt if anything else.
std::optional<uint64_t> parse_any_digits(std::string_view utf8);

// Replaces Bangla digits with ASCII ones; other characters pass through.
std::string to_ascii_digits(std::string_view utf8);

}  // namespace potro
