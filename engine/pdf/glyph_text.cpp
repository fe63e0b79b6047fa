#include "pdf/glyph_text.h"

namespace potro::pdf {

namespace {

// The two-part vowel signs are drawn as two glyphs around the consonant; their canonical
// decompositions give each piece a character of its own.
void append_split(std::u16string& out, char16_t c) {
    switch (c) {
        case 0x09CB:  // ো = ে + া
            out += u"\u09C7\u09BE";
            break;
        case 0x09CC:  // ৌ = ে + ৗ
            out += u"\u09C7\u09D7";
            break;
        default:
            out += c;
    }
}

}  // namespace

ClusterText cluster_text(std::u16string_view text, std::span<const FrameGlyph> glyphs) {
    ClusterText out;
    const size_t n = glyphs.size();
    out.glyph_text.resize(n);
    if (n == 0) return out;
    bool positioned = false;
    for (const auto& g : glyphs) positioned |= g.dx != 0 || g.dy != 0 || g.advance == 0;

    if (n == 1) {
        out.glyph_text[0] = std::u16string(text);
        out.needs_actual_text = positioned;
        return out;
    }
    std::u16string chars;
    for (char16_t c : text) append_split(chars, c);
    // Each glyph in drawing order takes the next character; the last takes what is left. The
    // strings then read in logical order whatever order the glyphs are drawn in.
    size_t next = 0;
    for (size_t k = 0; k < n; ++k) {
        if (next >= chars.size()) break;
        if (k + 1 == n) {
            out.glyph_text[k] = chars.substr(next);
        } else {
            // Keep a surrogate pair together.
            size_t len = (chars[next] >= 0xD800 && chars[next] < 0xDC00) ? 2 : 1;
            out.glyph_text[k] = chars.substr(next, len);
            next += len;
        }
    }
    out.needs_actual_text = true;
    return out;
}

}  // namespace potro::pdf
