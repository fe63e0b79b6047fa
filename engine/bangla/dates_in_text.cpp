#include "bangla/dates_in_text.h"

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "bangla/digits.h"
#include "base/unicode.h"

namespace potro {

namespace {

struct Word {
    std::u16string text;
    size_t start, end;
};

bool is_separator(char16_t c) {
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u',' || c == u'/' ||
           c == u'(' || c == u')' || c == u'-' || c == u'।' || c == u';' || c == u':' ||
           c == u'\u00A0';
}

std::vector<Word> words_of(std::u16string_view text) {
    std::vector<Word> words;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_separator(text[i])) ++i;
        size_t end = i;
        while (end < text.size() && !is_separator(text[end])) ++end;
        if (end > i) words.push_back({to_nfc(text.substr(i, end - i)), i, end});
        i = end;
    }
    return words;
}

using MonthNames = std::vector<std::pair<std::u16string, int>>;

// potro's twelve names of a calendar's months and the other spellings seen in office letters.
MonthNames month_names(std::string (*name)(int),
                       std::initializer_list<std::pair<const char16_t*, int>> variants) {
    MonthNames v;
    for (int m = 1; m <= 12; ++m) v.push_back({to_nfc(utf16_of(name(m))), m});
    for (const auto& [w, m] : variants) v.push_back({to_nfc(w), m});
    return v;
}

// The month a name stands for, and in which calendar.
int month_of(const std::u16string& word, bool* bangla) {
    static const MonthNames banglas = month_names(bangla_month_name, {{u"জৈষ্ঠ", 2},
                                                                      {u"জ্যেষ্ঠ", 2},
                                                                      {u"আশ্বীন", 6},
                                                                      {u"অঘ্রাণ", 8},
                                                                      {u"অগ্রহায়ন", 8},
                                                                      {u"ফাল্গূন", 11}});
    static const MonthNames gregorians = month_names(
        gregorian_month_name,
        {{u"জানুয়ারী", 1}, {u"ফেব্রুয়ারী", 2}, {u"আগষ্ট", 8}, {u"সেপ্টেম্বার", 9}, {u"অক্টোবার", 10}});
    for (const auto* names : {&banglas, &gregorians}) {
        for (const auto& [name, m] : *names) {
            if (word == name) {
                *bangla = names == &banglas;
                return m;
            }
        }
    }
    return 0;
}

std::optional<int> number_of(const std::u16string& word, size_t max_digits) {
    if (word.empty() || word.size() > max_digits) return std::nullopt;
    const auto n = parse_any_digits(utf16_to_utf8(word));
    if (!n) return std::nullopt;
    return static_cast<int>(*n);
}

std::optional<Weekday> weekday_named(const std::u16string& word) {
    for (int d = 0; d < 7; ++d) {
        const auto day = static_cast<Weekday>(d);
        if (word == to_nfc(utf16_of(bangla_weekday(day)))) return day;
    }
    return std::nullopt;
}

bool is_era(const std::u16string& word) {
    for (const char16_t* e : {u"বঙ্গাব্দ", u"খ্রিস্টাব্দ", u"খ্রিষ্টাব্দ", u"খ্রি.", u"খ্রিঃ", u"সাল"}) {
        if (word == to_nfc(e)) return true;
    }
    return false;
}

}  // namespace

std::vector<DateInText> dates_in_text(std::u16string_view text) {
    const std::vector<Word> words = words_of(text);
    std::vector<DateInText> found;
    for (size_t i = 0; i + 2 < words.size(); ++i) {
        DateInText d;
        const auto day = number_of(words[i].text, 2);
        if (!day) continue;
        d.month = month_of(words[i + 1].text, &d.bangla);
        if (d.month == 0) continue;
        const auto year = number_of(words[i + 2].text, 4);
        if (!year || words[i + 2].text.size() != 4) continue;
        d.day = *day;
        d.year = *year;
        d.start = words[i].start;
        size_t last = i + 2;
        if (last + 1 < words.size() && is_era(words[last + 1].text)) ++last;
        d.end = words[last].end;
        if (last + 1 < words.size()) d.weekday = weekday_named(words[last + 1].text);
        if (!d.weekday && i > 0) d.weekday = weekday_named(words[i - 1].text);
        if (!found.empty()) {
            const DateInText& p = found.back();
            const std::u16string_view between = text.substr(p.end, d.start - p.end);
            bool only_separators = between.size() <= 4;
            for (char16_t c : between) only_separators = only_separators && is_separator(c);
            d.pairs_with_previous = only_separators && p.bangla != d.bangla;
        }
        found.push_back(d);
        i = last;
    }
    return found;
}

}  // namespace potro
