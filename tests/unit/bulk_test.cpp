#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "bangla/memo_number.h"
#include "bulk/bulk_inputs.h"
#include "bulk/index_document.h"
#include "bulk/output_name.h"
#include "io/content_hash.h"
#include "kinds/kind.h"
#include "kinds/minutes/minutes.h"

namespace potro {

namespace fs = std::filesystem;

std::string stem(const Minutes& m, const std::string& path) {
    return output_stem(*make_minutes_document({}, m), path);
}

TEST(OutputName, DateAndMemoNumberInAscii) {
    Minutes m;
    m.issue = Endorsement{};
    m.issue->memo_line.date = {2024, 5, 7};
    m.issue->memo_line.memo = parse_memo_number("১৫.০০.০০০০.০১৪.১৮.০১৩.২৩.৭৮/১", false).value();
    EXPECT_EQ(stem(m, "x/moi.xml"), "2024-05-07_15.00.0000.014.18.013.23.78-1");
}

TEST(OutputName, WithoutAMemoNumberTheInputNameStandsIn) {
    Minutes m;
    m.meeting.date = GregorianDate{2022, 11, 20};
    EXPECT_EQ(stem(m, "in/natore minutes.xml"), "2022-11-20_natore-minutes");
    Minutes undated;
    EXPECT_EQ(stem(undated, "a.xml"), "undated_a");
    Minutes free;
    free.issue = Endorsement{};
    free.issue->memo_line.date = {2008, 10, 30};
    free.issue->memo_line.memo = parse_memo_number("ভূঃমঃ/শাঃ-২/৬৪৭", true).value();
    EXPECT_EQ(stem(free, "old.xml"), "2008-10-30_old");
}

TEST(FileCode, ReadWithoutSerial) {
    auto c = parse_file_code("০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c.value().layout, MemoLayout::Si2014);
    EXPECT_EQ(c.value().file_code(), "05.47.0000.005.06.006.22");
    EXPECT_TRUE(c.value().serial.empty());
    EXPECT_FALSE(parse_file_code("০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২.৪০১").ok());  // that is a memo number
    EXPECT_FALSE(parse_file_code("স্মারক").ok());
}

TEST(BulkInputs, RootElementDecidesWhatIsADocument) {
    EXPECT_TRUE(looks_like_document("<?xml version=\"1.0\"?>\n<!-- a -> b -->\n<minutes>"));
    EXPECT_TRUE(looks_like_document("\xEF\xBB\xBF<minutes template=\"x\">"));
    EXPECT_FALSE(looks_like_document("<?xml version=\"1.0\"?><letterhead>"));
    EXPECT_FALSE(looks_like_document("<minutesx>"));
    // A broken file is reported, not skipped.
    EXPECT_TRUE(looks_like_document("this is not XML"));
    EXPECT_TRUE(looks_like_document("<!-- never closed"));
}

TEST(BulkInputs, FolderRecursiveSortedAndManifestWithPositions) {
    const fs::path dir = fs::temp_directory_path() / "potro-bulk-inputs";
    fs::remove_all(dir);
    fs::create_directories(dir / "b");
    std::ofstream(dir / "b" / "2.xml") << "<minutes/>";
    std::ofstream(dir / "1.xml") << "<minutes/>";
    std::ofstream(dir / "lh.xml") << "<letterhead/>";
    std::ofstream(dir / "notes.txt") << "<minutes/>";
    auto found = collect_bulk_inputs(dir.string(), FileSource({}));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found.value().size(), 2u);
    EXPECT_EQ(fs::path(found.value()[0].path).filename(), "1.xml");
    EXPECT_EQ(fs::path(found.value()[1].path).filename(), "2.xml");

    std::ofstream(dir / "list.txt") << "# year\n1.xml\n\n   b/none.xml  \n";
    auto listed = collect_bulk_inputs((dir / "list.txt").string(), FileSource({}));
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed.value().size(), 2u);
    EXPECT_FALSE(listed.value()[0].missing);
    ASSERT_TRUE(listed.value()[1].missing);
    EXPECT_EQ(listed.value()[1].missing->pos.line, 4);
    EXPECT_EQ(listed.value()[1].missing->pos.column, 4);
    fs::remove_all(dir);
}

TEST(IndexCsv, QuotesFieldsAndSortsByDateThenMemo) {
    std::vector<IndexEntry> e(3);
    e[0] = {GregorianDate{2024, 3, 3},
            u"সভার কার্যবিবরণী",
            u"সভা, \"দুই\"",
            u"সভাপতি",
            "৫৮.২",
            4,
            {{"pdf", "b.pdf"}, {"docx", "b.docx"}},
            "b.xml"};
    e[1] = {GregorianDate{2023, 9, 25},
            u"সরকারি পত্র",
            u"এক",
            u"ক",
            "০৫.১",
            6,
            {{"pdf", "a.pdf"}, {"docx", "a.docx"}},
            "a.xml"};
    e[2] = {std::nullopt, u"অফিস আদেশ", u"তারিখ নেই", u"খ", "", 1, {{"pdf", "c.pdf"}}, "c.xml"};
    sort_index(e);
    EXPECT_EQ(e[0].source, "a.xml");
    EXPECT_EQ(e[2].source, "c.xml");
    const std::string csv = index_csv(e);
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF"
                        "date,bangla_date,kind,subject,",
                        0),
              0u);
    EXPECT_NE(csv.find("2023-09-25,১০ আশ্বিন ১৪৩০,সরকারি পত্র,এক,ক,০৫.১,6,a.pdf,a.docx,a.xml\r\n"),
              std::string::npos);
    EXPECT_NE(csv.find("\"সভা, \"\"দুই\"\"\""), std::string::npos);
}

TEST(ContentHash, FieldsAreDelimited) {
    EXPECT_NE(ContentHash().add("ab").add("c").hex(), ContentHash().add("a").add("bc").hex());
    EXPECT_EQ(ContentHash().add("x").hex(), ContentHash().add("x").hex());
    EXPECT_EQ(ContentHash().add("x").hex().size(), 64u);
}

}  // namespace potro
