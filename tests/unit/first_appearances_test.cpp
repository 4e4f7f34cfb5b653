// The capped first-appearance tracker (the host's extraction) against the uncapped one (the
// CLI's): the same first ids, in the same order, and the same count.
#include <catch2/catch.hpp>
#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <tuple>

#include "core/cool_urls.hpp"
#include "core/extract.hpp"
#include "core/first_appearances.hpp"
#include "id_cases.hpp"

using namespace coolpapers;

namespace {

std::string distinct_arxiv_ids(std::size_t bytes) {
    std::string text;
    for (int i = 0; text.size() < bytes; ++i) text += std::to_string(2001 + i / 90000) + "." + std::to_string(10000 + i % 90000) + " ";
    return text;
}

void check_capped_is_prefix(const std::string& text, std::size_t cap) {
    CAPTURE(cap);
    const std::vector<PaperId> all = extract_ids(text);
    ExtractCost cost;
    const FirstIds first = extract_first_ids(text, cap, &cost);
    const std::size_t kept = std::min(cap, all.size());
    CHECK(first.ids == std::vector<PaperId>(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(kept)));
    CHECK(first.found == all.size());
    CHECK(cost.ids_held == kept);
}

}  // namespace

TEST_CASE("hits in any order: the capped tracker holds the ids that appear first, and counts all", "[extract][limits]") {
    std::mt19937 random(12);
    for (int round = 0; round < 200; ++round) {
        const std::size_t ids = 1 + random() % 60, hits = 1 + random() % 300, cap = random() % 70;
        CAPTURE(round, ids, hits, cap);
        FirstAppearances capped(cap), full;
        // The reference: each id's least (pos, sub, end, order added).
        std::map<std::string, std::tuple<std::size_t, std::size_t, std::size_t, std::size_t>> first;
        for (std::size_t added = 0; added < hits; ++added) {
            const std::string id = std::to_string(random() % ids);
            const Hit hit{random() % 50, random() % 3, random() % 4, {Source::acl, id}};
            const auto order = std::make_tuple(hit.pos, hit.sub, hit.end, added);
            const auto [it, inserted] = first.emplace(id, order);
            if (!inserted) it->second = std::min(it->second, order);
            capped.add(hit);
            full.add(hit);
        }
        std::vector<std::pair<std::tuple<std::size_t, std::size_t, std::size_t, std::size_t>, std::string>> expected;
        for (const auto& [id, order] : first) expected.push_back({order, id});
        std::sort(expected.begin(), expected.end());
        expected.resize(std::min(cap, expected.size()));
        CHECK(capped.found() == first.size());
        CHECK(full.found() == first.size());
        const std::vector<PaperId> kept = std::move(capped).ids();
        REQUIRE(kept.size() == expected.size());
        for (std::size_t i = 0; i < kept.size(); ++i) CHECK(kept[i].id == expected[i].second);
    }
}

TEST_CASE("capped extraction gives the full extraction's first ids and its count", "[extract][limits]") {
    // Every form of the spec's table: URL, DOI, label and percent-encoded forms report their hits
    // out of text order.
    std::string mixed;
    for (const auto* cases : {&kArxivCases, &kOpenReviewCases, &kAclCases, &kIjcaiCases, &kPmlrCases, &kMixedCases})
        for (const IdCase& c : *cases) mixed += std::string(c.input) + " \n";
    const std::size_t distinct = extract_ids(mixed).size();
    REQUIRE(distinct > 50);
    for (std::size_t cap : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{17}, distinct / 2, distinct - 1, distinct, distinct + 1})
        check_capped_is_prefix(mixed, cap);
}

TEST_CASE("a text of 190,000 distinct ids: the host's cap keeps the first kMaxLinkedIds, and its answer is the full one's", "[extract][limits]") {
    const std::string text = distinct_arxiv_ids(2u << 20);
    check_capped_is_prefix(text, kMaxLinkedIds);
    const FirstIds first = extract_first_ids(text, kMaxLinkedIds);
    REQUIRE(first.found > 5 * kMaxLinkedIds);
    // No answer opens more than kMaxLinkedIds ids, so the cap changes nothing it sends.
    const CoolLinks capped = cool_links(first.ids, first.found), full = cool_links(extract_ids(text));
    CHECK(capped.ids == full.ids);
    CHECK(capped.urls == full.urls);
    CHECK(capped.found == full.found);
}

TEST_CASE("fingerprints: a set that counts each once, across growth", "[extract][limits]") {
    FingerprintSet set;
    std::size_t new_ones = 0, again = 0;
    for (std::uint64_t i = 0; i < 100000; ++i) new_ones += set.insert(fingerprint(Source::arxiv, std::to_string(i)));
    for (std::uint64_t i = 0; i < 100000; i += 7) again += set.insert(fingerprint(Source::arxiv, std::to_string(i)));
    CHECK(new_ones == 100000);
    CHECK(again == 0);
    CHECK(set.insert(fingerprint(Source::acl, "1")));  // the same text of another source
    CHECK(set.size() == 100001);
}
