#include "bangla/weekday.h"

namespace potro {

Weekday weekday_of(const GregorianDate& date) {
    // Days since 1970-01-01 by the civil-from-days algorithm's inverse (H. Hinnant), then the
    // weekday of that count: 1970-01-01 was a Thursday.
    const int y = date.year - (date.month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (date.month + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + date.day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const long days = static_cast<long>(era) * 146097 + doe - 719468;
    const long wd = (days % 7 + 7 + 4) % 7;  // 0 = Sunday
    return static_cast<Weekday>(wd);
}

std::string bangla_weekday(Weekday day) {
    static const char* const kNames[] = {"রবিবার",    "সোমবার", "মঙ্গলবার", "বুধবার",
                                         "বৃহস্পতিবার", "শুক্রবার", "শনিবার"};
    return kNames[static_cast<int>(day)];
}

}  // namespace potro
