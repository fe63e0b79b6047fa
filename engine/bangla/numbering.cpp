#include "bangla/numbering.h"

#include <array>

#include "bangla/digits.h"

namespace potro {

namespace {

constexpr std::array<const char*, 32> kLetters = {
    "ক", "খ", "গ", "ঘ", "ঙ", "চ", "ছ", "জ", "ঝ", "ঞ", "ট", "ঠ", "ড", "ঢ", "ণ", "ত",
    "থ", "দ", "ধ", "ন", "প", "ফ", "ব", "ভ", "ম", "য", "র", "ল", "শ", "ষ", "স", "হ"};

// Splits "(১)" into "(", "১", ")" where the middle is the first run of digits or one letter.
bool split_sample(std::string_view s, std::string* pre, std::string* core, std::string* post) {
    const std::string ascii = to_ascii_digits(s);
    size_t a = ascii.find_first_of("0123456789");
    if (a != std::string::npos) {
        size_t b = ascii.find_first_not_of("0123456789", a);
        if (b == std::string::npos) b = ascii.size();
        *pre = ascii.substr(0, a);
        *core = ascii.substr(a, b - a);
        *post = ascii.substr(b);
        return true;
    }
    for (const char* letter : kLetters) {
        size_t at = s.find(letter);
        if (at != std::string::npos) {
            *pre = std::string(s.substr(0, at));
            *core = letter;
            *post = std::string(s.substr(at + std::string_view(letter).size()));
            return true;
        }
    }
    return false;
}

}  // namespace

std::string bangla_letter(int n) {
    std::string out;
    while (n > 0) {
        const int r = (n - 1) % static_cast<int>(kLetters.size());
        out.insert(0, kLetters[static_cast<size_t>(r)]);
        n = (n - 1) / static_cast<int>(kLetters.size());
    }
    return out;
}

Result<NumberingStyle> NumberingStyle::parse(std::string_view sample) {
    NumberingStyle style;
    std::string pre, core, post;
    if (!split_sample(sample, &pre, &core, &post)) {
        return make_error({}, "numbering \"" + std::string(sample) +
                                  "\" has no number or letter; write the first label as it "
                                  "should print, e.g. ১. (১) ০১ ক. (ক) or ১.০");
    }
    // "১.১", "২.১", "১.২.১": the numbers before the last are the parent's and stay; the last
    // counts (১.১, ১.২, ১.৩). "১.০" is the hierarchical style, not this.
    while (post.size() > 1 && post[0] == '.' && post[1] >= '0' && post[1] <= '9' && post != ".0") {
        const size_t end = post.find_first_not_of("0123456789", 1);
        pre += core + ".";
        core = post.substr(1, end == std::string::npos ? std::string::npos : end - 1);
        post = end == std::string::npos ? "" : post.substr(end);
    }
    if (core == "ক") {
        style.kind = NumberKind::Letters;
    } else if (post == ".0" || post == ".০") {
        style.kind = NumberKind::Hierarchical;
        post.clear();
    } else if (core.size() > 1 && core[0] == '0') {
        style.kind = NumberKind::PaddedDigits;
        style.width = static_cast<int>(core.size());
    } else {
        style.kind = NumberKind::Digits;
    }
    if (style.kind != NumberKind::Letters && core != std::string(core.size() - 1, '0') + "1" &&
        style.kind != NumberKind::Hierarchical) {
        return make_error({}, "numbering \"" + std::string(sample) +
                                  "\" should show the label of the first item (১ or ০১)");
    }
    style.prefix = to_bangla_digits(pre);
    style.suffix = to_bangla_digits(post);
    return style;
}

std::string NumberingStyle::label(int n) const {
    switch (kind) {
        case NumberKind::Letters:
            return prefix + bangla_letter(n) + suffix;
        case NumberKind::PaddedDigits:
            return prefix + bangla_number(static_cast<uint64_t>(n), width) + suffix;
        case NumberKind::Hierarchical:
            return prefix + bangla_number(static_cast<uint64_t>(n)) + ".০" + suffix;
        case NumberKind::Digits:
            break;
    }
    return prefix + bangla_number(static_cast<uint64_t>(n)) + suffix;
}

std::string NumberingStyle::sub_label(int n, int m) const {
    return prefix + bangla_number(static_cast<uint64_t>(n)) + "." +
           bangla_number(static_cast<uint64_t>(m)) + suffix;
}

}  // namespace potro
