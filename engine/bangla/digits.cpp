#include "bangla/digits.h"

namespace potro {

namespace {
// U+09E6 BENGALI DIGIT ZERO is E0 A7 A6 in UTF-8; the ten digits differ only in the last byte.
constexpr unsigned char kLead0 = 0xE0, kLead1 = 0xA7, kZeroLast = 0xA6;

bool bangla_digit_at(std::string_view s, size_t i, int* digit) {
    if (i + 3 > s.size()) return false;
    const auto b0 = static_cast<unsigned char>(s[i]);
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if (b0 != kLead0 || b1 != kLead1 || b2 < kZeroLast || b2 > kZeroLast + 9) return false;
    *digit = b2 - kZeroLast;
    return true;
}
}  // namespace

std::string to_bangla_digits(std::string_view in) {
    std::string out;
    out.reserve(in.size() * 3);
    for (char c : in) {
        if (c >= '0' && c <= '9') {
            out += static_cast<char>(kLead0);
            out += static_cast<char>(kLead1);
            out += static_cast<char>(kZeroLast + (c - '0'));
        } else {
            out += c;
        }
    }
    return out;
}

std::string bangla_number(uint64_t value, int width) {
    std::string ascii = std::to_string(value);
    while (static_cast<int>(ascii.size()) < width) ascii.insert(ascii.begin(), '0');
    return to_bangla_digits(ascii);
}

std::string to_ascii_digits(std::string_view in) {
    std::string out;
    for (size_t i = 0; i < in.size();) {
        int d;
        if (i + 3 <= in.size() && bangla_digit_at(in, i, &d)) {
            out += static_cast<char>('0' + d);
            i += 3;
        } else {
            out += in[i++];
        }
    }
    return out;
}

std::optional<uint64_t> parse_any_digits(std::string_view in) {
    const std::string ascii = to_ascii_digits(in);
    if (ascii.empty() || ascii.size() > 18) return std::nullopt;
    uint64_t v = 0;
    for (char c : ascii) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + static_cast<uint64_t>(c - '0');
    }
    return v;
}

}  // namespace potro
