#include <gtest/gtest.h>

#include <chrono>

#include "bangla/bijoy.h"
#include "bangla/calendar.h"
#include "bangla/digits.h"
#include "bangla/memo_number.h"
#include "bangla/numbering.h"
#include "bangla/typed_date.h"
#include "bangla/weekday.h"
#include "bangla/wording.h"
#include "base/unicode.h"

namespace potro {

TEST(Digits, AsciiToBangla) {
    EXPECT_EQ(to_bangla_digits("২5-02-2025"), "২৫-০২-২০২৫");
    EXPECT_EQ(bangla_number(7, 2), "০৭");
    EXPECT_EQ(parse_any_digits("১2৩"), 123u);
    EXPECT_FALSE(parse_any_digits("১২a").has_value());
}

TEST(Calendar, SeedDates) {
    const DateWording plain{true, "", ""};
    auto bn = [&](int y, int m, int d) { return format_bangla_date(to_bangla({y, m, d}), plain); };
    EXPECT_EQ(bn(2024, 5, 7), "২৪ বৈশাখ ১৪৩১");
    EXPECT_EQ(bn(2025, 5, 6), "২৩ বৈশাখ ১৪৩২");
    EXPECT_EQ(bn(2024, 3, 3), "১৯ ফাল্গুন ১৪৩০");
    EXPECT_EQ(bn(2023, 9, 25), "১০ আশ্বিন ১৪৩০");
}

TEST(Calendar, NewYearAndLeapFalgun) {
    EXPECT_EQ(to_bangla({2025, 4, 14}), (BanglaDate{1432, 1, 1}));
    EXPECT_EQ(to_bangla({2025, 4, 13}), (BanglaDate{1431, 12, 30}));
    // ফাল্গুন 1430 spans February 2024, a leap year: 30 days; 1431's (Feb 2025) has 29.
    EXPECT_EQ(bangla_days_in_month(1430, 11), 30);
    EXPECT_EQ(bangla_days_in_month(1431, 11), 29);
    EXPECT_EQ(to_bangla({2024, 2, 29}), (BanglaDate{1430, 11, 16}));
}

TEST(Calendar, EveryDayFrom1990To2040RoundTrips) {
    GregorianDate d{1990, 1, 1};
    BanglaDate prev = to_bangla(d);
    int days = 0;
    while (d.year <= 2040) {
        const BanglaDate b = to_bangla(d);
        ASSERT_EQ(to_gregorian(b), d) << d.year << "-" << d.month << "-" << d.day;
        ASSERT_GE(b.day, 1);
        ASSERT_LE(b.day, bangla_days_in_month(b.year, b.month));
        if (days > 0) {  // consecutive days are consecutive Bangla days
            const bool next_in_month =
                b.year == prev.year && b.month == prev.month && b.day == prev.day + 1;
            const bool next_month = b.day == 1 && (b.month == prev.month + 1 ||
                                                   (b.month == 1 && b.year == prev.year + 1));
            ASSERT_TRUE(next_in_month || next_month);
        }
        prev = b;
        ++days;
        if (++d.day > days_in_month(d.year, d.month)) {
            d.day = 1;
            if (++d.month > 12) {
                d.month = 1;
                ++d.year;
            }
        }
    }
    EXPECT_EQ(days, 51 * 365 + 13);  // 13 leap days, 1992..2040
}

TEST(Calendar, IsoDatesAreChecked) {
    EXPECT_TRUE(parse_iso_date("2024-02-29").has_value());
    EXPECT_FALSE(parse_iso_date("2025-02-29").has_value());
    EXPECT_FALSE(parse_iso_date("2025-02-30").has_value());
    EXPECT_FALSE(parse_iso_date("2025-13-01").has_value());
    EXPECT_FALSE(parse_iso_date("25-02-2025").has_value());
}

TEST(TypedDate, BanglaDigitsAndDayFirstFormsAreRead) {
    const TypedDate bangla = read_typed_date("২০২৪-০৫-০৭");
    ASSERT_TRUE(bangla.date);
    EXPECT_EQ(*bangla.date, (GregorianDate{2024, 5, 7}));
    EXPECT_EQ(bangla.order, DateOrder::YearFirst);
    for (const char* typed :
         {"07.05.2024", "07/05/2024", "০৭.০৫.২০২৪", "7-5-2024", " 07.05.2024 "}) {
        const TypedDate d = read_typed_date(typed);
        ASSERT_TRUE(d.date) << typed;
        EXPECT_EQ(*d.date, (GregorianDate{2024, 5, 7})) << typed;
        EXPECT_EQ(d.order, DateOrder::DayFirst) << typed;
    }
}

TEST(TypedDate, ADayThatDoesNotExistIsNamedSo) {
    const TypedDate d = read_typed_date("2024-02-31");
    EXPECT_FALSE(d.date);
    EXPECT_EQ(d.problem, "the day does not exist (February 2024 has 29 days)");
    EXPECT_EQ(read_typed_date("31.04.2025").problem,
              "the day does not exist (April 2025 has 30 days)");
    EXPECT_NE(read_typed_date("2024-13-01").problem.find("there is no month 13"),
              std::string::npos);
    for (const char* bad : {"", "2024-05", "2024/05.07", "24-05-07", "2024-05-07x", "মে ৭"}) {
        const TypedDate b = read_typed_date(bad);
        EXPECT_FALSE(b.date) << bad;
        EXPECT_NE(b.problem.find("YYYY-MM-DD"), std::string::npos) << bad;
    }
}

TEST(TypedDate, TimesInBanglaDigits) {
    ASSERT_TRUE(read_typed_time("১৫:৩০"));
    EXPECT_EQ(read_typed_time("১৫:৩০")->hour, 15);
    EXPECT_EQ(read_typed_time("9:05")->minute, 5);
    EXPECT_EQ(read_typed_time("9:05")->hour, 9);
    EXPECT_FALSE(read_typed_time("২৫:০০"));
    EXPECT_FALSE(read_typed_time("15.30"));
}

TEST(Bijoy, SutonnyMJTextIsRecognised) {
    // Typed in the Bijoy layout (SutonnyMJ): সভার কার্যবিবরণী; প্রাপ্ত পত্রাদি ডায়েরিভুক্তকরণ
    // (../shared/domain.md §6.2); গণপ্রজাতন্ত্রী বাংলাদেশ সরকার; জেলা প্রশাসকের কার্যালয়.
    for (const char16_t* t : {u"mfvi Kvh©weeiYx", u"cÖvß cÎvw` Wv‡qwif~³ KiY",
                              u"MYcÖRvZš¿x evsjv‡`k miKvi", u"‡Rjv cÖkvm‡Ki Kvh©vjq"}) {
        EXPECT_TRUE(looks_like_bijoy(t)) << utf16_to_utf8(t);
    }
}

TEST(Bijoy, EnglishInBanglaDocumentsIsNot) {
    // The Latin text of the seeds and of the examples, and English that has some of the clues.
    for (const char16_t* t :
         {u"(Citizen Charter)", u"(Stakeholder)", u"(URL:nis.cabinet.gov.bd)", u"dg@doict.gov.bd",
          u"www.natore.gov.bd", u"Ussurin", u"Government service delivery via eNothi",
          u"Annual Performance Agreement (APA) © 2025", u"McDonald and Vivek visited", u"Zoom",
          u"Microsoft Word", u"iPhone eVisa", u"Level ~3 review"}) {
        EXPECT_FALSE(looks_like_bijoy(t)) << utf16_to_utf8(t);
    }
    EXPECT_FALSE(looks_like_bijoy(u"mfvi সভার"));  // any Bangla letter: not a Bijoy run
}

TEST(Wording, DualDateAsInSeed001) {
    const DateWording w;
    const GregorianDate g{2025, 5, 6};
    EXPECT_EQ(format_bangla_date(to_bangla(g), w), "২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ");
    EXPECT_EQ(format_gregorian_date(g, w), "০৬ মে ২০২৫ খ্রিস্টাব্দ");
    EXPECT_EQ(format_numeric_date(g, "-"), "০৬-০৫-২০২৫");
}

TEST(Wording, Times) {
    const TimeWording w;
    EXPECT_EQ(format_time(*parse_iso_time("15:30"), w), "বিকাল ৩:৩০ ঘটিকা");
    EXPECT_EQ(format_time(*parse_iso_time("11:00"), w), "সকাল ১১:০০ ঘটিকা");
    TimeWording seed002{".", "টা", true, w.periods};
    EXPECT_EQ(format_time(*parse_iso_time("15:00"), seed002, "বেলা"), "বেলা ০৩.০০ টা");
    EXPECT_FALSE(parse_iso_time("24:00").has_value());
    EXPECT_FALSE(parse_iso_time("3:30").has_value());
}

TEST(Numbering, StylesOfTheSeeds) {
    auto label = [](const char* sample, int n) {
        auto s = NumberingStyle::parse(sample);
        EXPECT_TRUE(s.ok()) << sample;
        return s.ok() ? s.value().label(n) : std::string();
    };
    EXPECT_EQ(label("১.", 3), "৩.");
    EXPECT_EQ(label("১)", 12), "১২)");
    EXPECT_EQ(label("(১)", 5), "(৫)");
    EXPECT_EQ(label("০১", 7), "০৭");
    EXPECT_EQ(label("০১।", 2), "০২।");
    EXPECT_EQ(label("ক.", 2), "খ.");
    EXPECT_EQ(label("(ক)", 4), "(ঘ)");
    EXPECT_EQ(label("১.০", 2), "২.০");
    EXPECT_EQ(NumberingStyle::parse("১.০").value().sub_label(1, 2), "১.২");
    EXPECT_FALSE(NumberingStyle::parse("-").ok());
}

// A sub-item style counts its last number: ১.১ ১.২ ১.৩, not ১.১ ২.১ ৩.১.
TEST(Numbering, SubItemStylesCountTheirLastNumber) {
    auto labels = [](const char* sample) {
        auto s = NumberingStyle::parse(sample);
        EXPECT_TRUE(s.ok()) << sample;
        std::string out;
        for (int n = 1; s.ok() && n <= 3; ++n) out += s.value().label(n) + " ";
        return out;
    };
    EXPECT_EQ(labels("১.১"), "১.১ ১.২ ১.৩ ");
    EXPECT_EQ(labels("২.১"), "২.১ ২.২ ২.৩ ");
    EXPECT_EQ(labels("১.২.১"), "১.২.১ ১.২.২ ১.২.৩ ");
    EXPECT_EQ(labels("(১.১)"), "(১.১) (১.২) (১.৩) ");
    EXPECT_EQ(labels("১.১।"), "১.১। ১.২। ১.৩। ");
    EXPECT_EQ(labels("১.০"), "১.০ ২.০ ৩.০ ");         // still the hierarchical style
    EXPECT_FALSE(NumberingStyle::parse("১.২").ok());  // not the first item's label
}

TEST(Numbering, LettersInOrderThenBijective) {
    EXPECT_EQ(bangla_letter(1), "ক");
    EXPECT_EQ(bangla_letter(10), "ঞ");
    EXPECT_EQ(bangla_letter(32), "হ");
    EXPECT_EQ(bangla_letter(33), "কক");
}

TEST(MemoNumber, SeedNumbersParseAndRender) {
    auto m = parse_memo_number("৫৬.০৪.০০০০.০০০.০০৮.১৬.০০৩১.১৭.১৪৩৩", false);
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_EQ(m.value().layout, MemoLayout::Si2024);
    EXPECT_EQ(m.value().serial, "1433");
    EXPECT_EQ(m.value().render(), "৫৬.০৪.০০০০.০০০.০০৮.১৬.০০৩১.১৭.১৪৩৩");

    auto b = parse_memo_number("০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২.৪০১", false);
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b.value().layout, MemoLayout::Si2014);
    EXPECT_EQ(b.value().file_year(), 22);
}

