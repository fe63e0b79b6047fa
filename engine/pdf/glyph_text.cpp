#include "pdf/glyph_text.h"

#include <unicode/uchar.h>

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

bool is_mark(char16_t c) {
    const auto type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR;
}

}  // namespace

bool has_mark(std::u16string_view text) {
    for (char16_t c : text) {
        if (is_mark(c)) return true;
    }
    return false;
}

ClusterText cluster_text(std::u16string_view text, std::span<const PositionedGlyph> glyphs) {
    ClusterText out;
    const size_t n = glyphs.size();
    if (n == 0) return out;
    bool positioned = false;
    for (const auto& g : glyphs) positioned |= g.dx != 0 || g.dy != 0 || g.advance == 0;

    bool has_mark = false;
    for (char16_t c : text) has_mark |= is_mark(c);
    if (n == 1 && !has_mark) {
        out.pieces.push_back({0, std::u16string(text)});
        out.needs_actual_text = positioned;
        return out;
    }

    std::u16string chars;
    for (char16_t c : text) append_split(chars, c);
    // Walk the glyphs in drawing order, handing out the characters in logical order. An
    // advancing glyph takes one non-mark character (marks before it go to a carrier); a
    // zero-width glyph takes the next character, and where characters are to spare a carrier
    // after it takes the next one too, so that the writer can place that carrier to bring
    // MuPDF's notion of the pen back to where the next glyph starts.
    size_t bases_left = 0;
    for (char16_t c : chars) bases_left += !is_mark(c);
    size_t advancing_left = 0;
    for (const auto& g : glyphs) advancing_left += g.advance != 0;
    size_t p = 0;
    auto take = [&](size_t count) {
        std::u16string t = chars.substr(p, count);
        for (char16_t c : t) bases_left -= !is_mark(c);
        p += count;
        return t;
    };
    for (size_t k = 0; k < n; ++k) {
        const int g = static_cast<int>(k);
        if (glyphs[k].advance != 0) {
            --advancing_left;
            size_t marks = 0;
            while (p + marks < chars.size() && is_mark(chars[p + marks])) ++marks;
            if (marks > 0) out.pieces.push_back({DrawPiece::kCarrier, take(marks)});
            out.pieces.push_back({g, p < chars.size() ? take(1) : u""});
        } else {
            out.pieces.push_back({g, p < chars.size() ? take(1) : u""});
            if (p < chars.size() && bases_left > advancing_left && !is_mark(chars[p])) {
                out.pieces.push_back({DrawPiece::kCarrier, take(1)});
            }
        }
    }
    if (p < chars.size()) out.pieces.push_back({DrawPiece::kCarrier, take(chars.size() - p)});
    out.needs_actual_text = true;
    return out;
}

}  // namespace potro::pdf
