#include "bangla/bijoy.h"

#include "bangla/script.h"

namespace potro {

namespace {

bool is_latin_letter(char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Signs SutonnyMJ uses for Bangla vowel signs and conjunct parts, which English text does not
// carry inside words.
bool is_bijoy_sign(char16_t c) {
    switch (c) {
        case u'\u2021':  // ‡ ে
        case u'\u2020':  // † ে (before a conjunct)
        case u'\u02C6':  // ˆ ৈ
        case u'\u00A9':  // © reph
        case u'\u00A8':  // ¨ ya-phala
        case u'\u00D6':  // Ö ra-phala
        case u'\u00AF':  // ¯ স-conjuncts
        case u'\u00B3':  // ³ ক্ত
        case u'\u00DF':  // ß প্ত
        case u'\u00CE':  // Î ত্র
        case u'~':       // ূ
        case u'\u0060':  // ` দ
            return true;
        default:
            return false;
    }
}

}  // namespace

bool looks_like_bijoy(std::u16string_view run) {
    int letters = 0, v = 0, signs = 0, inner_capitals = 0;
    char16_t previous = 0;
    for (char16_t c : run) {
        if (is_bangla_text(c)) return false;  // real Bangla: not a Bijoy run
        if (is_latin_letter(c)) {
            ++letters;
            if (c == u'v') ++v;
            if (c >= u'A' && c <= u'Z' && previous >= u'a' && previous <= u'z') ++inner_capitals;
        } else if (is_bijoy_sign(c) && (is_latin_letter(previous) || previous == 0)) {
            ++signs;
        }
        previous = c;
    }
    if (letters < 6) return false;
    // Each clue alone happens in English ("Vivek", "eNothi", "© 2025"); a sign with one more
    // clue, or many v's with several capitals inside words, does not.
    const bool many_v = v * 100 >= letters * 6;
    if (signs > 0 && (many_v || inner_capitals > 0 || signs >= 2)) return true;
    return letters >= 12 && v * 100 >= letters * 12 && inner_capitals >= 2;
}

std::u16string_view first_bijoy_run(std::u16string_view text) {
    size_t start = 0;
    while (start < text.size()) {
        while (start < text.size() && is_bangla_text(text[start])) ++start;
        size_t end = start;
        while (end < text.size() && !is_bangla_text(text[end])) ++end;
        const std::u16string_view run = text.substr(start, end - start);
        if (looks_like_bijoy(run)) return run;
        start = end;
    }
    return {};
}

}  // namespace potro