TEST(MemoNumber, OcrDamageIsRepairedAndSuffixesKept) {
    auto m = parse_memo_number("১৫,০০,০০০০,০১৪,১৮,০১৩,২৩. ৭৮/১", false);
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_EQ(m.value().endorsement, 1);
    EXPECT_EQ(m.value().render(), "১৫.০০.০০০০.০১৪.১৮.০১৩.২৩.৭৮/১");
    auto legacy = parse_memo_number("05.206.033.00.00.068.2008.87", false);
    ASSERT_TRUE(legacy.ok()) << legacy.error().message;
    EXPECT_EQ(legacy.value().layout, MemoLayout::Legacy19);
}

TEST(MemoNumber, WrongWidthsAreErrorsThatSayWhich) {
    auto m = parse_memo_number("৫৬.৪.০০০০.০০০.০০৮.১৬.০০৩১.১৭.১৪৩৩", false);
    ASSERT_FALSE(m.ok());
    EXPECT_NE(m.error().message.find("22-digit file code"), std::string::npos);
    EXPECT_NE(m.error().message.find("group 2 (the office code, 2 digits) is ৪, 1 digit"),
              std::string::npos);
    EXPECT_FALSE(parse_memo_number("৫৬.০৪.১৪৩৩", false).ok());
    EXPECT_FALSE(parse_memo_number("স্মারক-১২", false).ok());
    auto free = parse_memo_number("ভূঃমঃ/শাঃ-২/খতিয়ান-১৩/২০০৪-৬৪৭/১(৭৫)", true);
    ASSERT_TRUE(free.ok());
    EXPECT_EQ(free.value().layout, MemoLayout::FreeText);
}

