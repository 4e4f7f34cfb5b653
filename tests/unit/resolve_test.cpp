#include <catch2/catch.hpp>

#include "core/cool_urls.hpp"
#include "core/resolve.hpp"

using namespace coolpapers;

TEST_CASE("fields are tried in the order selection, link, frame, page", "[resolve]") {
    ResolveFields f;
    f.page = "https://arxiv.org/abs/1111.1111";
    f.frame = "https://arxiv.org/abs/1212.1212";
    f.link = "https://openreview.net/forum?id=YicbFdNTTy";
    f.selection = "2305.10601";
    CHECK(resolve_fields(f).from == "selection");
    f.selection = "nothing here";
    CHECK(resolve_fields(f).from == "link");
    f.link.reset();
    CHECK(resolve_fields(f).from == "frame");
    f.frame.reset();
    const Resolution r = resolve_fields(f);
    CHECK(r.from == "page");
    CHECK(r.outcome == ResolveOutcome::ids);
    CHECK(r.urls == std::vector<std::string>{"https://papers.cool/arxiv/1111.1111"});
    CHECK(r.message == "Opening 1 paper on Cool Papers (from the page).");
}

TEST_CASE("no id but selected text: search", "[resolve]") {
    ResolveFields f;
    f.selection = "Generative Adversarial Nets";
    f.page = "https://example.org/";
    const Resolution r = resolve_fields(f);
    CHECK(r.outcome == ResolveOutcome::search);
    CHECK(r.urls == std::vector<std::string>{"https://papers.cool/arxiv/search?highlight=1&query=Generative%20Adversarial%20Nets"});
    CHECK(r.message == "No paper ID found: searching Cool Papers for \"Generative Adversarial Nets\".");
}

TEST_CASE("no id and no text: nothing to open, and a hint", "[resolve]") {
    ResolveFields f;
    f.selection = "!!";
    f.page = "https://example.org/page";
    const Resolution r = resolve_fields(f);
    CHECK(r.outcome == ResolveOutcome::nothing);
    CHECK(r.urls.empty());
    CHECK(r.pdf_url.empty());
    CHECK(r.message.find("Select text") != std::string::npos);
}

TEST_CASE("a PDF page with no id in its address is to be read", "[resolve]") {
    ResolveFields f;
    f.page = "https://example.org/papers/paper.pdf?download=1";
    CHECK(resolve_fields(f).pdf_url == "https://example.org/papers/paper.pdf?download=1");
    f.frame = "file:///home/me/x.pdf";
    CHECK(resolve_fields(f).pdf_url == "file:///home/me/x.pdf");
    CHECK(pdf_location("ftp://x/y.pdf").empty());
    CHECK(pdf_location("https://x/y.pdfx").empty());
}

TEST_CASE("long search messages are shortened at a character boundary", "[resolve]") {
    ResolveFields f;
    f.selection = std::string(40, 'a') + " " + std::string(30, 'b') + " ü";
    const Resolution r = resolve_fields(f);
    CHECK(r.message.find("…") != std::string::npos);
    CHECK(r.message.size() < 120);
}

TEST_CASE("a selection that is a known title opens that paper", "[resolve]") {
    int lookups = 0;
    const TitleLookup lookup = [&](std::string_view text) -> std::optional<PaperId> {
        ++lookups;
        if (text == "Distributed Representations of Sentences and Documents") return PaperId{Source::pmlr, "le14@v32"};
        return std::nullopt;
    };
    ResolveFields f;
    f.selection = "Distributed Representations of Sentences and Documents";
    const Resolution r = resolve_fields(f, lookup);
    CHECK(r.outcome == ResolveOutcome::ids);
    CHECK(r.by_title);
    CHECK(r.urls == std::vector<std::string>{"https://papers.cool/venue/le14@v32@PMLR"});

    f.selection = "Some Title Nobody Wrote";
    CHECK(resolve_fields(f, lookup).outcome == ResolveOutcome::search);

    f.selection = "see 2305.10601";  // ids come first: no lookup at all
    lookups = 0;
    CHECK(resolve_fields(f, lookup).ids.front().id == "2305.10601");
    CHECK(lookups == 0);

    f.selection = std::string(kMaxTitleBytes + 1, 'a');  // too long to be a title
    CHECK(resolve_fields(f, lookup).outcome == ResolveOutcome::search);
    CHECK(lookups == 0);
}

TEST_CASE("a PDF address over 16 KiB is not offered for reading, and the message says why", "[resolve][limits]") {
    ResolveFields f;
    f.page = "https://example.org/" + std::string(kMaxPdfLocationBytes, 'a') + ".pdf";
    const Resolution r = resolve_fields(f);
    CHECK(r.outcome == ResolveOutcome::nothing);
    CHECK(r.pdf_url.empty());
    CHECK(r.message.find("too long") != std::string::npos);
}

TEST_CASE("more ids than kMaxUrls URLs hold: the first ones, the count found, and a message that says so", "[resolve][limits]") {
    ResolveFields f;
    f.selection = "";
    for (int i = 0; i < 20000; ++i) *f.selection += "2305." + std::to_string(10000 + i) + " ";
    const Resolution r = resolve_fields(f);
    CHECK(r.outcome == ResolveOutcome::ids);
    CHECK(r.ids_found == 20000);
    CHECK(r.ids.size() < 20000);
    CHECK(r.urls == cool_papers_urls(r.ids));
    CHECK(r.urls.size() <= kMaxUrls);
    CHECK(r.message.find("first " + std::to_string(r.ids.size()) + " papers of 20000") != std::string::npos);
}

TEST_CASE("past the ids the host keeps, the message gives the count as a lower bound", "[resolve][limits]") {
    ResolveFields f;
    f.selection = "";
    const int total = static_cast<int>(kMaxLinkedIds) + 500;
    for (int i = 0; i < total; ++i) *f.selection += "2305." + std::to_string(10000 + i) + " ";
    const Resolution r = resolve_fields(f);
    CHECK(r.ids_found <= static_cast<std::size_t>(total));
    CHECK(r.ids_found > kMaxLinkedIds);
    CHECK(r.message.find(" of at least " + std::to_string(r.ids_found) + " on Cool Papers") != std::string::npos);
}
