// Dates typed in words inside a text: "২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ", "০৬ মে ২০২৫ খ্রিস্টাব্দ", with
// the weekday a typist often adds ("(মঙ্গলবার)"), for the lint pass that checks them against
// the calendar.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "bangla/calendar.h"
#include "bangla/weekday.h"

namespace potro {

struct DateInText {
    bool bangla = false;  // বঙ্গাব্দ (a Bangla month name) or খ্রিস্টাব্দ (a Gregorian one)
    int day = 0, month = 0, year = 0;
    size_t start = 0, end = 0;       // UTF-16 indexes of the date's words in the text
    std::optional<Weekday> weekday;  // a weekday name right before or after it
    // Whether the date just before it in the text stands beside it as its pair ("…বঙ্গাব্দ/…
    // খ্রিস্টাব্দ", "… বঙ্গাব্দ (… খ্রিস্টাব্দ)"), written in the other calendar.
    bool pairs_with_previous = false;
};

// Every "day month year" in `text` whose month is a Bangla or Gregorian month name (in the
// spellings offices use), with digits Bangla or Latin, in the order they stand.
std::vector<DateInText> dates_in_text(std::u16string_view text);

}  // namespace potro
