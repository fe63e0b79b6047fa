#include <gtest/gtest.h>

#include "base/unicode.h"

namespace potro {

TEST(Utf8, DecodesBangla) {
    auto r = utf8_to_utf16("কর্ম", "x.txt");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), u"কর্ম");
}

TEST(Utf8, InvalidByteNamesLineAndColumn) {
    auto r = utf8_to_utf16("ক\nখগ\xff", "minutes.txt");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().pos.file, "minutes.txt");
    EXPECT_EQ(r.error().pos.line, 2);
    EXPECT_EQ(r.error().pos.column, 3);
    EXPECT_NE(r.error().to_string().find("minutes.txt:2:3: error:"), std::string::npos);
}

TEST(Nfc, ComposesSplitVowelButKeepsNuktaForms) {
    // ে + া composes to ো; য় stays য + ় as all the seeds store it.
    EXPECT_EQ(to_nfc(u"ক\u09C7\u09BE"), u"ক\u09CB");
    EXPECT_EQ(to_nfc(u"\u09DF"), u"\u09AF\u09BC");
}

TEST(Position, CountsCodePointsPerLine) {
    const std::u16string text = u"ab\nকখ\U0001F600x";
    SourcePos p = position_of(text, text.size() - 1, "f");
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.column, 4);
}

}  // namespace potro
