#include <gtest/gtest.h>

#include <algorithm>

#include "text/break_points.h"

namespace potro {

namespace {
bool has_break(const std::vector<BreakPoint>& bps, uint32_t pos) {
    return std::any_of(bps.begin(), bps.end(), [&](const BreakPoint& b) { return b.pos == pos; });
}
}  // namespace

TEST(BreakPoints, BreaksAfterSpacesNotInsideWords) {
    const std::u16string text = u"সভার কার্যবিবরণী";
    auto bps = find_break_points(text);
    ASSERT_EQ(bps.size(), 2u);
    EXPECT_EQ(bps[0].pos, 5u);  // after "সভার "
    EXPECT_EQ(bps[1].pos, text.size());
}

TEST(BreakPoints, AllowsBreakAfterSlashInCompounds) {
    const std::u16string text = u"দপ্তর/সংস্থা";
    EXPECT_TRUE(has_break(find_break_points(text), 6));
}

TEST(BreakPoints, NoBreakAfterSlashInDates) {
    const std::u16string text = u"১৪/০৭/২৩";
    EXPECT_FALSE(has_break(find_break_points(text), 3));
}

TEST(BreakPoints, AddressesBreakAfterTheirSignsNumbersAndPhonesNever) {
    // ই-মেইল: dcnatore@mopa.gov.bd — after @ and each dot; www.… and https://… after / and .
    const std::u16string mail = u"ই-মেইল: dcnatore@mopa.gov.bd";
    const auto at = static_cast<uint32_t>(mail.find(u'@'));
    EXPECT_TRUE(has_break(find_break_points(mail), at + 1));
    EXPECT_TRUE(has_break(find_break_points(mail), at + 6));  // after "mopa."
    const std::u16string web = u"https://www.natore.gov.bd/site/page/ab12";
    EXPECT_TRUE(has_break(find_break_points(web), 26));  // after "…gov.bd/"
    EXPECT_FALSE(has_break(find_break_points(web), 7));  // not between the two slashes
    // Amounts, phone numbers and memo numbers stay whole.
    for (const char16_t* whole :
         {u"৪১,২৫০.০০", u"০১৭১১-৪৫৬৭৮৯", u"১৫.০০.০০০০.০১৪.১৮.০১৩.২৩.৭৮/১", u"১,০৮,৪৯১.৭৫"}) {
        const std::u16string t = whole;
        const auto bps = find_break_points(t);
        EXPECT_EQ(bps.size(), 1u) << "a break inside " << bps.front().pos;
    }
}

TEST(BreakPoints, NeverBeforeDanda) {
    const std::u16string text = u"করেন। পরে";
    auto bps = find_break_points(text);
    EXPECT_FALSE(has_break(bps, 4));  // before ।
    EXPECT_TRUE(has_break(bps, 6));
}

TEST(BreakPoints, EveryBreakIsAGraphemeBoundary) {
    const std::u16string text =
        u"ক্ষুদ্র/মাঝারি কর্ম-পরিকল্পনা www.doict.gov.bd "
        u"ক্‍ষ";
    auto graphemes = grapheme_boundaries(text, 0, static_cast<uint32_t>(text.size()));
    for (const auto& b : find_break_points(text)) {
        if (b.pos == text.size()) continue;
        EXPECT_NE(std::find(graphemes.begin(), graphemes.end(), b.pos), graphemes.end())
            << "break at " << b.pos;
    }
}

TEST(BreakPoints, LineSeparatorForcesABreak) {
    const std::u16string text = u"প্রথম\nদ্বিতীয়";
    auto bps = find_break_points(text);
    ASSERT_GE(bps.size(), 2u);
    EXPECT_EQ(bps[0].pos, 6u);
    EXPECT_TRUE(bps[0].forced);
}

TEST(Graphemes, ConjunctIsOneCluster) {
    const std::u16string text = u"ক্ষি";  // ক ্ ষ ি
    EXPECT_TRUE(grapheme_boundaries(text, 0, 4).empty());
}

}  // namespace potro
