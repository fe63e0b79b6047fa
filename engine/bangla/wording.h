// How dates and times are written in Bangla official text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bangla/calendar.h"

namespace potro {

struct DateWording {
    bool pad_day = true;                     // ০৬ মে, not ৬ মে
    std::string bangla_era = "বঙ্গাব্দ";       // after the Bangla date; empty for none
    std::string gregorian_era = "খ্রিস্টাব্দ";  // after the Gregorian date; empty for none
};

// "২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ"
std::string format_bangla_date(const BanglaDate& date, const DateWording& wording);
// "০৬ মে ২০২৫ খ্রিস্টাব্দ"
std::string format_gregorian_date(const GregorianDate& date, const DateWording& wording);
// "০৬-০৫-২০২৫" (the e-Nothi signing date) with the given separator.
std::string format_numeric_date(const GregorianDate& date, std::string_view separator);

struct TimeWording {
    std::string separator = ":";
    std::string suffix = "ঘটিকা";  // or "টা"
    bool pad_hour = false;         // ০৩:০০ rather than ৩:০০
    // From which hour (24h clock) a period word applies, in order; the last whose hour has
    // passed is used. The default follows common office usage.
    std::vector<std::pair<int, std::string>> periods = {{0, "রাত"},  {4, "ভোর"},    {6, "সকাল"},
                                                        {12, "দুপুর"}, {15, "বিকাল"}, {18, "সন্ধ্যা"},
                                                        {20, "রাত"}};
};

struct TimeOfDay {
    int hour = 0;  // 0..23
    int minute = 0;
};

// Exactly HH:MM, 24-hour.
std::optional<TimeOfDay> parse_iso_time(std::string_view text);
// 15:30 -> "বিকাল ৩:৩০ ঘটিকা"; `period` overrides the period word when not empty.
std::string format_time(const TimeOfDay& time, const TimeWording& wording,
                        std::string_view period = {});

}  // namespace potro
