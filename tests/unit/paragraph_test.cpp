#include <gtest/gtest.h>

#include <cmath>

#include "test_support.h"
#include "text/break_points.h"
#include "text/paragraph.h"

namespace potro {

using testing::bundled_fonts;

namespace {

const char16_t* kBody =
    u"তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তরের সেবা প্রদান প্রতিশ্রুতি বিষয়ে আওতাধীন দপ্তর/সংস্থার "
    u"কর্মকর্তাদের সমন্বয়ে ত্রৈমাসিক ভিত্তিতে ৩য় কোয়ার্টার (জানুয়ারী ২০২৫-মার্চ ২০২৫) সভায় "
    u"সভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কার্যক্রম শুরু করেন। অতঃপর সভাপতি আলোচ্যসূচি "
    u"অনুযায়ী সভার কার্যক্রম পরিচালনা করার জন্য সদস্য সচিবকে অনুরোধ করেন। www.doict.gov.bd";

Paragraph make(const std::u16string& text, Align align) {
    Paragraph p;
    p.text = text;
    p.style.align = align;
    return p;
}

float line_right_edge(const Line& line) {
    float right = 0;
    for (const auto& run : line.runs) {
        for (const auto& g : run.glyphs) right = std::max(right, line.x + g.x + g.advance);
    }
    return right;
}

}  // namespace

TEST(Paragraph, NoLineWiderThanItsBox) {
    for (Align a : {Align::Justify, Align::Left, Align::Right, Align::Center}) {
        auto pl = layout_paragraph(make(kBody, a), 300, bundled_fonts());
        ASSERT_GT(pl.lines.size(), 2u);
        for (const Line& line : pl.lines) {
            EXPECT_LE(line.x + line.width, 300.01f);
            EXPECT_GE(line.x, -0.01f);
        }
    }
}

TEST(Paragraph, JustifiedLinesAreFlushAtBothEdgesButTheLast) {
    auto pl = layout_paragraph(make(kBody, Align::Justify), 300, bundled_fonts());
    ASSERT_GT(pl.lines.size(), 2u);
    for (size_t i = 0; i + 1 < pl.lines.size(); ++i) {
        EXPECT_NEAR(pl.lines[i].x, 0, 0.01);
        EXPECT_NEAR(line_right_edge(pl.lines[i]), 300, 0.05) << "line " << i;
    }
    EXPECT_LT(pl.lines.back().width, 299);  // the last line keeps its natural spacing
}

TEST(Paragraph, AnAddressThatCannotBreakLeavesItsLineRaggedNotFullOfHoles) {
    // A narrow cell: the address breaks after its signs rather than stretching the line…
    auto mail =
        layout_paragraph(make(u"যোগাযোগ: dc.natore.office@mopa.gov.bd অথবা ফোন", Align::Justify),
                         120, bundled_fonts());
    for (const Line& line : mail.lines) EXPECT_LE(line.x + line.width, 120.01f);
    // …and a line left short by a word that cannot break is set at its natural spacing, not
    // stretched across the width (its spaces would grow past twice their width): "ক খ" with
    // a long word after it.
    const std::u16string word = u"প্রতিশ্রুতিপরিবীক্ষণকমিটিরসদস্যবৃন্দ";
    const std::u16string text = u"ক খ " + word;
    const float width = min_content_width(make(word, Align::Left), bundled_fonts()) + 5;
    auto pl = layout_paragraph(make(text, Align::Justify), width, bundled_fonts());
    ASSERT_GE(pl.lines.size(), 2u);
    float widest_space = 0;
    for (const auto& run : pl.lines[0].runs) {
        for (const auto& g : run.glyphs) {
            if (text[g.cluster] == u' ') widest_space = std::max(widest_space, g.advance);
        }
    }
    EXPECT_GT(widest_space, 0.0f);
    EXPECT_LT(widest_space, 10.0f) << "a hole of " << widest_space << " pt";
}

TEST(Paragraph, LinesNeverStartInsideAGrapheme) {
    const std::u16string text = kBody;
    auto graphemes = grapheme_boundaries(text, 0, static_cast<uint32_t>(text.size()));
    for (float width : {120.f, 180.f, 260.f}) {
        auto pl = layout_paragraph(make(text, Align::Justify), width, bundled_fonts());
        for (size_t i = 1; i < pl.lines.size(); ++i) {
            const uint32_t s = pl.lines[i].start;
            EXPECT_NE(std::find(graphemes.begin(), graphemes.end(), s), graphemes.end());
        }
    }
}

TEST(Paragraph, TooWideWordIsCutAtGraphemesNotOverflowing) {
    std::u16string word;
    for (int i = 0; i < 60; ++i) word += u"ক্ষি";
    auto pl = layout_paragraph(make(word, Align::Left), 100, bundled_fonts());
    ASSERT_GT(pl.lines.size(), 3u);
    for (const Line& line : pl.lines) {
        EXPECT_LE(line.width, 100.01f);
        EXPECT_EQ((line.start) % 4, 0u) << "a line starts inside ক্ষি";
    }
}

TEST(Paragraph, CacheGivesTheSameGlyphsAsWholeRunShaping) {
    ShapeCache cache;
    auto cached = layout_paragraph(make(kBody, Align::Justify), 250, bundled_fonts(), {&cache});
    auto plain = layout_paragraph(make(kBody, Align::Justify), 250, bundled_fonts(), {nullptr});
    ASSERT_EQ(cached.lines.size(), plain.lines.size());
    for (size_t i = 0; i < plain.lines.size(); ++i) {
        ASSERT_EQ(cached.lines[i].runs.size(), plain.lines[i].runs.size());
        for (size_t r = 0; r < plain.lines[i].runs.size(); ++r) {
            const auto& a = cached.lines[i].runs[r].glyphs;
            const auto& b = plain.lines[i].runs[r].glyphs;
            ASSERT_EQ(a.size(), b.size());
            for (size_t g = 0; g < a.size(); ++g) {
                EXPECT_EQ(a[g].gid, b[g].gid);
                EXPECT_FLOAT_EQ(a[g].x, b[g].x);
            }
        }
    }
    EXPECT_GT(cache.stats().hits, 0u);
}

TEST(Paragraph, LatinRunsUseTheLatinFace) {
    auto pl = layout_paragraph(make(u"ওয়েবসাইট www.doict.gov.bd দেখুন", Align::Left), 400,
                               bundled_fonts());
    ASSERT_EQ(pl.lines.size(), 1u);
    std::vector<std::string> families;
    for (const auto& run : pl.lines[0].runs) families.push_back(run.font->metrics().family_name);
    EXPECT_EQ(families,
              (std::vector<std::string>{"Noto Serif Bengali", "Noto Serif", "Noto Serif Bengali"}));
    EXPECT_TRUE(pl.uncovered.empty());
}

TEST(Paragraph, UncoveredCharacterIsReportedWithItsIndex) {
    auto pl = layout_paragraph(make(u"কখ \u4E2D গ", Align::Left), 400, bundled_fonts());
    ASSERT_EQ(pl.uncovered.size(), 1u);
    EXPECT_EQ(pl.uncovered[0].index, 3u);
    EXPECT_EQ(pl.uncovered[0].cp, 0x4E2Du);
}

TEST(Paragraph, CentredAndRightAlignedLinesSitWhereAsked) {
    auto right = layout_paragraph(make(u"সভাপতি", Align::Right), 300, bundled_fonts());
    EXPECT_NEAR(right.lines[0].x + right.lines[0].width, 300, 0.01);
    auto centre = layout_paragraph(make(u"সভাপতি", Align::Center), 300, bundled_fonts());
    EXPECT_NEAR(centre.lines[0].x * 2 + centre.lines[0].width, 300, 0.01);
}

TEST(Paragraph, BreakAfterSlashReshapesOnlyWhenUnsafe) {
    // A narrow column forces breaks after "/" in these compounds; the text must still be
    // complete and in order across the lines.
    const std::u16string text = u"কর্মশালা/প্রশিক্ষণ/সেমিনার দপ্তর/সংস্থা";
    auto pl = layout_paragraph(make(text, Align::Left), 70, bundled_fonts());
    ASSERT_GT(pl.lines.size(), 1u);
    uint32_t expect_start = 0;
    for (const Line& line : pl.lines) {
        while (expect_start < text.size() && text[expect_start] == u' ') ++expect_start;
        EXPECT_EQ(line.start, expect_start);
        expect_start = line.end;
    }
    EXPECT_EQ(pl.lines.back().end, text.size());
}

}  // namespace potro
