// The command-line contracts other tools rely on, checked on the real binary.
#include <catch2/catch.hpp>
#include <algorithm>
#include <fstream>
#include <sstream>

#include "subprocess.hpp"

using coolpapers::testing::binary_path;
using coolpapers::testing::run_process;

namespace {

coolpapers::testing::RunResult cp(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), binary_path());
    return run_process(args, input);
}

}  // namespace

TEST_CASE("ids --json prints one array in order of first appearance", "[cli][ids]") {
    const auto r = cp({"ids", "--json", "see arXiv:2305.10601v2 and https://openreview.net/forum?id=YicbFdNTTy"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "[{\"source\":\"arxiv\",\"id\":\"2305.10601\"},{\"source\":\"openreview\",\"id\":\"YicbFdNTTy\"}]\n");
    CHECK(r.err.empty());
}

TEST_CASE("ids: several TEXT arguments are one text", "[cli][ids]") {
    const auto r = cp({"ids", "--json", "1706.03762", "2305.10601", "1706.03762"});
    CHECK(r.out == "[{\"source\":\"arxiv\",\"id\":\"1706.03762\"},{\"source\":\"arxiv\",\"id\":\"2305.10601\"}]\n");
}

TEST_CASE("ids without TEXT reads all of stdin as one text", "[cli][ids]") {
    const auto r = cp({"ids", "--json"}, "line one https://arxiv.org/abs/2305.\n10601\nline two 10.24963/ijcai.2023/1\n");
    CHECK(r.exit_code == 0);
    CHECK(r.out == "[{\"source\":\"arxiv\",\"id\":\"2305.10601\"},{\"source\":\"ijcai\",\"id\":\"1@2023\"}]\n");
}

TEST_CASE("ids default output is source<TAB>id lines", "[cli][ids]") {
    const auto r = cp({"ids", "https://aclanthology.org/2023.acl-long.1.pdf pmlr-v202-kirchenbauer23a"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "acl\t2023.acl-long.1\npmlr\tkirchenbauer23a@v202\n");
}

TEST_CASE("ids exits 1 when nothing is found", "[cli][ids]") {
    const auto r = cp({"ids", "--json", "version 2023.12345 of the tool"});
    CHECK(r.exit_code == 1);
    CHECK(r.out == "[]\n");
    CHECK(cp({"ids", "nothing"}).out.empty());
}

TEST_CASE("ids --jsonl answers each line, errors included", "[cli][ids][jsonl]") {
    const auto r = cp({"ids", "--jsonl"}, "\"arXiv:2305.10601\"\nnot json\n\"\"\n\"\\u00fc 1706.03762\"\n");
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "[{\"source\":\"arxiv\",\"id\":\"2305.10601\"}]\n"
          "{\"error\":\"expected a JSON string\"}\n"
          "[]\n"
          "[{\"source\":\"arxiv\",\"id\":\"1706.03762\"}]\n");
}

TEST_CASE("ids --jsonl reads a file saved with a byte-order mark", "[cli][ids][jsonl]") {
    const auto r = cp({"ids", "--jsonl"}, "\xEF\xBB\xBF\"see 2305.10601\"\n\"and 1706.03762\"\n");
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "[{\"source\":\"arxiv\",\"id\":\"2305.10601\"}]\n"
          "[{\"source\":\"arxiv\",\"id\":\"1706.03762\"}]\n");
}

TEST_CASE("ids --jsonl on the page corpus gives one line per page", "[cli][ids][jsonl]") {
    std::ifstream corpus(COOLPAPERS_SOURCE_DIR "/../shared/corpus/text/pages.jsonl");
    REQUIRE(corpus.good());
    std::stringstream text;
    text << corpus.rdbuf();
    const std::string pages = text.str();
    const auto r = cp({"ids", "--jsonl"}, pages);
    CHECK(r.exit_code == 0);
    const auto lines_in = std::count(pages.begin(), pages.end(), '\n');
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == lines_in);
    CHECK(r.out.find("{\"error\"") == std::string::npos);
    CHECK(r.out.find("{\"source\":\"arxiv\",\"id\":\"1706.03762\"}") != std::string::npos);  // cited everywhere
}

TEST_CASE("url prints one papers.cool URL per source", "[cli][url]") {
    const auto r = cp({"url", "2305.10601 https://openreview.net/forum?id=YicbFdNTTy 1706.03762"});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "https://papers.cool/arxiv/2305.10601,1706.03762\n"
          "https://papers.cool/venue/YicbFdNTTy@OpenReview\n");
}

TEST_CASE("url falls back to a search and exits 1", "[cli][url]") {
    const auto r = cp({"url", "Attention is all you need"});
    CHECK(r.exit_code == 1);
    CHECK(r.out == "https://papers.cool/arxiv/search?highlight=1&query=Attention%20is%20all%20you%20need\n");
}

TEST_CASE("usage errors exit 2; help and version exit 0", "[cli]") {
    CHECK(cp({}).exit_code == 2);
    CHECK(cp({"frobnicate"}).exit_code == 2);
    CHECK(cp({"ids", "--no-such-flag"}).exit_code == 2);
    CHECK(cp({"ids", "--json", "--jsonl"}).exit_code == 2);
    CHECK(cp({"ids", "--jsonl", "text"}).exit_code == 2);
    const auto help = cp({"--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("ids") != std::string::npos);
    const auto version = cp({"--version"});
    CHECK(version.exit_code == 0);
    CHECK(version.out == "coolpapers " COOLPAPERS_VERSION "\n");
}

TEST_CASE("bad input: invalid UTF-8, NULs, long lines, digits and dots", "[cli][bad-input]") {
    const auto binary = cp({"ids", "--json"}, std::string("\xff\xfe\0\0 2305.10601 \xc3\0", 18));
    CHECK(binary.exit_code == 0);
    CHECK(binary.out == "[{\"source\":\"arxiv\",\"id\":\"2305.10601\"}]\n");

    std::string digits;
    for (int i = 0; i < 50'000'000; ++i) digits += "1.";  // 100 MB
    const auto big = cp({"ids", "--json"}, digits);
    CHECK(big.exit_code == 1);
    CHECK(big.out == "[]\n");

    const std::string long_line = "\"" + std::string(1 << 20, 'x') + " 2305.10601\"\n";
    const auto jsonl = cp({"ids", "--jsonl"}, long_line);
    CHECK(jsonl.out == "[{\"source\":\"arxiv\",\"id\":\"2305.10601\"}]\n");
}
