#include <gtest/gtest.h>

#include "pdf/content_stream.h"
#include "pdf/glyph_text.h"

namespace potro::pdf {

namespace {
std::u16string joined(const ClusterText& ct) {
    std::u16string s;
    for (const auto& p : ct.pieces) s += p.text;
    return s;
}
bool has_mark(const std::u16string& s) {
    for (char16_t c : s) {
        if (c == 0x09CD || c == 0x09C1 || c == 0x0981) return true;
    }
    return false;
}
PositionedGlyph glyph(uint32_t gid, float advance, float dx = 0) {
    return {gid, 0, 0, advance, dx, 0};
}
}  // namespace

TEST(ClusterText, SingleGlyphTakesTheWholeCluster) {
    std::vector<PositionedGlyph> g = {glyph(300, 5)};
    auto ct = cluster_text(u"কা", g);
    ASSERT_EQ(ct.pieces.size(), 1u);
    EXPECT_EQ(ct.pieces[0].text, u"কা");
    EXPECT_FALSE(ct.needs_actual_text);
}

TEST(ClusterText, ConjunctKeepsTheViramaOffTheAdvancingGlyph) {
    // pdf.js would take a glyph whose text holds ্ for a zero-width mark and lose its advance:
    // the conjunct glyph carries ক, invisible carriers carry ্ and ষ.
    std::vector<PositionedGlyph> g = {glyph(300, 5)};
    auto ct = cluster_text(u"ক্ষ", g);
    EXPECT_EQ(joined(ct), u"ক্ষ");
    for (const auto& p : ct.pieces) {
        if (p.glyph == 0) {
            EXPECT_FALSE(has_mark(p.text));
        }
    }
    EXPECT_TRUE(ct.needs_actual_text);
}

TEST(ClusterText, MarksRideOnZeroWidthGlyphs) {
    // কু: ক advances, ু is a zero-width mark: each takes its own character.
    std::vector<PositionedGlyph> g = {glyph(238, 7), glyph(591, 0, -2)};
    auto ct = cluster_text(u"কু", g);
    ASSERT_EQ(ct.pieces.size(), 2u);
    EXPECT_EQ(ct.pieces[0].glyph, 0);
    EXPECT_EQ(ct.pieces[0].text, u"ক");
    EXPECT_EQ(ct.pieces[1].glyph, 1);
    EXPECT_EQ(ct.pieces[1].text, u"ু");
}

TEST(ClusterText, PreBaseVowelReadsInLogicalOrder) {
    // কি is drawn ি first, then ক: read in drawing order the strings must give ক ি.
    std::vector<PositionedGlyph> g = {glyph(178, 2), glyph(238, 7)};
    auto ct = cluster_text(u"কি", g);
    EXPECT_EQ(joined(ct), u"কি");
    EXPECT_TRUE(ct.needs_actual_text);
}

TEST(ClusterText, SplitVowelGetsItsCanonicalParts) {
    std::vector<PositionedGlyph> g = {glyph(1, 2), glyph(2, 7), glyph(3, 2)};
    auto ct = cluster_text(u"কো", g);
    EXPECT_EQ(joined(ct), u"ক\u09C7\u09BE");
    for (const auto& p : ct.pieces) EXPECT_FALSE(p.text.empty());
}

TEST(ClusterText, MarkWithOffsetIsWrapped) {
    std::vector<PositionedGlyph> g = {glyph(5, 0, -1.5f)};
    EXPECT_TRUE(cluster_text(u"\u0981", g).needs_actual_text);
}

TEST(ContentStream, NumbersAreLocaleFreeAndShort) {
    ContentStream cs;
    cs.num(12).num(0.5).num(-0.0001).num(3.14159).num(-2.25);
    EXPECT_EQ(cs.str(), "12 0.5 0 3.142 -2.25");
}

}  // namespace potro::pdf
