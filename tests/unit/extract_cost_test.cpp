// The extractor's worst case, as an operation count rather than a timer: the bytes examined in
// windows around triggers (ExtractCost) must stay proportional to the text on inputs that used
// to re-scan a whole window at every repetition (each case below was quadratic up to its window:
// 4,096 bytes for venue lists and query strings, 1,024 for tokens joined across lines, 512 for
// form starts).
#include <catch2/catch.hpp>
#include <string>

#include "core/extract.hpp"

using namespace coolpapers;

namespace {

std::string repeated(std::string_view unit, std::size_t size) {
    std::string text;
    while (text.size() < size) text += unit;
    return text;
}

std::size_t bytes_examined(const std::string& text) {
    ExtractCost cost;
    (void)extract_ids(text, &cost);
    return cost.bytes_examined;
}

}  // namespace

TEST_CASE("hostile repetitions cost a few bytes examined per byte of text", "[extract][cost]") {
    constexpr std::size_t kSize = 1 << 20;
    const std::string_view units[] = {
        "papers.cool/venue/,,,,,,,,,,",       // each list holds every later one
        "papers.cool/venue/x@ACL,",
        "openreview.net/forum?a=b&",          // each query holds every later one
        "openreview.net/notes?id=x&",         // no valid id: the forum parameter is looked for too
        "openreview.net/forum?id=",
        "https://x.org/a/\n",                 // one URL-like token joined across every line
        "arxiv.org/\n",
        "https://x.org/a.\n",                 // ... ending in '.', so the id probe runs
        "2305.10601,",                        // form starts looked back from every id
        "x:2305.10601/",
    };
    for (std::string_view unit : units) {
        CAPTURE(unit);
        const std::string text = repeated(unit, kSize);
        const std::size_t cost = bytes_examined(text);
        CHECK(cost <= 40 * text.size());
        // Linear: twice the text, about twice the work (a quadratic walk gives four times).
        const std::size_t doubled = bytes_examined(repeated(unit, 2 * kSize));
        CHECK(doubled <= 2 * cost + 64 * 1024);
    }
}

TEST_CASE("repeated ids are held once each, not once per appearance", "[extract][cost]") {
    // 2305.10601, repeated 95,000 times: each id was kept, then all of them sorted.
    for (std::string_view unit : {"2305.10601,", "x:2305.10601/", "https://openreview.net/forum?id=YicbFdNTTy "}) {
        CAPTURE(unit);
        ExtractCost cost;
        const auto ids = extract_ids(repeated(unit, 1 << 20), &cost);
        CHECK(ids.size() == 1);
        CHECK(cost.ids_held == 1);
    }
    ExtractCost cost;
    CHECK(extract_ids("2305.10601 and 2305.10602, again 2305.10601", &cost).size() == 2);
    CHECK(cost.ids_held == 2);
}

TEST_CASE("the URL grammars run only at a '/' after a dotted name", "[extract][cost]") {
    // a/ repeated: 4 million slashes, each of which ran every URL and DOI grammar.
    ExtractCost cost;
    CHECK(extract_ids(repeated("a/", 1 << 20), &cost).empty());
    CHECK(cost.url_grammar_runs == 0);
    CHECK(extract_ids("cs/0701001 https://openreview.net/forum?id=YicbFdNTTy 10.18653/v1/2023.acl-long.1", &cost).size() == 3);
    CHECK(cost.url_grammar_runs == 2);
}

TEST_CASE("a URL token ending in a letter and '.' on every line is not scanned again at each", "[extract][cost]") {
    ExtractCost cost;
    CHECK(extract_ids(repeated("https://x.org/a.\n", 1 << 20), &cost).empty());
    CHECK(cost.probe_scans == 0);
    // Where an id may end there, the probe still scans, and the '.' still ends a sentence.
    const std::string cases[] = {
        "see https://openreview.net/forum?id=YicbFdNTTy.\nhttps://openreview.net/forum?id=AbcdEfgHij",
        "https://proceedings.mlr.press/v202/smith23a.\nhtml",
        "https://papers.cool/venue/YicbFdNTTy@OpenReview.\nx",
        "doi:10.48550/arXiv.2305.10601.\n5",
    };
    for (const std::string& text : cases) {
        CAPTURE(text);
        ExtractCost probed;
        (void)extract_ids(text, &probed);
        CHECK(probed.probe_scans >= 1);
    }
    CHECK(extract_ids(cases[0]).size() == 2);
    CHECK(extract_ids(cases[1]) == std::vector<PaperId>{{Source::pmlr, "smith23a@v202"}});
}

TEST_CASE("a URL inside a walked venue list or query still counts", "[extract][cost]") {
    CHECK(extract_ids("papers.cool/venue/papers.cool/venue/X@vv,2023.acl-long.1@ACL").size() == 1);
    CHECK(extract_ids("https://openreview.net/forum?a=https://openreview.net/forum?b&id=YicbFdNTTy").size() == 1);
    CHECK(extract_ids("https://openreview.net/forum?a=https://openreview.net/pdf?id=YicbFdNTTy").size() == 1);
    CHECK(extract_ids("api.openreview.net/notes?x=api.openreview.net/notes?id=bad&forum=YicbFdNTTy").size() == 1);
}
