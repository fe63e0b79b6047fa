// Dates and times as clerks type them: in Bangla or Latin digits, year first (the form potro
// asks for) or day first (the form typed on paper, 07.05.2024 or 07/05/2024), with a reason in
// the clerk's words when it is not a date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "bangla/calendar.h"
#include "bangla/wording.h"

namespace potro {

enum class DateOrder {
    YearFirst,  // 2024-05-07, ২০২৪-০৫-০৭
    DayFirst,  // 07.05.2024, 07/05/2024, ০৭-০৫-২০২৪: read, with a warning showing the ISO form
};

struct TypedDate {
    std::optional<GregorianDate> date;  // empty when the text is not a date
    DateOrder order = DateOrder::YearFirst;
    // Why it is not a date, when `date` is empty: "the day does not exist (February 2024 has
    // 29 days)", or "write it as YYYY-MM-DD (for example 2025-02-25)".
    std::string problem;
};

TypedDate read_typed_date(std::string_view text);

// HH:MM (or H:MM) on the 24-hour clock, in Bangla or Latin digits.
std::optional<TimeOfDay> read_typed_time(std::string_view text);

}  // namespace potro
