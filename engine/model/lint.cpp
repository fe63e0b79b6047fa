#include "model/lint.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "bangla/dates_in_text.h"
#include "bangla/digits.h"
#include "bangla/script.h"
#include "bangla/typed_date.h"
#include "bangla/wording.h"
#include "base/unicode.h"
#include "model/word_elements.h"
#include "model/xml_reader.h"

namespace potro {

namespace {

bool is_latin_digit(char16_t c) {
    return c >= u'0' && c <= u'9';
}
bool is_space(char16_t c) {
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r';
}

// Words Bangla doubles on purpose (স্ব স্ব দপ্তরে, ধীরে ধীরে, মাঝে মাঝে).
bool doubled_on_purpose(std::u16string_view w) {
    static constexpr std::array<std::u16string_view, 28> words{
        u"স্ব",   u"নিজ", u"যার", u"যে",   u"যেখানে", u"ধীরে", u"মাঝে", u"বার", u"কাছে", u"পাশে",
        u"সাথে", u"দিন", u"বছর", u"মাসে", u"সঙ্গে",   u"আগে",  u"পরে",  u"একে", u"ভিন্ন", u"নানা",
        u"ছোট",  u"বড়",  u"কেউ", u"কখনো", u"যখন",    u"তখন",  u"হাতে", u"ঘরে"};
    for (auto d : words) {
        if (w == d) return true;
    }
    return false;
}

// The Bangla letters as list labels run: ক খ গ ঘ ঙ চ ছ জ ঝ ঞ ট ঠ ড ঢ ণ ত থ দ ধ ন প ফ ব ভ ম য র ল শ
// ষ স হ.
int label_index(char16_t c) {
    static constexpr std::u16string_view order = u"কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ";
    const size_t at = order.find(c);
    return at == std::u16string_view::npos ? -1 : static_cast<int>(at);
}

struct Linter {
    std::string file;
    const std::string& bytes;
    std::vector<Diagnostic> out;
    int bangla_digit_groups = 0;
    struct LatinNumber {
        const xmlNode* at;
        std::u16string digits;
    };
    std::vector<LatinNumber> latin_numbers;

    void warn(const xmlNode* at, const std::string& message) {
        Diagnostic d = make_warning(xml::pos(at, file, bytes), message);
        out.push_back(std::move(d));
    }

    void text(const xmlNode* at, std::u16string_view t) {
        // Words twice in a row.
        std::u16string previous;
        size_t i = 0;
        while (i < t.size()) {
            while (i < t.size() && is_space(t[i])) ++i;
            size_t end = i;
            while (end < t.size() && !is_space(t[end])) ++end;
            std::u16string word(t.substr(i, end - i));
            if (!word.empty() && word == previous && is_bangla_letter(word[0]) &&
                !doubled_on_purpose(word)) {
                warn(at, "\"" + utf16_to_utf8(word + u" " + word) +
                             "\": the same word twice in a row; delete one if it was a slip");
            }
            previous = std::move(word);
            i = end;
        }
        // Characters that change nothing or come from a broken conversion.
        for (char16_t c : t) {
            std::string what;
            if (c == 0x200B || c == 0x2060 || c == 0xFEFF) {
                what = "an invisible character (" + code_point_name(c) +
                       ") that changes nothing; `potro lint --fix` removes it";
            } else if (c == 0x25CC) {
                what =
                    "a dotted circle (U+25CC), the mark of a broken conjunct copied from a "
                    "screen; type the conjunct again";
            } else if (c == 0xFFFD) {
                what =
                    "a replacement character (U+FFFD): the text was damaged by a wrong "
                    "encoding before it came here";
            } else if (c == 0x09BD || c == 0x09FA) {
                what = "the sign " + utf16_to_utf8(std::u16string(1, c)) + " (" +
                       code_point_name(c) +
                       "), rare in office Bangla and often left by a converter; check the word";
            }
            if (!what.empty()) {
                warn(at, "the text has " + what);
                break;
            }
        }
        // Digits: Bangla groups are counted; Latin groups standing among Bangla words kept.
        for (size_t k = 0; k < t.size();) {
            if (!is_bangla_digit(t[k]) && !is_latin_digit(t[k])) {
                ++k;
                continue;
            }
            const bool latin = is_latin_digit(t[k]);
            size_t e = k;
            while (e < t.size() && (is_bangla_digit(t[e]) || is_latin_digit(t[e]))) ++e;
            if (!latin) {
                ++bangla_digit_groups;
            } else {
                // Among Latin words (APA 2025, ISO 9001) Latin digits are right.
                auto neighbour = [&](size_t from, int step) -> char16_t {
                    for (long j = static_cast<long>(from);
                         j >= 0 && j < static_cast<long>(t.size()); j += step) {
                        const char16_t c = t[static_cast<size_t>(j)];
                        if (!is_space(c) && c != u',' && c != u'.' && c != u'-' && c != u'/')
                            return c;
                    }
                    return 0;
                };
                const char16_t before = k == 0 ? 0 : neighbour(k - 1, -1);
                const char16_t after = neighbour(e, 1);
                const bool among_bangla =
                    (before == 0 || is_bangla_letter(before) || before == 0x0964) &&
                    (after == 0 || is_bangla_letter(after) || after == 0x0964);
                if (among_bangla && (before != 0 || after != 0)) {
                    latin_numbers.push_back({at, std::u16string(t.substr(k, e - k))});
                }
            }
            k = e;
        }
    }

