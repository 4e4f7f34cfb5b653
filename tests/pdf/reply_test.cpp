// The host's distrust of helper replies (host/pdf/reply.hpp: rebuild_helper_reply).
#include <catch2/catch.hpp>

#include "pdf/reply.hpp"

using coolpapers::pdf::add_urls;
using coolpapers::pdf::kMaxTitleBytes;
using coolpapers::pdf::rebuild_helper_reply;
using nlohmann::json;

TEST_CASE("a helper's urls are never passed on: they are made from its checked ids", "[pdf][reply]") {
    auto reply = rebuild_helper_reply(
        R"({"ids":[{"source":"arxiv","id":"1406.2661"},{"source":"arxiv","id":"../../x"},{"source":"evil","id":"1"}],)"
        R"("title":"GAN","urls":["https://attacker.example/?leak=1"],"pages_read":1,"extra":{"a":1}})");
    REQUIRE(reply);
    CHECK((*reply)["ids"] == json::array({{{"source", "arxiv"}, {"id", "1406.2661"}}}));
    CHECK_FALSE(reply->contains("urls"));
    add_urls(*reply);
    CHECK((*reply)["urls"] == json::array({"https://papers.cool/arxiv/1406.2661"}));
    CHECK_FALSE(reply->contains("extra"));
}

TEST_CASE("a title-only helper reply gets the search URL the host makes", "[pdf][reply]") {
    auto reply = rebuild_helper_reply(R"({"ids":[],"title":"Lets Talk","urls":["https://attacker.example/"]})");
    REQUIRE(reply);
    CHECK_FALSE(reply->contains("urls"));
    add_urls(*reply);
    CHECK((*reply)["urls"] == json::array({"https://papers.cool/arxiv/search?highlight=1&query=Lets%20Talk"}));
}

TEST_CASE("hostile helper replies are refused before parsing, or cut", "[pdf][reply]") {
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    CHECK_FALSE(rebuild_helper_reply(R"({"ids":)" + deep + "}"));
    CHECK_FALSE(rebuild_helper_reply("[]"));
    CHECK_FALSE(rebuild_helper_reply(R"({"error":{"code":"internal","message":"x"}})"));
    CHECK_FALSE(rebuild_helper_reply(R"({"bytes":-1})"));
    const auto long_title = rebuild_helper_reply(R"({"ids":[],"title":")" + std::string(3 << 20, 'a') + "\"}");
    REQUIRE(long_title);
    CHECK((*long_title)["title"].get<std::string>().size() == kMaxTitleBytes);
    const auto error = rebuild_helper_reply(R"({"error":{"code":"pdf_encrypted","message":")" + std::string(5000, 'm') + "\"}}");
    REQUIRE(error);
    CHECK((*error)["error"]["code"] == "pdf_encrypted");
    CHECK((*error)["error"]["message"].get<std::string>().size() < 5000);
}

TEST_CASE("venue hints keep their known fields and types", "[pdf][reply]") {
    const auto reply = rebuild_helper_reply(
        R"({"ids":[],"title":"T","hints":{"venue":"ICLR","year":2018,"source":"openreview","volume":"v1","x":[1]},"venue":"spoofed"})");
    REQUIRE(reply);
    CHECK((*reply)["venue"] == "ICLR 2018");
    CHECK((*reply)["hints"] == json({{"venue", "ICLR"}, {"year", 2018}, {"source", "openreview"}, {"volume", "v1"}}));
}

TEST_CASE("a workshop hint survives the helper reply check; a non-boolean one is dropped", "[pdf][reply]") {
    const auto workshop = rebuild_helper_reply(R"({"ids":[],"title":"T","hints":{"venue":"ACL","year":2023,"workshop":true}})");
    REQUIRE(workshop);
    CHECK((*workshop)["hints"]["workshop"] == true);
    const auto spoofed = rebuild_helper_reply(R"({"ids":[],"title":"T","hints":{"venue":"ACL","workshop":"yes"}})");
    REQUIRE(spoofed);
    CHECK_FALSE((*spoofed)["hints"].contains("workshop"));
}
