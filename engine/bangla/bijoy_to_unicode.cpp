#include "bangla/bijoy_to_unicode.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "bangla/script.h"
#include "base/unicode.h"
#include "base/windows1252.h"

namespace potro {

namespace {

constexpr char16_t kHasanta = u'\u09CD';
// The reph while the text is put in order: a code point no Bangla or Bijoy text carries.
constexpr char16_t kReph = u'\uE000';

struct Code {
    const char16_t* bijoy;
    const char16_t* unicode;
};

// SutonnyMJ's glyph codes, as Windows-1252 characters, after the layout Bijoy publishes.
// A half form (ন্, স্ …) ends in hasanta and a phala or the second part of a conjunct starts
// with it; the two meet as one (¯ + Í is স্ত). Codes of two characters are read first.
// clang-format off
constexpr Code kCodes[] = {
    // Vowels.
    {u"Av", u"আ"}, {u"A", u"অ"}, {u"B", u"ই"}, {u"C", u"ঈ"}, {u"D", u"উ"}, {u"E", u"ঊ"},
    {u"F", u"ঋ"}, {u"G", u"এ"}, {u"H", u"ঐ"}, {u"I", u"ও"}, {u"J", u"ঔ"},
    // Consonants and the signs that follow a letter.
    {u"K", u"ক"}, {u"L", u"খ"}, {u"M", u"গ"}, {u"N", u"ঘ"}, {u"O", u"ঙ"}, {u"P", u"চ"},
    {u"Q", u"ছ"}, {u"R", u"জ"}, {u"S", u"ঝ"}, {u"T", u"ঞ"}, {u"U", u"ট"}, {u"V", u"ঠ"},
    {u"W", u"ড"}, {u"X", u"ঢ"}, {u"Y", u"ণ"}, {u"Z", u"ত"}, {u"_", u"থ"}, {u"`", u"দ"},
    {u"a", u"ধ"}, {u"b", u"ন"}, {u"c", u"প"}, {u"d", u"ফ"}, {u"e", u"ব"}, {u"f", u"ভ"},
    {u"g", u"ম"}, {u"h", u"য"}, {u"i", u"র"}, {u"j", u"ল"}, {u"k", u"শ"}, {u"l", u"ষ"},
    {u"m", u"স"}, {u"n", u"হ"}, {u"o", u"ড\u09BC"}, {u"p", u"ঢ\u09BC"}, {u"q", u"য\u09BC"},
    {u"r", u"ৎ"}, {u"s", u"ং"}, {u"t", u"ঃ"}, {u"u", u"ঁ"},
    // Vowel signs; ‡ † ˆ ‰ stand before their consonant.
    {u"v", u"া"}, {u"w", u"ি"}, {u"x", u"ী"}, {u"y", u"ু"}, {u"z", u"ু"}, {u"“", u"ু"},
    {u"æ", u"ু"}, {u"~", u"ূ"}, {u"ƒ", u"ূ"}, {u"‚", u"ূ"}, {u"„", u"ৃ"}, {u"…", u"ৃ"},
    {u"‡", u"ে"}, {u"†", u"ে"}, {u"ˆ", u"ৈ"}, {u"‰", u"ৈ"}, {u"Š", u"ৗ"},
    // Phalas and second parts of conjuncts.
    {u"¨", u"্য"}, {u"Ö", u"্র"}, {u"ª", u"্র"}, {u"«", u"্র"}, {u"¡", u"্ব"},
    {u"¦", u"্ব"}, {u"^", u"্ব"}, {u"Ÿ", u"্ব"}, {u"¥", u"্ম"}, {u"§", u"্ম"},
    {u"œ", u"্ন"}, {u"è", u"্ণ"}, {u"ø", u"্ল"}, {u"¬", u"্ল"}, {u"¢", u"্ভ"},
    {u"£", u"্ভ্র"}, {u"—", u"্ত"}, {u"Í", u"্ত"}, {u"‘", u"্তু"}, {u"’", u"্থ"},
    {u"¿", u"্ত্র"}, {u"‹", u"্ক"}, {u"Œ", u"্ক্র"}, {u"ú", u"্প"}, {u"&", u"্"},
    // Half forms.
    {u"¤", u"ম্"}, {u"¯", u"স্"}, {u"®", u"ষ্"}, {u"š", u"ন্"}, {u"›", u"ন্"},
    {u"”", u"চ্"}, {u"•", u"ঙ্"}, {u"˜", u"দ্"}, {u"™", u"দ্"},
    // Conjuncts drawn as one glyph.
    {u"°", u"ক্ক"}, {u"±", u"ক্ট"}, {u"²", u"ক্ষ্ম"}, {u"³", u"ক্ত"}, {u"´", u"ক্ম"},
    {u"µ", u"ক্র"}, {u"¶", u"ক্ষ"}, {u"ÿ", u"ক্ষ"}, {u"·", u"ক্স"}, {u"¸", u"গু"},
    {u"¹", u"গ্গ"}, {u"»", u"গ্ধ"}, {u"¼", u"ঙ্ক"}, {u"½", u"ঙ্গ"}, {u"¾", u"জ্জ"},
    {u"À", u"জ্ঝ"}, {u"Á", u"জ্ঞ"}, {u"Â", u"ঞ্চ"}, {u"Ã", u"ঞ্ছ"}, {u"Ä", u"ঞ্জ"},
    {u"Å", u"ঞ্ঝ"}, {u"Æ", u"ট্ট"}, {u"Ç", u"ড্ড"}, {u"È", u"ণ্ট"}, {u"É", u"ণ্ঠ"},
    {u"Ê", u"ণ্ড"}, {u"Ë", u"ত্ত"}, {u"Ì", u"ত্থ"}, {u"Î", u"ত্র"}, {u"Ï", u"দ্দ"},
    {u"×", u"দ্ধ"}, {u"Ø", u"দ্ব"}, {u"Ù", u"দ্ম"}, {u"Ú", u"ন্ঠ"}, {u"Û", u"ন্ড"},
    {u"Ü", u"ন্ধ"}, {u"Ý", u"ন্স"}, {u"Þ", u"প্ট"}, {u"ß", u"প্ত"}, {u"à", u"প্প"},
    {u"á", u"প্স"}, {u"â", u"ব্জ"}, {u"ã", u"ব্দ"}, {u"ä", u"ব্ধ"}, {u"å", u"ভ্র"},
    {u"ç", u"ম্ফ"}, {u"é", u"ল্ক"}, {u"ê", u"ল্গ"}, {u"ë", u"ল্ট"}, {u"ì", u"ল্ড"},
    {u"í", u"ল্প"}, {u"î", u"ল্ফ"}, {u"ï", u"শু"}, {u"ð", u"শ্চ"}, {u"ñ", u"শ্ছ"},
    {u"ò", u"ষ্ণ"}, {u"ó", u"ষ্ট"}, {u"ô", u"ষ্ঠ"}, {u"õ", u"ষ্ফ"}, {u"ö", u"স্খ"},
    {u"÷", u"স্ট"}, {u"ù", u"স্ফ"}, {u"û", u"হু"}, {u"ü", u"হৃ"}, {u"ý", u"হ্ন"},
    {u"þ", u"হ্ম"},
    // র + ya-phala is drawn apart from a reph: র, zero-width joiner, ্য.
    {u"i¨", u"র\u200D্য"}, {u"©", u"\uE000"},
    // Punctuation and digits.
    {u"|", u"।"}, {u"Ô", u"‘"}, {u"Õ", u"’"}, {u"Ò", u"“"}, {u"Ó", u"”"}, {u"Ñ", u"—"},
    {u"0", u"০"}, {u"1", u"১"}, {u"2", u"২"}, {u"3", u"৩"}, {u"4", u"৪"}, {u"5", u"৫"},
    {u"6", u"৬"}, {u"7", u"৭"}, {u"8", u"৮"}, {u"9", u"৯"},
};
// clang-format on

struct CodeTable {
    std::unordered_map<std::u16string, std::u16string> codes;
    size_t longest = 1;
    CodeTable() {
        for (const Code& c : kCodes) {
            const std::u16string key = c.bijoy;
            codes.emplace(key, c.unicode);
            if (key.size() > longest) longest = key.size();
        }
    }
};

const CodeTable& code_table() {
    static const CodeTable table;
    return table;
}

bool is_consonant(char16_t c) {
    return (c >= u'\u0995' && c <= u'\u09B9') || (c >= u'\u09DC' && c <= u'\u09DF');
}

bool is_pre_base(char16_t c) {
    return c == u'ি' || c == u'ে' || c == u'ৈ';
}

bool is_vowel_sign(char16_t c) {
    return (c >= u'\u09BE' && c <= u'\u09CC') || c == u'\u09D7';
}

// The end of the consonant cluster starting at `i` (a consonant, its nukta, and each
// hasanta-joined consonant after it), or `i` when no consonant stands there.
size_t cluster_end(const std::u16string& s, size_t i) {
    if (i >= s.size() || !is_consonant(s[i])) return i;
    ++i;
    for (;;) {
        if (i < s.size() && s[i] == u'\u09BC') ++i;
        size_t j = i;
        if (j < s.size() && s[j] == u'\u200D') ++j;
        if (j + 1 < s.size() && s[j] == kHasanta && is_consonant(s[j + 1])) {
            i = j + 2;
            continue;
        }
        return i;
    }
}

// The start of the consonant cluster that ends just before `end`.
size_t cluster_start(const std::u16string& s, size_t end) {
    size_t i = end;
    if (i > 0 && s[i - 1] == u'\u09BC') --i;
    if (i == 0 || !is_consonant(s[i - 1])) return end;
    --i;
    for (;;) {
        size_t j = i;
        if (j >= 2 && s[j - 1] == kHasanta) {
            size_t k = j - 1;
            if (k >= 1 && s[k - 1] == u'\u200D') --k;
            size_t c = k;
            if (c >= 1 && s[c - 1] == u'\u09BC') --c;
            if (c >= 1 && is_consonant(s[c - 1])) {
                i = c - 1;
                continue;
            }
        }
        return i;
    }
}

// A Windows-1252 sign read as Latin-1 arrives as a C1 control character (U+0080–U+009F):
// each as the sign it was.
std::u16string with_signs_for_controls(std::u16string_view in) {
    static const std::u16string signs = [] {
        std::string bytes;
        for (int b = 0x80; b <= 0x9F; ++b) bytes.push_back(static_cast<char>(b));
        return windows1252_to_utf16(bytes);
    }();
    std::u16string out(in);
    for (char16_t& c : out) {
        if (c >= 0x80 && c <= 0x9F && signs.size() == 0x20) c = signs[c - 0x80];
    }
    return out;
}

// Each code to its letters, longest codes first; a half form's hasanta and the following
// phala's meet as one.
std::u16string map_codes(std::u16string_view in) {
    const CodeTable& table = code_table();
    std::u16string out;
    out.reserve(in.size() * 2);
    size_t i = 0;
    while (i < in.size()) {
        size_t len = std::min(table.longest, in.size() - i);
        for (; len >= 1; --len) {
            auto found = table.codes.find(std::u16string(in.substr(i, len)));
            if (found == table.codes.end()) continue;
            std::u16string_view piece = found->second;
            if (!out.empty() && out.back() == kHasanta && !piece.empty() && piece[0] == kHasanta)
                piece.remove_prefix(1);
            out.append(piece);
            break;
        }
        if (len == 0) {
            out.push_back(in[i]);
            len = 1;
        }
        i += len;
    }
    return out;
}

// ি ে ৈ typed before their cluster go after it; ে then া or ৗ becomes ো or ৌ.
std::u16string place_pre_base_signs(const std::u16string& s) {
    std::u16string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        const char16_t sign = s[i];
        const size_t end = is_pre_base(sign) ? cluster_end(s, i + 1) : i + 1;
        if (!is_pre_base(sign) || end == i + 1) {
            out.push_back(sign);
            ++i;
            continue;
        }
        out.append(s, i + 1, end - i - 1);
        i = end;
        if (sign == u'ে' && i < s.size() && s[i] == u'া') {
            out.push_back(u'ো');
            ++i;
        } else if (sign == u'ে' && i < s.size() && s[i] == u'ৗ') {
            out.push_back(u'ৌ');
            ++i;
        } else {
            out.push_back(sign);
        }
    }
    return out;
}

// The reph, typed after its cluster (and the vowel signs on it), goes before the cluster.
std::u16string place_rephs(std::u16string s) {
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != kReph) continue;
        size_t end = i;
        while (end > 0 && is_vowel_sign(s[end - 1])) --end;
        const size_t start = cluster_start(s, end);
        s.erase(i, 1);
        s.insert(start, u"র্");
        ++i;
    }
    return s;
}

