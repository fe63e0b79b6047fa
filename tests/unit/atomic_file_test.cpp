#include <gtest/gtest.h>

#include <filesystem>

#include "io/atomic_file.h"

namespace potro {

namespace fs = std::filesystem;

TEST(AtomicFile, WritesAndReplaces) {
    const fs::path dir = fs::temp_directory_path() / "potro-atomic-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string path = (dir / "out.pdf").string();
    ASSERT_TRUE(write_file_atomically(path, "first").ok());
    ASSERT_TRUE(write_file_atomically(path, "second").ok());
    EXPECT_EQ(read_file(path).value(), "second");
    // No temporary file is left beside it.
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
    fs::remove_all(dir);
}

TEST(AtomicFile, MissingFolderIsAnErrorNamingThePath) {
    auto st = write_file_atomically("/nonexistent-potro-dir/out.pdf", "x");
    ASSERT_FALSE(st.ok());
    EXPECT_NE(st.error().to_string().find("/nonexistent-potro-dir/out.pdf"), std::string::npos);
}

}  // namespace potro