TEST(MemoNumber, MessagesNameTheLayoutAndWhatIsMissing) {
    auto message = [](const char* text) { return parse_memo_number(text, false).error().message; };
    EXPECT_NE(message("০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২").find("18-digit file code"), std::string::npos);
    EXPECT_NE(message("০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২").find("the serial (the last group) is missing"),
              std::string::npos);
    EXPECT_NE(message("৫৬.০৪.০০০০.০০০.০০৮.১৬.০০৩১.১৭").find("22-digit file code"),
              std::string::npos);
    EXPECT_NE(
        message("০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২/৪০১").find("write a dot before the serial (….২২.৪০১)"),
        std::string::npos);
    EXPECT_NE(
        message("০৫.৪৭.০০০০.০৬.০০৬.২২.৪০১").find("group 4 (the branch code, 3 digits) missing"),
        std::string::npos);
    EXPECT_NE(message("০৫.৪৭.০০০০.০০৫.০৬.০০৬.০০৬.২২.৪০১").find("one group too many: ০০৬ (group 6)"),
              std::string::npos);
    EXPECT_NE(message("০৫.৪৭.০০০০.০০৫.৪০১").find("has 5 groups"), std::string::npos);
    auto code = parse_file_code("০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২.৪০১");
    ASSERT_FALSE(code.ok());
    EXPECT_NE(code.error().message.find("the register gives the serial"), std::string::npos);
}

