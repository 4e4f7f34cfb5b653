#include <catch2/catch.hpp>

#include "titles/title_hints.hpp"

using namespace coolpapers;
using namespace coolpapers::titles;

TEST_CASE("hints from PDF headers and footers") {
    auto h = hints_from_text("Published as a conference paper at ICLR 2018");
    CHECK(h.venue == "iclr");
    CHECK(h.year == 2018);
    CHECK(h.source == Source::openreview);

    h = hints_from_text("Proceedings of the Twenty-Sixth International Joint Conference on Artificial Intelligence (IJCAI-17)");
    CHECK(h.venue == "ijcai");
    CHECK(h.year == 2017);

    h = hints_from_text("Proceedings of the 31 st International Conference on Machine Learning, Beijing, China, 2014. JMLR: W&CP volume 32.");
    CHECK(h.venue == "icml");
    CHECK(h.year == 2014);
    CHECK(h.source == Source::pmlr);

    h = hints_from_text("Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP), pages 1746\u20131751, October 25-29, 2014");
    CHECK(h.venue == "emnlp");
    CHECK(h.year == 2014);

    h = hints_from_text("Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics, pages 2010\u20132020, 2018");
    CHECK(h.venue == "acl");
    CHECK(h.year == 2018);  // not the page range

    h = hints_from_text("Proceedings of the 2nd Workshop on Noisy User-generated Text, 2016");
    CHECK(h.workshop == true);
    CHECK(h.venue.empty());
}

TEST_CASE("a venue named without \"workshop\" is a main venue") {
    auto h = hints_from_text("Findings of the Association for Computational Linguistics: ACL 2025, pages 1\u201312");
    CHECK(h.venue == "findings");
    CHECK(h.source == Source::acl);
    CHECK(h.workshop == false);
    h = hints_from_text("Published as a workshop paper at ICLR 2025 Workshop on Foundation Models");
    CHECK(h.venue == "iclr");
    CHECK(h.workshop == true);
    CHECK(hints_from_venue("ACL", 2023, "acl").workshop == false);
    CHECK(hints_from_venue("ACL", 2023, "acl", /*workshop=*/true).workshop == true);
    CHECK_FALSE(hints_from_venue("", 0, "").workshop);  // nothing named: unknown
}

TEST_CASE("ICML by its short name, as DBLP and Scholar write it") {
    auto h = hints_from_text("ICML");
    CHECK(h.venue == "icml");
    h = hints_from_text("A Smith, B Jones - ICML, 2017 - proceedings.mlr.press");
    CHECK(h.venue == "icml");
    CHECK(h.year == 2017);
    CHECK(hints_from_text("ICML2017").venue == "icml");
    // other venues that start with the same letters
    CHECK(hints_from_text("ICMLA 2019").venue.empty());
    CHECK(hints_from_text("2019 ICMLC, Kobe").venue.empty());
}

TEST_CASE("no hints in plain text") {
    const auto h = hints_from_text("A thesis submitted in partial fulfilment");
    CHECK_FALSE(h.year);
    CHECK_FALSE(h.source);
    CHECK(h.venue.empty());
    CHECK_FALSE(h.workshop);
}

TEST_CASE("hints from a venue the PDF reader recognised") {
    const auto h = hints_from_venue("ICLR", 2018, "openreview");
    CHECK(h.venue == "iclr");
    CHECK(h.year == 2018);
    CHECK(h.source == Source::openreview);
    const auto none = hints_from_venue("", 0, "");
    CHECK(none.venue.empty());
    CHECK_FALSE(none.year);
    CHECK_FALSE(none.source);
}
