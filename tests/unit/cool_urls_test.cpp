#include <catch2/catch.hpp>

#include "core/cool_urls.hpp"
#include "core/extract.hpp"
#include "core/percent.hpp"

using namespace coolpapers;

TEST_CASE("one URL per source, comma-joined, in order of first appearance", "[urls]") {
    const std::vector<PaperId> ids = {{Source::openreview, "YicbFdNTTy"}, {Source::arxiv, "2305.10601"},
                                      {Source::openreview, "rJXMpikCZ"},  {Source::arxiv, "1706.03762"},
                                      {Source::acl, "2023.acl-long.1"},   {Source::ijcai, "123@2023"},
                                      {Source::pmlr, "kirchenbauer23a@v202"}};
    CHECK(cool_papers_urls(ids) == std::vector<std::string>{
                                       "https://papers.cool/venue/YicbFdNTTy@OpenReview,rJXMpikCZ@OpenReview",
                                       "https://papers.cool/arxiv/2305.10601,1706.03762",
                                       "https://papers.cool/venue/2023.acl-long.1@ACL",
                                       "https://papers.cool/venue/123@2023@IJCAI",
                                       "https://papers.cool/venue/kirchenbauer23a@v202@PMLR",
                                   });
    CHECK(cool_papers_urls({}).empty());
}

TEST_CASE("old-style arXiv ids keep their slash", "[urls]") {
    CHECK(cool_papers_urls({{Source::arxiv, "hep-th/9901001"}}) ==
          std::vector<std::string>{"https://papers.cool/arxiv/hep-th/9901001"});
}

TEST_CASE("search keywords: runs of letters and digits of two or more", "[urls][search]") {
    CHECK(search_query("Attention is all you need!") == "Attention is all you need");
    CHECK(search_query("a b cd — ef, 1 23") == "cd ef 23");
    CHECK(search_query("Übersicht über Sprachmodelle") == "Übersicht über Sprachmodelle");
    CHECK(search_query("注意力 机制") == "注意力 机制");
    CHECK(search_query("?! - .").empty());
    CHECK(search_query("ＧＰＴ４") == "GPT4");
}

TEST_CASE("search URLs percent-encode UTF-8", "[urls][search]") {
    CHECK(search_url("Attention is all") == "https://papers.cool/arxiv/search?highlight=1&query=Attention%20is%20all");
    CHECK(search_url("über") == "https://papers.cool/arxiv/search?highlight=1&query=%C3%BCber");
}

TEST_CASE("percent decoding and encoding", "[percent]") {
    CHECK(percent_decode("a%20b%2Fc") == "a b/c");
    CHECK(percent_decode("100%") == "100%");
    CHECK(percent_decode("%zz%4") == "%zz%4");
    CHECK(percent_encode("a b/ü~") == "a%20b%2F%C3%BC~");
}

namespace {

// `count` distinct new-style arXiv ids.
std::vector<PaperId> many_arxiv_ids(int count) {
    std::vector<PaperId> ids;
    for (int i = 0; i < count; ++i) ids.push_back({Source::arxiv, std::to_string(2001 + i / 90000) + "." + std::to_string(10000 + i % 90000)});
    return ids;
}

// The ids the URLs name, read back with the extractor, in URL order.
std::vector<PaperId> named_by(const std::vector<std::string>& urls) {
    std::string text;
    for (const std::string& url : urls) text += url + "\n";
    return extract_ids(text);
}

}  // namespace

TEST_CASE("a source whose ids overflow one URL gets several, each within kMaxUrlBytes", "[urls][limits]") {
    const std::vector<PaperId> ids = many_arxiv_ids(2000);  // about 22 KB of ids
    const std::vector<std::string> urls = cool_papers_urls(ids);
    CHECK(urls.size() > 1);
    for (const std::string& url : urls) CHECK(url.size() <= kMaxUrlBytes);
    CHECK(named_by(urls) == ids);
}

TEST_CASE("one answer opens at most kMaxUrls URLs, and its ids are exactly those they name", "[urls][limits]") {
    const CoolLinks links = cool_links(many_arxiv_ids(100000));  // 1.1 MB in one URL before the cap
    CHECK(links.found == 100000);
    CHECK(links.cut());
    CHECK(links.urls.size() == kMaxUrls);
    for (const std::string& url : links.urls) CHECK(url.size() <= kMaxUrlBytes);
    CHECK(named_by(links.urls) == links.ids);

    const CoolLinks few = cool_links(many_arxiv_ids(3));
    CHECK_FALSE(few.cut());
    CHECK(few.urls.size() == 1);
}

TEST_CASE("search keywords are cut to whole words, so the search URL stays within kMaxUrlBytes", "[urls][search][limits]") {
    std::string words;
    while (words.size() < 330000) words += "Übersicht attention ";
    const std::string query = search_query(words);
    CHECK(!query.empty());
    CHECK(query.size() <= kMaxQueryBytes);
    CHECK(query.back() != ' ');
    CHECK(search_url(query).size() <= kMaxUrlBytes);
    const std::string one_word = search_query(std::string(330000, 'x'));  // no space to cut at
    CHECK(one_word.size() == kMaxQueryBytes);
}
