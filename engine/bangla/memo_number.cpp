#include "bangla/memo_number.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

#include "bangla/digits.h"
#include "base/numbers.h"

namespace potro {

namespace {

struct LayoutSpec {
    MemoLayout layout;
    std::vector<size_t> widths;
    // How offices speak of the layout, its groups, and a number written in it.
    const char* name;
    std::vector<const char*> groups;
    const char* example;
};

const std::array<LayoutSpec, 3> kLayouts = {{
    {MemoLayout::Si2014,
     {2, 2, 4, 3, 2, 3, 2},
     "an 18-digit file code (Secretariat Instructions 2014: ২.২.৪.৩.২.৩.২)",
     {"ministry or division", "office", "geographic", "branch", "subject", "file", "year"},
     "০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২.৪০১"},
    {MemoLayout::Si2024,
     {2, 2, 4, 3, 3, 2, 4, 2},
     "a 22-digit file code (Secretariat Instructions 2024: ২.২.৪.৩.৩.২.৪.২)",
     {"ministry or division", "office", "geographic", "subordinate office", "branch", "subject",
      "file", "year"},
     "৫৬.০৪.০০০০.০০০.০০৮.১৬.০০৩১.১৭.১৪৩৩"},
    {MemoLayout::Legacy19,
     {2, 3, 3, 2, 2, 3, 4},
     "an old 19-digit file code (২.৩.৩.২.২.৩.৪)",
     {"first", "second", "third", "fourth", "fifth", "sixth", "year"},
     "০৫.২০৬.০৩৩.০০.০০.০৬৮.২০০৮.৮৭"},
}};

std::string normalize(std::string_view text) {
    std::string s = to_ascii_digits(text);
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t') continue;
        // U+200B..U+200D (E2 80 8B..8D): invisible joiners pasted from other documents.
        if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            static_cast<unsigned char>(s[i + 2]) >= 0x8B &&
            static_cast<unsigned char>(s[i + 2]) <= 0x8D) {
            i += 2;
            continue;
        }
        out += c == ',' ? '.' : static_cast<char>(c);
    }
    return out;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out(1);
    for (char c : s) {
        if (c == sep) {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    return out;
}

bool widths_match(const std::vector<std::string>& codes, size_t from, size_t count,
                  const std::vector<size_t>& widths, size_t skip = SIZE_MAX) {
    size_t c = from;
    for (size_t w = 0; w < widths.size(); ++w) {
        if (w == skip) continue;
        if (c >= from + count || codes[c].size() != widths[w]) return false;
        ++c;
    }
    return c == from + count;
}

std::string digits_word(size_t n) {
    return std::to_string(n) + (n == 1 ? " digit" : " digits");
}

std::string group_words(size_t index, const LayoutSpec& spec) {
    return "group " + std::to_string(index + 1) + " (the " + spec.groups[index] + " code, " +
           digits_word(spec.widths[index]) + ")";
}

// What is wrong with `codes` (the groups before the serial, or the whole file code), said in
// terms of the layout they come closest to: a group of the wrong width, one group missing or
// one too many, or the serial missing or present where it should not be.
std::string diagnose(const std::vector<std::string>& codes, bool with_serial) {
    const size_t n = codes.size();
    const auto example = [&](const LayoutSpec& spec) {
        std::string e = spec.example;
        if (!with_serial) e.erase(e.rfind('.'));
        return "; for example " + e;
    };
    for (const LayoutSpec& spec : kLayouts) {
        const size_t k = spec.widths.size();
        if (with_serial && n + 1 == k && widths_match(codes, 0, n, spec.widths, k - 1)) {
            // Every group is a file code group: the serial at the end was left out (or written
            // after a '/', which marks an endorsement).
            return "is " + std::string(spec.name) +
                   " without the letter's serial; the serial (the last group) is missing" +
                   example(spec);
        }
        if (!with_serial && n == k + 1 && widths_match(codes, 0, k, spec.widths)) {
            return "ends with a serial (" + to_bangla_digits(codes.back()) +
                   "); the register gives the serial, so write the file code alone" + example(spec);
        }
    }
    // One group of the wrong width is the likeliest slip; then a group left out or typed twice;
    // then, for the right number of groups, the first that is wrong.
    const auto wrong_width = [&](size_t most) -> std::string {
        for (const LayoutSpec& spec : kLayouts) {
            if (spec.widths.size() != n) continue;
            size_t wrong = 0, first = n;
            for (size_t i = 0; i < n; ++i) {
                if (codes[i].size() == spec.widths[i]) continue;
                ++wrong;
                first = std::min(first, i);
            }
            if (wrong == 0 || wrong > most) continue;
            return "looks like " + std::string(spec.name) + ", but " + group_words(first, spec) +
                   " is " + to_bangla_digits(codes[first]) + ", " +
                   digits_word(codes[first].size()) + example(spec);
        }
        return {};
    };
    if (std::string one = wrong_width(1); !one.empty()) return one;
    for (const LayoutSpec& spec : kLayouts) {
        const size_t k = spec.widths.size();
        for (size_t i = 0; i < k && n + 1 == k; ++i) {
            if (widths_match(codes, 0, n, spec.widths, i)) {
                return "looks like " + std::string(spec.name) + " with " + group_words(i, spec) +
                       " missing" + example(spec);
            }
        }
        for (size_t i = 0; i < n && n == k + 1; ++i) {
            std::vector<std::string> rest = codes;
            rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(i));
            if (widths_match(rest, 0, k, spec.widths)) {
                return "looks like " + std::string(spec.name) +
                       " with one group too many: " + to_bangla_digits(codes[i]) + " (group " +
                       std::to_string(i + 1) + ")" + example(spec);
            }
        }
    }
    if (std::string first = wrong_width(SIZE_MAX); !first.empty()) return first;
    return "has " + std::to_string(n + (with_serial ? 1 : 0)) + " groups; write " +
           std::string(kLayouts[0].name) + " or " + kLayouts[1].name +
           (with_serial ? ", then the letter's serial" : "") + example(kLayouts[0]);
}

// The layout whose code widths `codes` match, or an error saying what does not.
Result<MemoNumber> classify(std::vector<std::string> codes, std::string_view text, const char* what,
                            bool with_serial) {
    for (const LayoutSpec& spec : kLayouts) {
        if (!widths_match(codes, 0, codes.size(), spec.widths)) continue;
        MemoNumber memo;
        memo.layout = spec.layout;
        memo.codes = std::move(codes);
        return memo;
    }
    return make_error(
        {}, std::string(what) + " \"" + std::string(text) + "\" " + diagnose(codes, with_serial));
}

}  // namespace

