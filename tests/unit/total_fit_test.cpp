#include <gtest/gtest.h>

#include "text/total_fit.h"

namespace potro {

namespace {
FitItem word(double w) {
    return {w, 3, 1.5, 1, 0, false};
}
}  // namespace

TEST(TotalFit, EverythingOnOneLineWhenItFits) {
    std::vector<FitItem> items = {word(10), word(10), word(10)};
    EXPECT_EQ(total_fit(items, 100), std::vector<size_t>({2}));
}

TEST(TotalFit, BreaksWhenTooWide) {
    std::vector<FitItem> items = {word(40), word(40), word(40)};
    auto ends = total_fit(items, 90);
    ASSERT_EQ(ends.size(), 2u);
    EXPECT_EQ(ends.back(), 2u);
}

TEST(TotalFit, PrefersEvenLinesOverGreedy) {
    // Greedy fills line one with three words and leaves a very loose second line of one long
    // word among short ones; total fit evens them out.
    std::vector<FitItem> items = {word(20), word(20), word(20), word(20), word(20), word(60)};
    auto ends = total_fit(items, 100);
    // Greedy would take 4 words (20*4 + 9 = 89) on the first line.
    ASSERT_GE(ends.size(), 2u);
    for (size_t k = 0; k + 1 < ends.size(); ++k) EXPECT_LE(ends[k], 4u);
}

TEST(TotalFit, ForcedBreakIsHonoured) {
    std::vector<FitItem> items = {word(10), word(10), word(10)};
    items[0].forced = true;
    EXPECT_EQ(total_fit(items, 100), std::vector<size_t>({0, 2}));
}

TEST(TotalFit, OverwideItemStandsAlone) {
    std::vector<FitItem> items = {word(10), word(500), word(10)};
    auto ends = total_fit(items, 100);
    EXPECT_EQ(ends, std::vector<size_t>({0, 1, 2}));
}

TEST(AdjustmentRatio, StretchAndShrink) {
    EXPECT_DOUBLE_EQ(adjustment_ratio(90, 10, 5, 100), 1.0);
    EXPECT_DOUBLE_EQ(adjustment_ratio(105, 10, 5, 100), -1.0);
    EXPECT_DOUBLE_EQ(adjustment_ratio(100, 10, 5, 100), 0.0);
}

}  // namespace potro
