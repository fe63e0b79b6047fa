#include "bangla/memo_number.h"

#include <array>

#include "bangla/digits.h"

namespace potro {

namespace {

struct LayoutSpec {
    MemoLayout layout;
    std::vector<size_t> widths;
    const char* name;
};

const std::array<LayoutSpec, 3> kLayouts = {{
    {MemoLayout::Si2014, {2, 2, 4, 3, 2, 3, 2}, "২.২.৪.৩.২.৩.২ (সচিবালয় নির্দেশমালা ২০১৪)"},
    {MemoLayout::Si2024, {2, 2, 4, 3, 3, 2, 4, 2}, "২.২.৪.৩.৩.২.৪.২ (সচিবালয় নির্দেশমালা ২০২৪)"},
    {MemoLayout::Legacy19, {2, 3, 3, 2, 2, 3, 4}, "২.৩.৩.২.২.৩.৪ (১৯ অঙ্কের পুরোনো রূপ)"},
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

// The layout whose code widths `codes` match, or an error naming the first code that does not.
Result<MemoNumber> classify(std::vector<std::string> codes, std::string_view text,
                            const char* what) {
    std::string mismatch;
    for (const LayoutSpec& spec : kLayouts) {
        if (spec.widths.size() != codes.size()) continue;
        std::string bad;
        for (size_t i = 0; i < codes.size() && bad.empty(); ++i) {
            if (codes[i].size() != spec.widths[i]) {
                bad = "code " + std::to_string(i + 1) + " (" + to_bangla_digits(codes[i]) +
                      ") should have " + std::to_string(spec.widths[i]) + " digits";
            }
        }
        if (!bad.empty()) {
            if (mismatch.empty()) mismatch = std::string(spec.name) + ": " + bad;
            continue;
        }
        MemoNumber memo;
        memo.layout = spec.layout;
        memo.codes = std::move(codes);
        return memo;
    }
    if (!mismatch.empty()) {
        return make_error(
            {}, std::string(what) + " \"" + std::string(text) + "\" does not fit " + mismatch);
    }
    return make_error({}, std::string(what) + " \"" + std::string(text) + "\" has " +
                              std::to_string(codes.size()) +
                              " codes; a file code has 7 (২.২.৪.৩.২.৩.২), 8 (২.২.৪.৩.৩.২.৪.২) "
                              "or, in the old form, 7 (২.৩.৩.২.২.৩.৪) codes");
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
    const std::string& y = codes.back();
    return std::stoi(y);
}

Result<MemoNumber> parse_memo_number(std::string_view text, bool allow_free_text) {
    std::string s = normalize(text);
    MemoNumber memo;
    // Suffixes: "(k)" copies, then "/n" endorsement.
    if (!s.empty() && s.back() == ')') {
        const size_t open = s.rfind('(');
        if (open != std::string::npos && all_digits(s.substr(open + 1, s.size() - open - 2))) {
            memo.copies = std::stoi(s.substr(open + 1, s.size() - open - 2));
            s.erase(open);
        }
    }
    if (const size_t slash = s.rfind('/');
        slash != std::string::npos && all_digits(s.substr(slash + 1)) && slash > 0) {
        memo.endorsement = std::stoi(s.substr(slash + 1));
        s.erase(slash);
    }
    // The old style puts "-" before the letter's serial.
    if (const size_t dash = s.rfind('-'); dash != std::string::npos) s[dash] = '.';

    const std::vector<std::string> parts = split(s, '.');
    bool dotted = parts.size() >= 4;
    for (const auto& p : parts) dotted = dotted && all_digits(p);
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
    auto classified =
        classify(std::vector<std::string>(parts.begin(), parts.end() - 1), text, "the memo number");
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
    return classify(parts, text, "the file code");
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
