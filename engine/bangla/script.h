// Which UTF-16 code units are Bangla: the Bengali block, its letters and digits, and the
// danda (U+0964, in the Devanagari block but the Bangla full stop).
#pragma once

namespace potro {

inline bool is_bangla_digit(char16_t c) {
    return c >= 0x09E6 && c <= 0x09EF;
}
inline bool is_bangla_letter(char16_t c) {
    return c >= 0x0980 && c < 0x09E6;
}
inline bool is_bangla_text(char16_t c) {
    return (c >= 0x0980 && c <= 0x09FF) || c == 0x0964 || c == 0x0965;
}

}  // namespace potro
