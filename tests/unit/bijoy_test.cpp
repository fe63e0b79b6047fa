// Bijoy (SutonnyMJ) to Unicode: real text typed in Bijoy, and a table of words made apart from
// the converter (tests/fixtures/bijoy/).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "bangla/bijoy_to_unicode.h"
#include "bangla/dates_in_text.h"
#include "base/unicode.h"
#include "base/windows1252.h"

namespace potro {
namespace {

std::string converted(const char16_t* bijoy) {
    return utf16_to_utf8(bijoy_to_unicode(bijoy));
}

TEST(BijoyToUnicode, TextFoundInRealDocuments) {
    // ../shared/domain.md §6.2 (a training deck: its typist wrote ভূক্ত with ূ, as many do),
    // the title of every minutes, and a newspaper paragraph typed in SutonnyMJ.
    EXPECT_EQ(converted(u"cÖvß cÎvw` Wv‡qwif~³ KiY"), "প্রাপ্ত পত্রাদি ডায়েরিভূক্ত করণ");
    EXPECT_EQ(converted(u"mfvi Kvh©weeiYx"), "সভার কার্যবিবরণী");
    EXPECT_EQ(converted(u"‡nj‡g‡Ui ÷v‡¤ú"), "হেলমেটের স্টাম্পে");
    EXPECT_EQ(converted(u"Avš—R©vwZK AvbyôvwbK wec‡¶ Bw½Z ˆZwi"),
              "আন্তর্জাতিক আনুষ্ঠানিক বিপক্ষে ইঙ্গিত তৈরি");
    EXPECT_EQ(converted(u"R¡jR¡j b¤^i `ª“ZB wµ‡÷vdvi BwÛ‡Ri KvwgÝ‡K"),
              "জ্বলজ্বল নম্বর দ্রুতই ক্রিস্টোফার ইন্ডিজের কামিন্সকে");
}

TEST(BijoyToUnicode, SignsAroundTheCluster) {
    EXPECT_EQ(converted(u"‡ev‡W©i"), "বোর্ডের");           // ো from ে…া, reph over ড
    EXPECT_EQ(converted(u"‡mŠfvM¨"), "সৌভাগ্য");           // ৌ from ে…ৗ
    EXPECT_EQ(converted(u"Kg©KZ©v"), "কর্মকর্তা");          // two rephs
    EXPECT_EQ(converted(u"g~wZ©"), "মূর্তি");               // reph over a cluster with ি
    EXPECT_EQ(converted(u"i¨vc"), "র‍্যাপ");  // র + ZWJ + ্য, not a reph
    EXPECT_EQ(converted(u"e¨e¯’vcbv"), "ব্যবস্থাপনা");      // half form and phala meet
    EXPECT_EQ(converted(u"wm×v‡šÍi"), "সিদ্ধান্তের");
    EXPECT_EQ(converted(u"12/05/2025 Zvwi‡L|"), "১২/০৫/২০২৫ তারিখে।");
}

TEST(BijoyToUnicode, SignsReadAsLatin1ControlsAreTheirWindows1252Selves) {
    // ‡ is 0x87 in Windows-1252; decoded as Latin-1 it is U+0087.
    EXPECT_EQ(converted(u"\u0087Rjv"), "জেলা");
}

TEST(BijoyToUnicode, AddressesStayInLatinLetters) {
    EXPECT_EQ(converted(u"B-‡gBj: dc@natore.gov.bd I www.natore.gov.bd"),
              "ই-মেইল: dc@natore.gov.bd ও www.natore.gov.bd");
}

TEST(Windows1252, BijoySignsAndUndefinedBytes) {
    // 0x87 ‡, 0xA9 ©, 0x81 (undefined in the code page) kept as U+0081.
    EXPECT_EQ(windows1252_to_utf16("\x87K\xA9\x81"), u"\u2021K\u00A9\u0081");
    EXPECT_EQ(windows1252_to_utf16(""), u"");
}

TEST(DatesInText, PairsWeekdaysAndTheWaysTheyAreTyped) {
    const auto d =
        dates_in_text(u"২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ/০৬ মে ২০২৫ খ্রিস্টাব্দ (মঙ্গলবার) এবং 5 জুন, 2025 তারিখে");
    ASSERT_EQ(d.size(), 3u);
    EXPECT_TRUE(d[0].bangla);
    EXPECT_EQ(d[0].month, 1);
    EXPECT_EQ(d[0].year, 1432);
    EXPECT_FALSE(d[1].bangla);
    EXPECT_TRUE(d[1].pairs_with_previous);
    ASSERT_TRUE(d[1].weekday);
    EXPECT_EQ(*d[1].weekday, Weekday::Tuesday);
    EXPECT_EQ(d[2].day, 5);
    EXPECT_EQ(d[2].month, 6);
    EXPECT_FALSE(d[2].pairs_with_previous);  // words stand between them
    EXPECT_TRUE(dates_in_text(u"১২ সদস্য ২০২৫ সালে").empty());
}

TEST(BijoyToUnicode, UnicodeBanglaAndSpacesPassThrough) {
    EXPECT_EQ(converted(u"সভার  কার্যবিবরণী\n"), "সভার  কার্যবিবরণী\n");
}

TEST(BijoyToUnicode, EveryWordOfTheIndependentTable) {
    // Conjunct-rich words of the seeds and the examples, typed in Bijoy by
    // tests/fixtures/bijoy/make_table.py (Unicode to keys, its own table of the layout).
    std::ifstream in(POTRO_TEST_FIXTURE_DIR "/bijoy/words.tsv");
    ASSERT_TRUE(in) << "tests/fixtures/bijoy/words.tsv";
    std::string line;
    int words = 0, wrong = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        const size_t tab = line.find('\t');
        ASSERT_NE(tab, std::string::npos) << line;
        const std::string bijoy = line.substr(0, tab), unicode = line.substr(tab + 1);
        ++words;
        const std::string got = utf16_to_utf8(bijoy_to_unicode(utf16_of(bijoy)));
        if (got != unicode) {
            ++wrong;
            ADD_FAILURE() << bijoy << " gave " << got << ", not " << unicode;
        }
    }
    EXPECT_GE(words, 300);
    EXPECT_EQ(wrong, 0) << "of " << words;
}

}  // namespace
}  // namespace potro
