#include "register/memo_register.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <thread>

namespace potro {

namespace fs = std::filesystem;

namespace {

std::string fresh_register(const char* name) {
    const fs::path p = fs::temp_directory_path() / name;
    for (const char* ext : {"", "-wal", "-shm"}) fs::remove(p.string() + ext);
    return p.string();
}

}  // namespace

TEST(MemoRegister, HandsOutSerialsInOrderPerFileCodeAndYear) {
    auto reg = MemoRegister::open(fresh_register("potro-reg-order.sqlite"));
    ASSERT_TRUE(reg.ok()) << reg.error().to_string();
    auto s = reg.value().assign({{"05.47.0000.005.06.006.22", 2023, "file:a"},
                                 {"05.47.0000.005.06.006.22", 2023, "file:b"},
                                 {"05.47.0000.005.06.006.22", 2024, "file:c"},
                                 {"58.00.0000.018.99.002.21", 2023, "file:d"}});
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s.value(), (std::vector<int64_t>{1, 2, 1, 1}));
}

TEST(MemoRegister, ADocumentKeepsItsNumberAcrossOpenings) {
    const std::string path = fresh_register("potro-reg-keep.sqlite");
    {
        auto reg = MemoRegister::open(path);
        ASSERT_TRUE(reg.ok());
        EXPECT_EQ(reg.value().assign({{"15.00.0000.014.18.013.23", 2024, "id:x"}}).value()[0], 1);
        EXPECT_EQ(reg.value().assign({{"15.00.0000.014.18.013.23", 2024, "id:y"}}).value()[0], 2);
    }
    auto reg = MemoRegister::open(path);
    ASSERT_TRUE(reg.ok());
    EXPECT_EQ(reg.value().assign({{"15.00.0000.014.18.013.23", 2024, "id:x"}}).value()[0], 1);
    EXPECT_EQ(reg.value().assign({{"15.00.0000.014.18.013.23", 2024, "id:z"}}).value()[0], 3);
    EXPECT_EQ(reg.value().entries().value().size(), 3u);
}

TEST(MemoRegister, ConnectionsAtOnceNeverShareANumber) {
    const std::string path = fresh_register("potro-reg-threads.sqlite");
    ASSERT_TRUE(MemoRegister::open(path).ok());
    std::vector<std::vector<int64_t>> got(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            auto reg = MemoRegister::open(path);
            ASSERT_TRUE(reg.ok());
            for (int i = 0; i < 25; ++i) {
                const std::string doc = "t" + std::to_string(t) + "-" + std::to_string(i);
                auto s = reg.value().assign({{"05.43.6900.006.32.001.21", 2022, doc}});
                ASSERT_TRUE(s.ok()) << s.error().to_string();
                got[t].push_back(s.value()[0]);
            }
        });
    }
    for (auto& th : threads) th.join();
    std::set<int64_t> all;
    for (const auto& g : got) all.insert(g.begin(), g.end());
    EXPECT_EQ(all.size(), 100u);
    EXPECT_EQ(*all.begin(), 1);
    EXPECT_EQ(*all.rbegin(), 100);
}

TEST(MemoRegister, AFileThatIsNotARegisterIsAnErrorNamingIt) {
    const std::string path = fresh_register("potro-reg-bad.sqlite");
    FILE* f = std::fopen(path.c_str(), "w");
    std::fputs("this is not a database, it is a letter", f);
    std::fclose(f);
    auto reg = MemoRegister::open(path);
    ASSERT_FALSE(reg.ok());
    EXPECT_NE(reg.error().to_string().find(path), std::string::npos);
}

}  // namespace potro
