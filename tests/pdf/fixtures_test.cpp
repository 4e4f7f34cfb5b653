// Generated PDFs for the signals the corpus lacks: an old-style stamp, a modern PMLR footer, a
// printed ACL DOI, and rotated text that is not a stamp. Read through the real helper.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "pdf/pdf_client.hpp"

using namespace coolpapers::pdf_testing;
using coolpapers::pdf::PdfOptions;
using coolpapers::pdf::resolve_pdf;
using nlohmann::json;

namespace {

const Text kTitle{108, 100, 20, "A Synthetic Paper on Strings"};
const Text kAuthor{108, 140, 11, "Ann Author, Some University"};
const Text kBody{108, 300, 10, "We build on arXiv:1706.03762 and https://openreview.net/forum?id=SJxjVaNKwB here."};

// The reader's reply; the test stops here when it is an error (later checks index into it).
json read(const std::filesystem::path& path, bool all = false) {
    use_built_helper();
    json reply = resolve_pdf(path.string(), PdfOptions{all});
    INFO(reply.dump());
    REQUIRE_FALSE(reply.contains("error"));
    return reply;
}

json id(const char* source, const char* value) { return {{"source", source}, {"id", value}}; }

}  // namespace

TEST_CASE("an old-style arXiv stamp in the margin", "[pdf][fixtures]") {
    const auto pdf = make_pdf("old_stamp.pdf", {kTitle, kAuthor, kBody, {32, 560, 20, "arXiv:hep-th/9901001v2  10 May 1999", true}});
    const json reply = read(pdf);
    INFO(reply.dump());
    CHECK(reply["ids"] == json::array({id("arxiv", "hep-th/9901001")}));
    CHECK(reply["urls"] == json::array({"https://papers.cool/arxiv/hep-th/9901001"}));
    CHECK(reply["title"] == "A Synthetic Paper on Strings");
    // --all also sees the citation in the body.
    CHECK(read(pdf, true)["ids"] == json::array({id("arxiv", "hep-th/9901001"), id("arxiv", "1706.03762"),
                                                 id("openreview", "SJxjVaNKwB")}));
}

TEST_CASE("a modern PMLR footer names the volume, not an id", "[pdf][fixtures]") {
    const auto pdf = make_pdf("pmlr202.pdf", {kTitle, kAuthor, kBody,
        {55, 700, 8, "Proceedings of the 40th International Conference on Machine Learning, Honolulu, Hawaii, USA."},
        {55, 710, 8, "PMLR 202, 2023. Copyright 2023 by the author(s)."}});
    const json reply = read(pdf);
    INFO(reply.dump());
    CHECK(reply["ids"].empty());
    CHECK(reply["venue"] == "ICML 2023");
    CHECK(reply["hints"] == json({{"venue", "ICML"}, {"year", 2023}, {"source", "pmlr"}, {"volume", "v202"}}));
    CHECK(reply["urls"] == json::array({"https://papers.cool/arxiv/search?highlight=1&query=Synthetic%20Paper%20on%20Strings"}));
}

TEST_CASE("a printed ACL DOI in the page-1 footer", "[pdf][fixtures]") {
    const auto pdf = make_pdf("acl_doi.pdf", {kTitle, kAuthor, kBody,
        {80, 735, 8, "Proceedings of the 55th Annual Meeting of the Association for Computational Linguistics, pages 1657-1668"},
        {80, 745, 8, "Vancouver, Canada, July 30 - August 4, 2017. (c) 2017 Association for Computational Linguistics"},
        {200, 755, 8, "https://doi.org/10.18653/v1/P17-1152"}});
    const json reply = read(pdf);
    INFO(reply.dump());
    CHECK(reply["ids"] == json::array({id("acl", "P17-1152")}));
    CHECK(reply["urls"] == json::array({"https://papers.cool/venue/P17-1152@ACL"}));
    CHECK(reply["venue"] == "ACL 2017");
}

TEST_CASE("rotated figure labels are not a stamp", "[pdf][fixtures]") {
    const auto pdf = make_pdf("figure_label.pdf", {kTitle, kAuthor, kBody, {200, 600, 9, "Accuracy (%)", true},
                                                   {260, 600, 9, "arXiv:1706.03762 [cs.CL]", true}});
    const json reply = read(pdf);
    INFO(reply.dump());
    CHECK(reply["ids"].empty());
    CHECK(reply["title"] == "A Synthetic Paper on Strings");
}
