// Element paths for diagnostics: what a form uses to mark the field a message is about.
#include <gtest/gtest.h>

#include "model/element_path.h"

namespace potro {
namespace {

const char* kMinutes =
    "<?xml version=\"1.0\"?>\n"
    "<minutes>\n"
    "  <meeting>\n"
    "    <date>2025-08-12</date>\n"
    "  </meeting>\n"
    "  <body><agenda><item><title>ক</title></item>\n"
    "    <item><decision>খ</decision></item></agenda></body>\n"
    "</minutes>\n";

TEST(ElementPaths, NamesTheElementAtAPosition) {
    ElementPaths paths(kMinutes);
    EXPECT_EQ(paths.at(2, 1), "/minutes");
    EXPECT_EQ(paths.at(4, 5), "/minutes/meeting/date");
    EXPECT_EQ(paths.at(3, 3), "/minutes/meeting");
}

TEST(ElementPaths, IndexesRepeatedSiblings) {
    ElementPaths paths(kMinutes);
    EXPECT_EQ(paths.at(6, 23), "/minutes/body/agenda/item[1]/title");
    EXPECT_EQ(paths.at(7, 5), "/minutes/body/agenda/item[2]");
    EXPECT_EQ(paths.at(7, 11), "/minutes/body/agenda/item[2]/decision");
}

TEST(ElementPaths, AnUnknownColumnTakesTheLastElementOnTheLine) {
    ElementPaths paths(kMinutes);
    EXPECT_EQ(paths.at(4, 0), "/minutes/meeting/date");
}

TEST(ElementPaths, NothingForTextThatIsNotXmlOrBeforeTheRoot) {
    EXPECT_EQ(ElementPaths("<minutes><oops").at(1, 1), "");
    EXPECT_EQ(ElementPaths(kMinutes).at(1, 1), "");
    EXPECT_EQ(ElementPaths(kMinutes).at(0, 0), "");
}

}  // namespace
}  // namespace potro