TEST(MemoNumber, FileYearAfterLetterWarns) {
    auto m = parse_memo_number("০৫.৪৭.০০০০.০০৫.০৬.০০৬.২৬.৪০১", false).value();
    EXPECT_TRUE(memo_year_warning(m, 2025).has_value());
    EXPECT_FALSE(memo_year_warning(m, 2026).has_value());
}

}  // namespace potro

namespace potro {

// Every day from 1990 to 2040 against the standard library's calendar, an independent
// computation, and the names of a week known from a calendar.
TEST(Weekday, EveryDayFrom1990To2040) {
    using namespace std::chrono;
    int days = 0;
    for (sys_days d = sys_days{year{1990} / January / 1}; d <= sys_days{year{2040} / December / 31};
         d += std::chrono::days{1}) {
        const year_month_day ymd{d};
        const GregorianDate g{static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                              static_cast<int>(unsigned(ymd.day()))};
        ASSERT_EQ(static_cast<unsigned>(weekday_of(g)), weekday{d}.c_encoding())
            << format_iso_date(g);
        ++days;
    }
    EXPECT_EQ(days, 18628);
    EXPECT_EQ(bangla_weekday(weekday_of({2025, 5, 6})), "মঙ্গলবার");
    EXPECT_EQ(bangla_weekday(weekday_of({2024, 2, 29})), "বৃহস্পতিবার");
    EXPECT_EQ(bangla_weekday(weekday_of({2026, 12, 4})), "শুক্রবার");
}

}  // namespace potro
