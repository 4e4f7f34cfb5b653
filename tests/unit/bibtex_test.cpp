// The BibTeX reader: entry syntax, values, macros, plain text, and recovery from broken entries.
#include <catch2/catch.hpp>

#include "bib/bibtex.hpp"

using namespace coolpapers::bib;

TEST_CASE("entries, keys, types and fields in both delimiters and quote styles", "[bib]") {
    const auto entries = parse_bibtex(
        "Text before is a comment.\n"
        "@Article{key1,\n  Title = {A {Braced} Title},\n  year = 2020,\n  note = \"with {\"}quotes\"\n}\n"
        "@inproceedings(key2, title=\"Paren\" , )\n");
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].type == "article");
    CHECK(entries[0].key == "key1");
    CHECK(entries[0].line == 2);
    CHECK(entries[0].field("title") == "A {Braced} Title");
    CHECK(entries[0].field("year") == "2020");
    CHECK(entries[0].field("note") == "with {\"}quotes");
    CHECK(entries[0].error.empty());
    CHECK(entries[1].type == "inproceedings");
    CHECK(entries[1].key == "key2");
    CHECK(entries[1].line == 7);
    CHECK(entries[1].field("title") == "Paren");
    CHECK(entries[1].field("absent").empty());
}

TEST_CASE("@string macros, month names and # concatenation; @comment and @preamble skipped", "[bib]") {
    const auto entries = parse_bibtex(
        "@comment{ @misc{not, an = entry} }\n"
        "@preamble{ \"\\newcommand{\\x}{y}\" }\n"
        "@String{ acl = \"Association for Computational Linguistics\" }\n"
        "@misc{k, publisher = acl # \", \" # {Online}, month = jul, other = undefinedmacro}\n");
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].key == "k");
    CHECK(entries[0].field("publisher") == "Association for Computational Linguistics, Online");
    CHECK(entries[0].field("month") == "July");
    CHECK(entries[0].field("other").empty());
}

TEST_CASE("a stray @ in the comments between entries is not an entry", "[bib]") {
    const auto entries = parse_bibtex("mail me at someone@example.org\n@misc{k, title={T}}\n");
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].key == "k");
}

TEST_CASE("a brace left open is reported with its line and the next entry is read", "[bib]") {
    const auto entries = parse_bibtex(
        "@misc{first, title={Fine}}\n"
        "@misc{broken,\n  title = {never closed,\n  year = 2019\n\n"
        "@misc{after, title={Also fine}}\n");
    REQUIRE(entries.size() == 3);
    CHECK(entries[1].key == "broken");
    CHECK(entries[1].line == 2);
    CHECK_FALSE(entries[1].error.empty());
    CHECK(entries[1].error_line == 3);
    CHECK(entries[2].key == "after");
    CHECK(entries[2].error.empty());
    CHECK(entries[2].field("title") == "Also fine");
}

TEST_CASE("an entry closed too early is reported where the next one starts", "[bib]") {
    // The open brace of the title swallows the entry's own closing brace.
    const auto entries = parse_bibtex("@article{b,\n  title={Open,\n  author={A}\n}\n\n@misc{next, title={N}}\n");
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].key == "b");
    CHECK_THAT(entries[0].error, Catch::Contains("found '@'"));
    CHECK(entries[0].error_line == 6);
    CHECK(entries[1].key == "next");
    CHECK(entries[1].error.empty());
}

TEST_CASE("missing pieces are errors, not crashes", "[bib]") {
    for (const char* text : {"@misc{", "@misc{k", "@misc{k,", "@misc{k, title", "@misc{k, title =", "@misc{k, title = {x",
                             "@misc{, title={x}}", "@misc{k title={x}}", "@misc{k, = {x}}", "@string{ = {x}}",
                             "@misc{k, title = \"open"}) {
        INFO(text);
        const auto entries = parse_bibtex(text);
        REQUIRE(entries.size() == 1);
        CHECK_FALSE(entries[0].error.empty());
        CHECK(entries[0].error_line == 1);
    }
    CHECK(parse_bibtex("").empty());
    CHECK(parse_bibtex("@").empty());
    CHECK(parse_bibtex("@@@ {").empty());
}

TEST_CASE("UTF-8 in values passes through untouched", "[bib]") {
    const auto entries = parse_bibtex("@misc{müller2020, title={Über Straße — 日本語}}");
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].key == "müller2020");
    CHECK(entries[0].field("title") == "Über Straße — 日本語");
}

TEST_CASE("plain_text drops braces and turns TeX accents and escapes into text", "[bib]") {
    CHECK(plain_text("Beyond Accuracy: Behavioral Testing of {NLP} Models with {C}heck{L}ist") ==
          "Beyond Accuracy: Behavioral Testing of NLP Models with CheckList");
    CHECK(plain_text("Tom{\\'{a}}s Mikolov and G{\\\"o}del and \\\"Uber") == "Tomás Mikolov and Gödel and Über");
    CHECK(plain_text("Q\\&A in 50\\% of~cases") == "Q&A in 50% of cases");
    CHECK(plain_text("A \\emph{very}\n   long  title ") == "A very long title");
    CHECK(plain_text("Fran\\c{c}ois") == "François");
    CHECK(plain_text("").empty());
    CHECK(plain_text("\\") == "\\");
}
