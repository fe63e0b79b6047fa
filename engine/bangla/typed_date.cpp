#include "bangla/typed_date.h"

#include <array>
#include <vector>

#include "bangla/digits.h"

namespace potro {

namespace {

// The groups of digits and the one separator between them; nothing else is allowed.
struct Groups {
    std::vector<std::string> digits;
    char separator = 0;
};

std::optional<Groups> split(std::string_view ascii) {
    Groups g;
    g.digits.emplace_back();
    for (char c : ascii) {
        if (c >= '0' && c <= '9') {
            g.digits.back() += c;
        } else if (c == '-' || c == '.' || c == '/') {
            if (g.separator != 0 && c != g.separator) return std::nullopt;
            g.separator = c;
            g.digits.emplace_back();
        } else {
            return std::nullopt;
        }
    }
    for (const auto& d : g.digits) {
        if (d.empty()) return std::nullopt;
    }
    return g;
}

const char* english_month(int m) {
    static constexpr std::array<const char*, 12> names{
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    return names[static_cast<size_t>(m - 1)];
}

std::string trimmed(std::string_view t) {
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t' || t.front() == '\n')) {
        t.remove_prefix(1);
    }
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n')) {
        t.remove_suffix(1);
    }
    return std::string(t);
}

}  // namespace

TypedDate read_typed_date(std::string_view text) {
    TypedDate out;
    const std::string ascii = to_ascii_digits(trimmed(text));
    const auto groups = split(ascii);
    constexpr const char* kHow = "write it as YYYY-MM-DD (for example 2025-02-25)";
    if (!groups || groups->digits.size() != 3) {
        out.problem = kHow;
        return out;
    }
    const auto& g = groups->digits;
    GregorianDate d;
    if (g[0].size() == 4 && g[1].size() <= 2 && g[2].size() <= 2 && groups->separator == '-') {
        d = {std::stoi(g[0]), std::stoi(g[1]), std::stoi(g[2])};
    } else if (g[2].size() == 4 && g[0].size() <= 2 && g[1].size() <= 2) {
        d = {std::stoi(g[2]), std::stoi(g[1]), std::stoi(g[0])};
        out.order = DateOrder::DayFirst;
    } else {
        out.problem = kHow;
        return out;
    }
    if (d.month < 1 || d.month > 12) {
        out.problem = "there is no month " + std::to_string(d.month) + "; " + kHow;
        return out;
    }
    const int days = days_in_month(d.year, d.month);
    if (d.day < 1 || d.day > days) {
        out.problem = "the day does not exist (" + std::string(english_month(d.month)) + " " +
                      std::to_string(d.year) + " has " + std::to_string(days) + " days)";
        return out;
    }
    out.date = d;
    return out;
}

std::optional<TimeOfDay> read_typed_time(std::string_view text) {
    std::string ascii = to_ascii_digits(trimmed(text));
    if (ascii.size() == 4 && ascii[1] == ':') ascii.insert(0, "0");
    return parse_iso_time(ascii);
}

}  // namespace potro
