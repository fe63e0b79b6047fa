// The day of the week of a Gregorian date, and its Bangla name (রবিবার … শনিবার), computed —
// a notice never carries a typed weekday that disagrees with its date.
#pragma once

#include <string>

#include "bangla/calendar.h"

namespace potro {

enum class Weekday { Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday };

Weekday weekday_of(const GregorianDate& date);
// "রবিবার", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার".
std::string bangla_weekday(Weekday day);

}  // namespace potro
