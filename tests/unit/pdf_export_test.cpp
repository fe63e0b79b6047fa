#include <gtest/gtest.h>

#include "jobs/typeset_job.h"
#include "test_support.h"

namespace potro {

namespace {
std::string make_pdf(const std::u16string& text) {
    PlainTextOptions options;
    auto pdf =
        typeset_to_pdf(text, "t.txt", testing::bundled_fonts(), options, nullptr, nullptr, nullptr);
    EXPECT_TRUE(pdf.ok());
    return pdf.ok() ? pdf.value() : std::string();
}
}  // namespace

TEST(PdfExport, SameInputSameBytes) {
    const std::u16string text = u"সভার কার্যবিবরণী\n\nসভাপতি উপস্থিত সকলকে স্বাগত জানান।";
    EXPECT_EQ(make_pdf(text), make_pdf(text));
}

TEST(PdfExport, HeaderIsPdf17AndIdFollowsContent) {
    const std::string a = make_pdf(u"সভার কার্যবিবরণী");
    const std::string b = make_pdf(u"সভার কার্যবিবরণী।");
    EXPECT_EQ(a.rfind("%PDF-1.7", 0), 0u);
    auto id_of = [](const std::string& pdf) {
        auto at = pdf.find("/ID");
        return at == std::string::npos ? std::string() : pdf.substr(at, 80);
    };
    ASSERT_FALSE(id_of(a).empty());
    EXPECT_NE(id_of(a), id_of(b));
    EXPECT_EQ(a.find("CreationDate"), std::string::npos);  // no wall clock in the output
}

TEST(PdfExport, FontsAreType0IdentityHWithToUnicode) {
    const std::string pdf = make_pdf(u"কি www");
    EXPECT_NE(pdf.find("/Identity-H"), std::string::npos);
    EXPECT_NE(pdf.find("/CIDFontType2"), std::string::npos);
    EXPECT_NE(pdf.find("/ToUnicode"), std::string::npos);
    EXPECT_NE(pdf.find("/Lang"), std::string::npos);
}

TEST(PdfExport, EmptyTextStillMakesOnePage) {
    const std::string pdf = make_pdf(u"");
    EXPECT_NE(pdf.find("/Count 1"), std::string::npos);
}

}  // namespace potro
