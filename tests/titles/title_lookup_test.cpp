#include <catch2/catch.hpp>

#include "index_builder.hpp"
#include "titles/title_lookup.hpp"

using namespace coolpapers;
using namespace coolpapers::titles;

namespace {

const TitleIndex& small_index() {
    static const std::string bytes = test::build_index({
        {"attentionisallyouneed", Source::openreview, "AAAAAAAAAA", "iclr", 2018},
        {"neuralmachinetranslation", Source::acl, "W14-1001", "wmt", 2014, true},
        {"neuralmachinetranslationbyjointlylearning", Source::acl, "D14-1001", "emnlp", 2014},
        // one title, three papers: main venues in two years and a workshop
        {"graphsforeverything", Source::pmlr, "smith20a@v119", "icml", 2020},
        {"graphsforeverything", Source::openreview, "BBBBBBBBBB", "iclr", 2021},
        {"graphsforeverything", Source::openreview, "CCCCCCCCCC", "iclrw", 2021, true},
        // a workshop and a main-venue paper with one title
        {"robustnessofthingsinthewild", Source::acl, "2020.acl-main.9", "acl", 2020},
        {"robustnessofthingsinthewild", Source::acl, "2020.wnut-1.3", "wnut", 2020, true},
        {"systemesformels", Source::acl, "1962.earlymt-1.9", "earlymt", 1962},
        // only an ICLR workshop paper holds this title (a Findings paper shares it)
        {"lowresourcetricksforeveryone", Source::openreview, "DDDDDDDDDD", "iclrw", 2025, true},
        // a UAI 2025 paper (its PDF prints the 2024 template: "UAI 2024", "PMLR 244")
        {"calibratedbeliefsinpractice", Source::pmlr, "doe25a@v286", "uai", 2025},
    }, {{U'\u00e8', "e"}, {U'\u0300', ""}});
    static const auto index = TitleIndex::from_bytes(bytes, nullptr);
    return *index;
}

std::string unique_id(std::string_view title, const TitleHints& hints = {}) {
    const TitleMatch m = lookup_title(small_index(), title, hints);
    return m.kind == TitleMatchKind::unique ? m.candidates[0].paper.id : "";
}

}  // namespace

TEST_CASE("exact titles, any case and punctuation") {
    CHECK(unique_id("Attention Is All You Need") == "AAAAAAAAAA");
    CHECK(unique_id("attention is all you need.") == "AAAAAAAAAA");
    CHECK(lookup_title(small_index(), "Attention Is All You Need").exact);
}

TEST_CASE("diacritics: precomposed, decomposed and dropped meet") {
    CHECK(unique_id("Syst\u00e8mes formels") == "1962.earlymt-1.9");
    CHECK(unique_id("Syste\u0300mes formels") == "1962.earlymt-1.9");
    CHECK(unique_id("SYSTEMES FORMELS") == "1962.earlymt-1.9");
}

TEST_CASE("a subtitle or a glued trailing line does not stop a match") {
    const TitleMatch m = lookup_title(small_index(), "Attention Is All You Need: Transformers Explained");
    REQUIRE(m.kind == TitleMatchKind::unique);
    CHECK_FALSE(m.exact);
    CHECK(m.matched_length == std::string_view("Attention Is All You Need").size());
    CHECK(unique_id("Attention Is All You Need\nAshish Vaswani, Noam Shazeer") == "AAAAAAAAAA");
}

TEST_CASE("near misses find nothing") {
    CHECK(lookup_title(small_index(), "Attention Is All You Want").kind == TitleMatchKind::none);
    // a prefix that ends in plain words is not a title end: one word different stays unknown
    CHECK(lookup_title(small_index(), "Attention Is All You Need Badly").kind == TitleMatchKind::none);
    CHECK(lookup_title(small_index(), "Neural Machine Translation by Jointly Guessing").kind == TitleMatchKind::none);
    CHECK(lookup_title(small_index(), "Attention Is All").kind == TitleMatchKind::none);
}

TEST_CASE("a title that is a prefix of another finds each exactly") {
    CHECK(unique_id("Neural Machine Translation by Jointly Learning") == "D14-1001");
    CHECK(unique_id("Neural Machine Translation") == "W14-1001");
    CHECK(unique_id("Neural Machine Translation: a Survey") == "W14-1001");
}

TEST_CASE("too short to look up") {
    CHECK(lookup_title(small_index(), "Graphs").kind == TitleMatchKind::none);
    CHECK(lookup_title(small_index(), "").kind == TitleMatchKind::none);
}