std::string MemoNumber::render() const {
    if (layout == MemoLayout::FreeText) return free_text;
    std::string s;
    for (const auto& c : codes) s += c + ".";
    s += serial;
    if (endorsement) s += "/" + std::to_string(*endorsement);
    if (copies) s += "(" + std::to_string(*copies) + ")";
    return to_bangla_digits(s);
}

std::string MemoNumber::file_code() const {
    std::string s;
    for (const auto& c : codes) s += (s.empty() ? "" : ".") + c;
    return s;
}

std::optional<int> MemoNumber::file_year() const {
    if (layout == MemoLayout::FreeText || codes.empty()) return std::nullopt;
    const auto year = read_integer(codes.back());
    if (!year || *year < 0 || *year > 99999) return std::nullopt;
    return static_cast<int>(*year);
}

Result<MemoNumber> parse_memo_number(std::string_view text, bool allow_free_text) {
    std::string s = normalize(text);
    MemoNumber memo;
    // Suffixes: "(k)" copies, then "/n" endorsement.
    if (!s.empty() && s.back() == ')') {
        const size_t open = s.rfind('(');
        const std::string inside =
            open == std::string::npos ? "" : s.substr(open + 1, s.size() - open - 2);
        if (open != std::string::npos && !inside.empty() && all_digits(inside) &&
            inside.size() <= 6) {
            memo.copies = static_cast<int>(*read_integer(inside));
            s.erase(open);
        }
    }
    if (const size_t slash = s.rfind('/');
        slash != std::string::npos && all_digits(s.substr(slash + 1)) && slash + 1 < s.size() &&
        s.size() - slash - 1 <= 6 && slash > 0) {
        memo.endorsement = static_cast<int>(*read_integer(s.substr(slash + 1)));
        s.erase(slash);
    }
    // The old style puts "-" before the letter's serial.
    if (const size_t dash = s.rfind('-'); dash != std::string::npos) s[dash] = '.';

    const std::vector<std::string> parts = split(s, '.');
    bool dotted = parts.size() >= 4;
    for (const auto& p : parts) dotted = dotted && all_digits(p);
    if (!dotted && !allow_free_text) {
        // The letter O typed for the digit zero (০/0): said as such, not as "not a file code".
        std::string zeros = s;
        for (char& c : zeros) {
            if (c == 'O' || c == 'o') c = '0';
        }
        if (zeros != s) {
            const std::vector<std::string> fixed = split(zeros, '.');
            bool all = fixed.size() >= 4;
            for (const auto& p : fixed) all = all && all_digits(p);
            if (all) {
                return make_error({}, "the memo number \"" + std::string(text) +
                                          "\" has the letter O where the digit ০ (zero) "
                                          "belongs; type the zeros as digits");
            }
        }
    }
    if (!dotted) {
        if (allow_free_text) {
            memo = MemoNumber();
            memo.free_text = std::string(text);
            return memo;
        }
        return make_error({}, "the memo number \"" + std::string(text) +
                                  "\" is not a dotted file code (digits separated by dots); "
                                  "write it as e.g. ০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২.৪০১, or mark a "
                                  "pre-digital number with format=\"free\"");
    }
    // The last part is the letter's serial.
    auto classified = classify(std::vector<std::string>(parts.begin(), parts.end() - 1), text,
                               "the memo number", true);
    if (!classified && memo.endorsement) {
        // "…২২/৪০১": the serial typed after a slash. A slash marks the n-th endorsement, so
        // say how the number is written instead of guessing which was meant.
        auto as_serial = classify(parts, text, "the memo number", true);
        if (as_serial) {
            const std::string serial = to_bangla_digits(std::to_string(*memo.endorsement));
            const std::string end = "…." + to_bangla_digits(parts.back()) + ".";
            return make_error({}, "the memo number \"" + std::string(text) +
                                      "\" has its serial after a /; write a dot before the "
                                      "serial (" +
                                      end + serial + "); a / marks the n-th endorsement (" + end +
                                      serial + "/১)");
        }
    }
    if (!classified) return classified.error();
    classified.value().serial = parts.back();
    classified.value().endorsement = memo.endorsement;
    classified.value().copies = memo.copies;
    return classified;
}

Result<MemoNumber> parse_file_code(std::string_view text) {
    const std::vector<std::string> parts = split(normalize(text), '.');
    bool dotted = parts.size() >= 3;
    for (const auto& p : parts) dotted = dotted && all_digits(p);
    if (!dotted) {
        return make_error({}, "the file code \"" + std::string(text) +
                                  "\" is not a dotted code (digits separated by dots); write it "
                                  "without the letter's serial, e.g. ০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২");
    }
    return classify(parts, text, "the file code", false);
}

std::optional<std::string> memo_year_warning(const MemoNumber& memo, int letter_year) {
    const auto y = memo.file_year();
    if (!y || memo.layout == MemoLayout::Legacy19) return std::nullopt;
    if (2000 + *y > letter_year) {
        return "the memo number says the file was opened in " + std::to_string(2000 + *y) +
               ", after the letter's date (" + std::to_string(letter_year) +
               "); check the year code";
    }
    return std::nullopt;
}

}  // namespace potro