// Web and e-mail addresses are typed in Latin letters even in Bijoy documents.
bool is_address(std::u16string_view token) {
    return token.find(u'@') != std::u16string_view::npos ||
           token.find(u"://") != std::u16string_view::npos || token.substr(0, 4) == u"www.";
}

std::u16string converted_words(std::u16string_view part) {
    std::u16string out;
    size_t i = 0;
    while (i < part.size()) {
        size_t end = i;
        const bool space = part[i] == u' ' || part[i] == u'\n' || part[i] == u'\t';
        while (end < part.size() &&
               (part[end] == u' ' || part[end] == u'\n' || part[end] == u'\t') == space)
            ++end;
        const std::u16string_view token = part.substr(i, end - i);
        if (space || is_address(token))
            out.append(token);
        else
            out.append(
                place_rephs(place_pre_base_signs(map_codes(with_signs_for_controls(token)))));
        i = end;
    }
    return out;
}

}  // namespace

std::u16string bijoy_to_unicode(std::u16string_view bijoy) {
    // Unicode Bangla already in the text stays as it is: only the stretches between it are
    // Bijoy's codes, put in order each on its own.
    std::u16string out;
    size_t i = 0;
    while (i < bijoy.size()) {
        size_t end = i;
        const bool bangla = is_bangla_text(bijoy[i]);
        while (end < bijoy.size() && is_bangla_text(bijoy[end]) == bangla) ++end;
        const std::u16string_view part = bijoy.substr(i, end - i);
        out.append(bangla ? std::u16string(part) : converted_words(part));
        i = end;
    }
    return to_nfc(out);
}

}  // namespace potro
