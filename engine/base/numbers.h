// Numbers read from what a user wrote (attributes, template values, memo groups): the whole
// text or nothing, and never an exception — std::stoi throws on "abc" and on too many digits,
// and std::strtod takes "inf" and "nan" for numbers.
#pragma once

#include <optional>
#include <string_view>

namespace potro {

// A whole decimal integer (ASCII digits, an optional leading '-') that fits in a long long.
std::optional<long long> read_integer(std::string_view text);

// A whole finite decimal number ("18", "2.5", "-1"); no exponent-only, "inf" or "nan".
std::optional<double> read_decimal(std::string_view text);

}  // namespace potro