    // Dates typed in words: a day the month does not have, a Bangla and a Gregorian date side
    // by side that are not the same day, a weekday that is not the date's.
    void dates(const xmlNode* at, std::u16string_view t) {
        const DateWording wording;
        const std::vector<DateInText> found = dates_in_text(t);
        auto quoted = [&](const DateInText& d) {
            return "\"" + utf16_to_utf8(t.substr(d.start, d.end - d.start)) + "\"";
        };
        // The date before, when it exists, and the Gregorian day it names.
        std::optional<std::pair<DateInText, GregorianDate>> previous;
        for (const DateInText& d : found) {
            const bool plausible =
                d.bangla ? d.year >= 1300 && d.year <= 1500 : d.year >= 1900 && d.year <= 2100;
            if (!plausible) {
                previous.reset();
                continue;
            }
            const int days =
                d.bangla ? bangla_days_in_month(d.year, d.month) : days_in_month(d.year, d.month);
            if (d.day < 1 || d.day > days) {
                warn(at,
                     quoted(d) + ": the day does not exist (" +
                         (d.bangla ? bangla_month_name(d.month) : gregorian_month_name(d.month)) +
                         " " + bangla_number(static_cast<uint64_t>(d.year)) + " has " +
                         bangla_number(static_cast<uint64_t>(days)) + " days)");
                previous.reset();
                continue;
            }
            const GregorianDate g = d.bangla ? to_gregorian(BanglaDate{d.year, d.month, d.day})
                                             : GregorianDate{d.year, d.month, d.day};
            if (d.pairs_with_previous && previous && previous->second != g) {
                const DateInText& p = previous->first;
                const GregorianDate& a = previous->second;
                auto in_other = [&](const GregorianDate& day, bool bangla_typed) {
                    return bangla_typed ? format_gregorian_date(day, wording)
                                        : format_bangla_date(to_bangla(day), wording);
                };
                warn(at, "\"" + utf16_to_utf8(t.substr(p.start, d.end - p.start)) +
                             "\": the two dates are not the same day; " + quoted(p) + " is " +
                             in_other(a, p.bangla) + ", and " + quoted(d) + " is " +
                             in_other(g, d.bangla));
            }
            if (d.weekday && weekday_of(g) != *d.weekday) {
                warn(at, quoted(d) + " falls on " + bangla_weekday(weekday_of(g)) + ", not " +
                             bangla_weekday(*d.weekday));
            }
            previous = std::pair{d, g};
        }
    }

    // Hand-typed labels (ক) (খ) (ঘ) at the start of sibling paragraphs or items, or in one text.
    void labels(const std::vector<std::pair<const xmlNode*, char16_t>>& found) {
        for (size_t k = 1; k < found.size(); ++k) {
            const int a = label_index(found[k - 1].second), b = label_index(found[k].second);
            if (a < 0 || b < 0 || b == 0 || b == a + 1) continue;
            const std::string pa = utf16_to_utf8(std::u16string{u'(', found[k - 1].second, u')'});
            const std::string pb = utf16_to_utf8(std::u16string{u'(', found[k].second, u')'});
            warn(found[k].first, pb + " follows " + pa +
                                     (b == a ? ": the label is repeated" : ": a label is skipped") +
                                     "; a <list numbering=\"(ক)\"> numbers its items itself");
        }
    }

