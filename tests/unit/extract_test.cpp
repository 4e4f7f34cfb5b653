// The extractor against the spec's case table (id_cases.hpp), plus properties and bad input.
#include <catch2/catch.hpp>
#include <string>

#include "core/extract.hpp"
#include "id_cases.hpp"

using namespace coolpapers;

namespace {

std::vector<std::string> as_strings(const std::vector<PaperId>& ids) {
    std::vector<std::string> out;
    for (const auto& id : ids) out.push_back(std::string(source_name(id.source)) + ":" + id.id);
    return out;
}

void check_table(const std::vector<IdCase>& cases) {
    for (const auto& c : cases) {
        INFO("input: " << c.input);
        CHECK(as_strings(extract_ids(c.input)) == c.expected);
    }
}

}  // namespace

TEST_CASE("arXiv ids (spec §3)", "[extract][arxiv]") { check_table(kArxivCases); }
TEST_CASE("OpenReview ids (spec §4)", "[extract][openreview]") { check_table(kOpenReviewCases); }
TEST_CASE("ACL Anthology ids (spec §5)", "[extract][acl]") { check_table(kAclCases); }
TEST_CASE("IJCAI ids (spec §6)", "[extract][ijcai]") { check_table(kIjcaiCases); }
TEST_CASE("PMLR ids (spec §7)", "[extract][pmlr]") { check_table(kPmlrCases); }
TEST_CASE("several sources in one text (spec §2.2)", "[extract]") { check_table(kMixedCases); }

TEST_CASE("the table is large enough to cover the spec", "[extract]") {
    const std::size_t total = kArxivCases.size() + kOpenReviewCases.size() + kAclCases.size() +
                              kIjcaiCases.size() + kPmlrCases.size() + kMixedCases.size();
    CHECK(total >= 250);
}

TEST_CASE("NUL bytes are ordinary bytes", "[extract][bad-input]") {
    const std::string text("a\0 2305.10601\0b", 15);
    CHECK(as_strings(extract_ids(text)) == std::vector<std::string>{"arxiv:2305.10601"});
}

TEST_CASE("hostile inputs give an answer", "[extract][bad-input]") {
    SECTION("a long run of digits and dots") {
        std::string text;
        for (int i = 0; i < 200000; ++i) text += "1.";
        CHECK(extract_ids(text).empty());
    }
    SECTION("one long line of ids without spaces") {
        std::string text;
        for (int i = 0; i < 20000; ++i) text += "arXiv:2305.10601/";
        CHECK(as_strings(extract_ids(text)) == std::vector<std::string>{"arxiv:2305.10601"});
    }
    SECTION("every byte value") {
        std::string text;
        for (int round = 0; round < 64; ++round)
            for (int b = 0; b < 256; ++b) text += static_cast<char>(b);
        CHECK(extract_ids(text).empty());
    }
    SECTION("many distinct ids") {
        std::string text;
        for (int i = 1; i <= 9999; ++i) text += "2305." + std::to_string(10000 + i) + " ";
        const auto ids = extract_ids(text);
        REQUIRE(ids.size() == 9999);
        CHECK(ids.front().id == "2305.10001");
        CHECK(ids.back().id == "2305.19999");
    }
    SECTION("a URL broken over a few lines is joined") {
        CHECK(as_strings(extract_ids("https://openreview.net/\nforum?a=b&\nid=\nYicbFdNTTy")) ==
              std::vector<std::string>{"openreview:YicbFdNTTy"});
    }
    SECTION("a 'URL' broken over thousands of lines is not followed forever") {
        std::string text = "https://openreview.net/forum?";
        for (int i = 0; i < 5000; ++i) text += "a=b&\n";
        text += "id=YicbFdNTTy";
        CHECK(extract_ids(text).empty());  // the query is past the bounded look-ahead
    }
}
