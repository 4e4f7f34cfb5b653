// Where `coolpapers` finds its title index: the built-in one, or a newer one a user dropped in
// $XDG_DATA_HOME/coolpapers/; a corrupt or foreign file there is refused with a message.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "../titles/index_builder.hpp"
#include "subprocess.hpp"

using coolpapers::testing::binary_path;
using coolpapers::testing::run_process;
namespace fs = std::filesystem;

namespace {

constexpr const char* kBuiltinTitle = "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators";
constexpr const char* kUserTitle = "Refreshed Titles Only a Dropped-In Index Knows";

// A fresh XDG_DATA_HOME with a coolpapers/ folder.
struct DataHome {
    fs::path root;
    DataHome() {
        root = fs::temp_directory_path() / ("coolpapers-xdg-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(std::rand()));
        fs::create_directories(root / "coolpapers");
    }
    ~DataHome() { fs::remove_all(root); }
    void put(const std::string& name, const std::string& bytes) const {
        std::ofstream(root / "coolpapers" / name, std::ios::binary) << bytes;
    }
};

std::string user_index(const std::string& meta) {
    using coolpapers::Source;
    return coolpapers::titles::test::build_index(
        {{"refreshedtitlesonlyadroppedinindexknows", Source::openreview, "UserIdx001", "iclr", 2026}}, {}, meta);
}

coolpapers::testing::RunResult title(const DataHome& home, const char* text) {
    return run_process({binary_path(), "title", "--json", text}, {}, std::chrono::seconds(30),
                       {"XDG_DATA_HOME=" + home.root.string(), "COOLPAPERS_TITLE_INDEX="});
}

}  // namespace

TEST_CASE("no user index: the built-in one answers", "[cli][titles]") {
    const DataHome home;
    const auto r = title(home, kBuiltinTitle);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
}

TEST_CASE("a newer index in XDG_DATA_HOME/coolpapers wins over the built-in one", "[cli][titles]") {
    const DataHome home;
    home.put("title-index.bin", user_index("test index\ndata as of 2099-12-31\n"));
    const auto r = title(home, kUserTitle);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("\"UserIdx001\"") != std::string::npos);
    CHECK(r.err.empty());
}

TEST_CASE("an older index in XDG_DATA_HOME/coolpapers gives way to the built-in one", "[cli][titles]") {
    const DataHome home;
    home.put("title-index.bin", user_index("test index\ndata as of 2001-01-01\n"));
    CHECK(title(home, kUserTitle).exit_code == 1);
    CHECK(title(home, kBuiltinTitle).exit_code == 0);
}

TEST_CASE("corrupt or foreign files in XDG_DATA_HOME/coolpapers are refused, the built-in one is used", "[cli][titles]") {
    const DataHome home;
    std::string truncated = user_index("test index\ndata as of 2099-12-31\n");
    truncated.resize(truncated.size() - 8);
    home.put("title-index.bin", truncated);
    home.put("title-index-foreign.bin", "\x89PNG\r\n\x1a\n not an index at all");
    home.put("notes.txt", "not looked at: the name is not title-index*.bin");
    const auto r = title(home, kBuiltinTitle);
    CHECK(r.exit_code == 0);  // the built-in index still answers
    for (const char* name : {"title-index.bin", "title-index-foreign.bin"}) {
        INFO(r.err);
        CHECK(r.err.find((home.root / "coolpapers" / name).string() + ": ") != std::string::npos);
    }
    CHECK(r.err.find("refused a title index in " + (home.root / "coolpapers").string()) != std::string::npos);
    CHECK(r.err.find("; using ") != std::string::npos);
    CHECK(r.err.find("bad magic") != std::string::npos);
    CHECK(r.err.find("truncated or corrupt") != std::string::npos);
    CHECK(r.err.find("notes.txt") == std::string::npos);
    CHECK(title(home, kUserTitle).exit_code == 1);  // nothing of the refused file is used
}

TEST_CASE("COOLPAPERS_TITLE_INDEX names exactly one file, the user's folder is not read", "[cli][titles]") {
    const DataHome home;
    home.put("title-index.bin", user_index("test index\ndata as of 2099-12-31\n"));
    const fs::path explicit_path = home.root / "explicit.bin";
    std::ofstream(explicit_path, std::ios::binary) << "garbage";
    const auto r = run_process({binary_path(), "title", kUserTitle}, {}, std::chrono::seconds(30),
                               {"XDG_DATA_HOME=" + home.root.string(), "COOLPAPERS_TITLE_INDEX=" + explicit_path.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(explicit_path.string()) != std::string::npos);
}
