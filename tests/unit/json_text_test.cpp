#include <algorithm>
#include <catch2/catch.hpp>

#include "core/json_text.hpp"

using namespace coolpapers;
using namespace coolpapers::json_text;

namespace {
std::optional<std::string> decode(std::string_view s) {
    std::string error;
    return decode_string(s, error);
}
}  // namespace

TEST_CASE("JSON strings decode with every escape", "[json_text]") {
    CHECK(decode(R"("plain")") == "plain");
    CHECK(decode(R"(  "a\nb\t\"c\"\\\/"  )") == "a\nb\t\"c\"\\/");
    CHECK(decode(R"("\u00fc\u4e2d")") == "ü中");
    CHECK(decode(R"("\ud83d\ude00")") == "\U0001F600");
}

// Whether the decoder calls the decoded text ASCII without a backslash (the fold then skips it).
static bool decoded_plain(std::string_view json) {
    std::string out, error;
    bool plain = false;
    REQUIRE(decode_string_into(json, out, error, &plain));
    const bool ascii_no_backslash =
        std::all_of(out.begin(), out.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != '\\'; });
    CHECK(plain == ascii_no_backslash);
    return plain;
}

TEST_CASE("the decoder says when the text is ASCII without a backslash", "[json_text]") {
    CHECK(decoded_plain(R"("see 2305.10601\nnext line \"quoted\" \/ \u0041")"));
    CHECK(decoded_plain(R"("")"));
    CHECK_FALSE(decoded_plain(R"("a \\_ b")"));         // an escaped backslash
    CHECK_FALSE(decoded_plain(R"("a \u005c_ b")"));       // one written as code point 5C
    CHECK_FALSE(decoded_plain("\"caf\xC3\xA9\""));          // UTF-8 in the line
    CHECK_FALSE(decoded_plain(R"("caf\u00e9")"));          // an escaped code point past ASCII
    CHECK_FALSE(decoded_plain(R"("\ud83d\ude00")"));
    CHECK_FALSE(decoded_plain("\"full\xEF\xBC\x8Ewidth\""));
}

TEST_CASE("a byte-order mark may open the document, once, before any blank", "[json_text]") {
    CHECK(decode("\xEF\xBB\xBF\"see 2305.10601\"") == "see 2305.10601");
    CHECK(decode("\xEF\xBB\xBF  \"x\"") == "x");
    CHECK_FALSE(decode(" \xEF\xBB\xBF\"x\""));
    CHECK_FALSE(decode("\xEF\xBB\xBF\xEF\xBB\xBF\"x\""));
    CHECK_FALSE(decode("\xEF\xBB\xBF"));
}

TEST_CASE("bad JSON strings are refused with a reason", "[json_text]") {
    std::string error;
    CHECK_FALSE(decode_string("plain", error));
    CHECK(error == "expected a JSON string");
    CHECK_FALSE(decode(R"("\ud83d")"));
    CHECK_FALSE(decode(R"("\ude00")"));
    CHECK_FALSE(decode(R"("\x")"));
    CHECK_FALSE(decode("\"a\"b\""));
    CHECK_FALSE(decode("\"tab\there\""));
    CHECK_FALSE(decode("\"\xff\""));
    CHECK_FALSE(decode("\""));
}

TEST_CASE("UTF-8 validation", "[json_text]") {
    CHECK(is_valid_utf8("ascii only, quite a long line of it"));
    CHECK(is_valid_utf8("ü 中 \U0001F600"));
    CHECK_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong
    CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));      // surrogate
    CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("abcdefgh\x80"));
}

TEST_CASE("writing ids and strings", "[json_text]") {
    std::string out;
    append_ids(out, {{Source::arxiv, "2305.10601"}, {Source::pmlr, "le14@v32"}});
    CHECK(out == R"([{"source":"arxiv","id":"2305.10601"},{"source":"pmlr","id":"le14@v32"}])");
    out.clear();
    append_string(out, "q\"\\\n\x01\xff");
    CHECK(out == "\"q\\\"\\\\\\n\\u0001\xef\xbf\xbd\"");
}