    static std::optional<char16_t> leading_label(std::u16string_view t) {
        size_t i = 0;
        while (i < t.size() && is_space(t[i])) ++i;
        if (i + 2 < t.size() && t[i] == u'(' && t[i + 2] == u')' && label_index(t[i + 1]) >= 0)
            return t[i + 1];
        return std::nullopt;
    }

    void time_period(const xmlNode* n) {
        const std::string period = xml::attr(n, "period");
        if (period.empty()) return;
        const auto time = read_typed_time(utf16_to_utf8(xml::text(n)));
        if (!time) return;
        const TimeWording w;
        for (size_t k = 0; k < w.periods.size(); ++k) {
            if (w.periods[k].second != period) continue;
            const int from = w.periods[k].first;
            const int to = k + 1 < w.periods.size() ? w.periods[k + 1].first : 24;
            // An hour of slack on each side: offices differ on where বিকাল ends.
            if (time->hour >= from - 1 && time->hour < to + 1) return;
        }
        bool known = false;
        for (const auto& [from, name] : w.periods) known = known || name == period;
        if (!known) return;  // বেলা and other words fit any hour
        warn(n, "period=\"" + period + "\" does not fit " + utf16_to_utf8(xml::text(n)) +
                    " on the 24-hour clock; leave period out and potro picks the word");
    }

    void element(const xmlNode* e) {
        const std::string name = xml::name(e);
        if (name == "time") time_period(e);
        if (holds_no_words(name)) return;
        std::vector<std::pair<const xmlNode*, char16_t>> sibling_labels;
        for (const xmlNode* c = e->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE) {
                element(c);
                const std::u16string t = xml::text(c);
                if (auto l = leading_label(t)) sibling_labels.push_back({c, *l});
            } else if (c->type == XML_TEXT_NODE && c->content) {
                const std::u16string t = utf16_of(reinterpret_cast<const char*>(c->content));
                text(e, t);
                dates(e, t);
                std::vector<std::pair<const xmlNode*, char16_t>> inline_labels;
                for (size_t k = 0; k + 2 < t.size(); ++k) {
                    if (t[k] == u'(' && t[k + 2] == u')' && label_index(t[k + 1]) >= 0)
                        inline_labels.push_back({e, t[k + 1]});
                }
                if (inline_labels.size() >= 2) labels(inline_labels);
            }
        }
        if (sibling_labels.size() >= 2) labels(sibling_labels);
    }
};

}  // namespace

std::vector<Diagnostic> lint_document(const xmlNode* root, const std::string& file,
                                      const std::string& bytes) {
    Linter l{file, bytes, {}, 0, {}};
    if (root) l.element(root);
    // Latin digits are a slip only where the document otherwise writes Bangla ones.
    if (l.bangla_digit_groups >= 3 * static_cast<int>(l.latin_numbers.size()) &&
        l.bangla_digit_groups >= 3) {
        for (const auto& n : l.latin_numbers) {
            l.warn(n.at, "\"" + utf16_to_utf8(n.digits) +
                             "\" is in Latin digits among Bangla words, where the document "
                             "writes Bangla digits: " +
                             to_bangla_digits(utf16_to_utf8(n.digits)));
        }
    }
    std::stable_sort(l.out.begin(), l.out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::make_pair(a.pos.line, a.pos.column) < std::make_pair(b.pos.line, b.pos.column);
    });
    return l.out;
}

std::string lint_fixes(const std::string& bytes, int* fixed) {
    std::string out;
    out.reserve(bytes.size());
    *fixed = 0;
    for (size_t i = 0; i < bytes.size(); ++i) {
        const std::string_view rest(bytes.data() + i, bytes.size() - i);
        // U+200B, U+2060 and U+FEFF in UTF-8; a byte-order mark at the very start stays.
        const bool zwsp = rest.substr(0, 3) == "\xE2\x80\x8B";
        const bool wj = rest.substr(0, 3) == "\xE2\x81\xA0";
        const bool bom = rest.substr(0, 3) == "\xEF\xBB\xBF" && i > 0;
        if (zwsp || wj || bom) {
            ++*fixed;
            i += 2;
            continue;
        }
        out += bytes[i];
    }
    return out;
}

}  // namespace potro
