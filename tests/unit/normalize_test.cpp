#include <catch2/catch.hpp>

#include "core/normalize.hpp"

using namespace coolpapers;

namespace {
std::string folded(std::string_view s) { return fold_characters(s).value_or(std::string(s)); }
std::string repaired(std::string_view s, bool id_at_dot = false) {
    return repair_line_breaks(s, [&](std::string_view, std::size_t) { return id_at_dot; }).value_or(std::string(s));
}
}  // namespace

TEST_CASE("full-width characters fold to ASCII", "[normalize]") {
    CHECK(folded("ａｒＸｉｖ：２３０５．１０６０１") == "arXiv:2305.10601");
    CHECK(folded("a\u3000b") == "a b");
    CHECK(folded("end\u3002") == "end\u3002");  // U+3002 stays a terminator
}

TEST_CASE("dashes fold to '-'", "[normalize]") {
    CHECK(folded("a\u2010b\u2011c\u2012d\u2013e\u2212f") == "a-b-c-d-e-f");
    CHECK(folded("a\u2014b") == "a\u2014b");  // em dash is not folded
}

TEST_CASE("invisible characters are removed", "[normalize]") {
    CHECK(folded("a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf\u00ADg") == "abcdefg");
}

TEST_CASE("markdown escapes of underscores are undone", "[normalize]") {
    CHECK(folded("forum?id=\\_VjQlMeSB\\_J") == "forum?id=_VjQlMeSB_J");
    CHECK(folded("a\\b") == "a\\b");
    CHECK(folded("\uFF3C\uFF3F") == "_");  // full-width backslash + underscore
}

TEST_CASE("unchanged text is not copied", "[normalize]") {
    CHECK_FALSE(fold_characters("plain ascii 2305.10601").has_value());
    CHECK_FALSE(repair_line_breaks("no newline", {}).has_value());
}

TEST_CASE("invalid UTF-8 passes through", "[normalize]") {
    CHECK(folded("\xff\xef\xbc") == "\xff\xef\xbc");
    CHECK(folded("\xe2\x80") == "\xe2\x80");
}

TEST_CASE("line-break repair", "[normalize]") {
    CHECK(repaired("2305.106-\n01") == "2305.10601");               // rule a
    CHECK(repaired("P19-\n1001") == "P19-1001");                     // rule b
    CHECK(repaired("2023.acl-\n long.1") == "2023.acl-long.1");     // rule b with indentation
    CHECK(repaired("well-\nknown") == "well-known");
    CHECK(repaired("https://arxiv.org/abs/\n2305.10601") == "https://arxiv.org/abs/2305.10601");  // rule c
    CHECK(repaired("(https://openreview.net/forum?id=\nYicbFdNTTy)") == "(https://openreview.net/forum?id=YicbFdNTTy)");
    CHECK(repaired("url={https://aclanthology.org/\nN19-1423/}") == "url={https://aclanthology.org/N19-1423/}");
    CHECK(repaired("10.18653/v1/\nN19-1423") == "10.18653/v1/N19-1423");
    CHECK(repaired("https://arxiv.org/abs/2305.\n10601") == "https://arxiv.org/abs/2305.10601");
    CHECK(repaired("arXiv:2305.10601.\n2 Related", /*id_at_dot=*/true) == "arXiv:2305.10601.\n2 Related");
    CHECK(repaired("Figure 10.\n3 shows") == "Figure 10.\n3 shows");
    CHECK(repaired("the end.\nNext") == "the end.\nNext");
    CHECK(repaired("https://a.org/x/\n\nNext") == "https://a.org/x/\n\nNext");  // a blank line stops it
    CHECK(repaired("https://a.org/\nb/\nc") == "https://a.org/b/c");           // repeats
}
