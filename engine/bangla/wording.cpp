#include "bangla/wording.h"

#include "bangla/digits.h"

namespace potro {

std::string format_bangla_date(const BanglaDate& d, const DateWording& w) {
    std::string s = bangla_number(static_cast<uint64_t>(d.day), w.pad_day ? 2 : 0) + " " +
                    bangla_month_name(d.month) + " " + bangla_number(static_cast<uint64_t>(d.year));
    if (!w.bangla_era.empty()) s += " " + w.bangla_era;
    return s;
}

std::string format_gregorian_date(const GregorianDate& d, const DateWording& w) {
    std::string s = bangla_number(static_cast<uint64_t>(d.day), w.pad_day ? 2 : 0) + " " +
                    gregorian_month_name(d.month) + " " +
                    bangla_number(static_cast<uint64_t>(d.year));
    if (!w.gregorian_era.empty()) s += " " + w.gregorian_era;
    return s;
}

std::string format_numeric_date(const GregorianDate& d, std::string_view sep) {
    return bangla_number(static_cast<uint64_t>(d.day), 2) + std::string(sep) +
           bangla_number(static_cast<uint64_t>(d.month), 2) + std::string(sep) +
           bangla_number(static_cast<uint64_t>(d.year), 4);
}

std::optional<TimeOfDay> parse_iso_time(std::string_view t) {
    if (t.size() != 5 || t[2] != ':') return std::nullopt;
    auto digit = [&](size_t i) { return t[i] >= '0' && t[i] <= '9'; };
    if (!digit(0) || !digit(1) || !digit(3) || !digit(4)) return std::nullopt;
    TimeOfDay time{(t[0] - '0') * 10 + (t[1] - '0'), (t[3] - '0') * 10 + (t[4] - '0')};
    if (time.hour > 23 || time.minute > 59) return std::nullopt;
    return time;
}

std::string format_time(const TimeOfDay& time, const TimeWording& w, std::string_view period) {
    std::string word(period);
    if (word.empty()) {
        for (const auto& [from, name] : w.periods) {
            if (time.hour >= from) word = name;
        }
    }
    int h12 = time.hour % 12;
    if (h12 == 0) h12 = 12;
    std::string s = word.empty() ? "" : word + " ";
    s += bangla_number(static_cast<uint64_t>(h12), w.pad_hour ? 2 : 0) + w.separator +
         bangla_number(static_cast<uint64_t>(time.minute), 2);
    if (!w.suffix.empty()) s += " " + w.suffix;
    return s;
}

}  // namespace potro
