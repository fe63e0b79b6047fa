#include "bangla/calendar.h"

#include <cstdio>

#include <array>

namespace potro {

namespace {

// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's civil-from-days.
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

GregorianDate civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = yoe + era * 400;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp + (mp < 10 ? 3 : -9);
    return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

// The Gregorian year in which Bangla year `by` starts (1 বৈশাখ).
int start_year(int by) {
    return by + 593;
}

}  // namespace

bool is_leap_year(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && is_leap_year(y) ? 29 : days[static_cast<size_t>(m - 1)];
}

std::string format_iso_date(const GregorianDate& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::optional<GregorianDate> parse_iso_date(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    auto num = [&](size_t from, size_t len, int* out) {
        int v = 0;
        for (size_t i = from; i < from + len; ++i) {
            if (t[i] < '0' || t[i] > '9') return false;
            v = v * 10 + (t[i] - '0');
        }
        *out = v;
        return true;
    };
    GregorianDate d;
    if (!num(0, 4, &d.year) || !num(5, 2, &d.month) || !num(8, 2, &d.day)) return std::nullopt;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month)) {
        return std::nullopt;
    }
    return d;
}

int bangla_days_in_month(int by, int month) {
    if (month >= 1 && month <= 6) return 31;
    if (month == 11) return is_leap_year(start_year(by) + 1) ? 30 : 29;  // ফাল্গুন
    return 30;
}

BanglaDate to_bangla(const GregorianDate& g) {
    const long today = days_from_civil(g.year, g.month, g.day);
    int by = g.year - 593;
    if (today < days_from_civil(g.year, 4, 14)) --by;
    long offset = today - days_from_civil(start_year(by), 4, 14);
    BanglaDate b{by, 1, 1};
    while (offset >= bangla_days_in_month(by, b.month)) {
        offset -= bangla_days_in_month(by, b.month);
        ++b.month;
    }
    b.day = static_cast<int>(offset) + 1;
    return b;
}

GregorianDate to_gregorian(const BanglaDate& b) {
    long z = days_from_civil(start_year(b.year), 4, 14);
    for (int m = 1; m < b.month; ++m) z += bangla_days_in_month(b.year, m);
    return civil_from_days(z + b.day - 1);
}

std::string bangla_month_name(int month) {
    static const char* names[] = {"বৈশাখ",  "জ্যৈষ্ঠ",   "আষাঢ়", "শ্রাবণ", "ভাদ্র",  "আশ্বিন",
                                  "কার্তিক", "অগ্রহায়ণ", "পৌষ",  "মাঘ",   "ফাল্গুন", "চৈত্র"};
    return month >= 1 && month <= 12 ? names[month - 1] : "";
}

std::string gregorian_month_name(int month) {
    static const char* names[] = {"জানুয়ারি", "ফেব্রুয়ারি", "মার্চ",     "এপ্রিল",  "মে",     "জুন",
                                  "জুলাই",    "আগস্ট",     "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"};
    return month >= 1 && month <= 12 ? names[month - 1] : "";
}

}  // namespace potro
