// Dates: the Gregorian calendar and the revised Bangladesh calendar (বঙ্গাব্দ), as the
// government uses it since 2019: 1 বৈশাখ is 14 April; বৈশাখ to আশ্বিন have 31 days, কার্তিক to
// মাঘ and চৈত্র 30, ফাল্গুন 29, or 30 when that Gregorian February has 29 days.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace potro {

struct GregorianDate {
    int year = 2000;
    int month = 1;  // 1..12
    int day = 1;
    auto operator<=>(const GregorianDate&) const = default;  // year, then month, then day
};

struct BanglaDate {
    int year = 1400;  // বঙ্গাব্দ
    int month = 1;    // 1 = বৈশাখ .. 12 = চৈত্র
    int day = 1;
    bool operator==(const BanglaDate&) const = default;
};

bool is_leap_year(int gregorian_year);
int days_in_month(int gregorian_year, int month);
// "2025-02-30" -> nullopt; accepts exactly YYYY-MM-DD.
std::optional<GregorianDate> parse_iso_date(std::string_view text);
// The other way: "2025-05-06".
std::string format_iso_date(const GregorianDate& date);

BanglaDate to_bangla(const GregorianDate& date);
GregorianDate to_gregorian(const BanglaDate& date);
int bangla_days_in_month(int bangla_year, int month);

std::string bangla_month_name(int month);     // বৈশাখ ...
std::string gregorian_month_name(int month);  // জানুয়ারি ...

}  // namespace potro