TEST_CASE("ties: hints decide, otherwise the candidates are reported") {
    const TitleMatch m = lookup_title(small_index(), "Graphs for Everything");
    CHECK(m.kind == TitleMatchKind::ambiguous);
    CHECK(m.candidates.size() == 2);  // the workshop paper gave way to the main venues
    CHECK(unique_id("Graphs for Everything", {.year = 2020}) == "smith20a@v119");
    CHECK(unique_id("Graphs for Everything", {.source = Source::pmlr}) == "smith20a@v119");
    CHECK(unique_id("Graphs for Everything", {.venue = "iclr"}) == "BBBBBBBBBB");
    CHECK(unique_id("Graphs for Everything", {.year = 2021}) == "BBBBBBBBBB");
    CHECK(unique_id("Graphs for Everything", {.year = 2021, .workshop = true}) == "CCCCCCCCCC");
    // a hint no candidate fits is ignored rather than emptying the list
    CHECK(lookup_title(small_index(), "Graphs for Everything", {.year = 1999}).candidates.size() == 2);
}

TEST_CASE("a workshop and a main-venue paper with one title") {
    CHECK(unique_id("Robustness of Things in the Wild") == "2020.acl-main.9");
    CHECK(unique_id("Robustness of Things in the Wild", {.workshop = true}) == "2020.wnut-1.3");
    CHECK(unique_id("Robustness of Things in the Wild", {.venue = "wnut"}) == "2020.wnut-1.3");
}

TEST_CASE("year and venue hints never reject a unique match") {
    CHECK(unique_id("Attention Is All You Need", {.year = 1999, .venue = "acl"}) == "AAAAAAAAAA");
    // printed year and volume of last year's template: still the paper
    CHECK(unique_id("Calibrated Beliefs in Practice",
                    {.year = 2024, .source = Source::pmlr, .venue = "uai", .workshop = false}) == "doe25a@v286");
}

TEST_CASE("the page rules out candidates of another source and workshop papers under a main venue") {
    // The page names the source: a candidate of another one is not taken, even alone.
    const TitleMatch other_source = lookup_title(small_index(), "Attention Is All You Need", {.source = Source::acl});
    CHECK(other_source.kind == TitleMatchKind::none);
    CHECK(other_source.candidates.empty());
    // A Findings of ACL 2025 PDF whose title only an ICLR 2025 workshop paper has in the index.
    const TitleHints findings{.year = 2025, .source = Source::acl, .venue = "findings", .workshop = false};
    CHECK(lookup_title(small_index(), "Low-Resource Tricks for Everyone", findings).kind == TitleMatchKind::none);
    // Without the source, naming a main venue is enough to refuse the workshop paper.
    CHECK(lookup_title(small_index(), "Low-Resource Tricks for Everyone", {.venue = "iclr", .workshop = false}).kind ==
          TitleMatchKind::none);
    CHECK(unique_id("Low-Resource Tricks for Everyone", {.venue = "iclr", .workshop = true}) == "DDDDDDDDDD");
    CHECK(unique_id("Low-Resource Tricks for Everyone") == "DDDDDDDDDD");  // nothing named: taken
    // Among several, the filters leave the ones the page allows.
    CHECK(unique_id("Graphs for Everything", {.source = Source::openreview, .workshop = false}) == "BBBBBBBBBB");
    CHECK(unique_id("Robustness of Things in the Wild", {.source = Source::acl, .workshop = false}) == "2020.acl-main.9");
    CHECK(unique_id("Neural Machine Translation", {.source = Source::acl, .venue = "emnlp", .workshop = false}).empty());
}

TEST_CASE("corrupt index bytes are refused") {
    std::string error;
    CHECK(TitleIndex::from_bytes("CPTIDX01", &error) == nullptr);
    CHECK_FALSE(error.empty());
    std::string bytes = test::build_index({{"abcdefghij", Source::acl, "P07-1088", "acl", 2007}});
    CHECK(TitleIndex::from_bytes(bytes, nullptr) != nullptr);
    CHECK(TitleIndex::from_bytes(std::string_view(bytes).substr(0, bytes.size() - 1), &error) == nullptr);
    std::string wrong_magic = bytes;
    wrong_magic[0] = 'X';
    CHECK(TitleIndex::from_bytes(wrong_magic, &error) == nullptr);
    CHECK(TitleIndex::open("/nonexistent/title-index.bin", &error) == nullptr);
    CHECK(error.find("/nonexistent/title-index.bin") != std::string::npos);
}
