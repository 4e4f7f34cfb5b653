#include <catch2/catch.hpp>

#include "core/cool_urls.hpp"
#include "core/extract.hpp"
#include "nm/dispatch.hpp"

using namespace coolpapers::nm;

namespace {

json ask(const std::string& body, const Limits& limits = {}) { return json::parse(reply_to(body, limits)); }

std::string error_code(const json& reply) {
    REQUIRE(reply["ok"] == false);
    return reply["error"]["code"].get<std::string>();
}

}  // namespace

TEST_CASE("ping reports version, capabilities and limits", "[dispatch]") {
    const json r = ask(R"({"type":"ping","id":7})");
    CHECK(r["ok"] == true);
    CHECK(r["id"] == 7);
    CHECK(r["type"] == "ping");
    CHECK(r["version"] == COOLPAPERS_VERSION);
    CHECK(r["capabilities"] == json({"ping", "resolve", "resolve_many", "resolve_pdf"}));
    CHECK(r["limits"]["max_request_bytes"] == Limits{}.max_request_bytes);
}

TEST_CASE("the id is echoed whatever its type", "[dispatch]") {
    CHECK(ask(R"({"type":"ping","id":"abc"})")["id"] == "abc");
    CHECK(ask(R"({"type":"ping","id":{"n":[1,2]}})")["id"] == json({{"n", {1, 2}}}));
    CHECK(ask(R"({"type":"ping"})")["id"].is_null());
    CHECK(ask(R"({"type":"nope","id":3})")["id"] == 3);
}

TEST_CASE("resolve: ids from the first field that has any", "[dispatch][resolve]") {
    const json r = ask(R"({"type":"resolve","selection":"arXiv:2305.10601 and 1706.03762","link":"https://openreview.net/forum?id=YicbFdNTTy"})");
    CHECK(r["outcome"] == "ids");
    CHECK(r["from"] == "selection");
    CHECK(r["ids"] == json::parse(R"([{"source":"arxiv","id":"2305.10601"},{"source":"arxiv","id":"1706.03762"}])"));
    CHECK(r["urls"] == json({"https://papers.cool/arxiv/2305.10601,1706.03762"}));

    const json link = ask(R"({"type":"resolve","selection":"no id","link":"https://openreview.net/forum?id=YicbFdNTTy","page":"https://arxiv.org/abs/2305.10601"})");
    CHECK(link["from"] == "link");
    CHECK(link["urls"] == json({"https://papers.cool/venue/YicbFdNTTy@OpenReview"}));

    const json frame = ask(R"({"type":"resolve","frame":"https://arxiv.org/pdf/1706.03762","page":"https://arxiv.org/abs/2305.10601"})");
    CHECK(frame["from"] == "frame");
    CHECK(frame["ids"][0]["id"] == "1706.03762");
}

TEST_CASE("resolve: search fallback, nothing, and PDF hint", "[dispatch][resolve]") {
    const json search = ask(R"({"type":"resolve","selection":"Attention is all you need","page":"https://example.org/"})");
    CHECK(search["outcome"] == "search");
    CHECK(search["urls"] == json({"https://papers.cool/arxiv/search?highlight=1&query=Attention%20is%20all%20you%20need"}));
    CHECK(search["message"].get<std::string>().find("No paper ID found") != std::string::npos);

    const json nothing = ask(R"({"type":"resolve","page":"https://example.org/"})");
    CHECK(nothing["outcome"] == "nothing");
    CHECK(nothing["urls"].empty());
    CHECK_FALSE(nothing.contains("pdf_url"));

    const json pdf = ask(R"({"type":"resolve","page":"file:///home/me/Paper.PDF"})");
    CHECK(pdf["outcome"] == "nothing");
    CHECK(pdf["pdf_url"] == "file:///home/me/Paper.PDF");
}

TEST_CASE("resolve_many answers each text in order", "[dispatch][resolve_many]") {
    const json r = ask(R"({"type":"resolve_many","texts":["arXiv:2305.10601","plain","10.24963/ijcai.2023/1"]})");
    REQUIRE(r["results"].size() == 3);
    CHECK(r["results"][0]["urls"] == json({"https://papers.cool/arxiv/2305.10601"}));
    CHECK(r["results"][1]["ids"].empty());
    CHECK(r["results"][2]["urls"] == json({"https://papers.cool/venue/1@2023@IJCAI"}));
}

TEST_CASE("resolve_many limits", "[dispatch][resolve_many]") {
    Limits limits;
    limits.max_texts = 2;
    CHECK(error_code(ask(R"({"type":"resolve_many","texts":["a","b","c"]})", limits)) == "too_many_texts");
    CHECK(error_code(ask(R"({"type":"resolve_many","texts":"a"})")) == "bad_field");
    CHECK(error_code(ask(R"({"type":"resolve_many","texts":[1]})")) == "bad_field");
}

TEST_CASE("resolve_many entries: the ids in their text win over their title", "[dispatch][resolve_many]") {
    // Answered without the title index: the text holds an id, or there is no title to look up.
    const json r = ask(R"({"type":"resolve_many","texts":[
        {"text":"https://arxiv.org/abs/1503.06772","title":"Some other paper's title","venue":"ICML","year":2015},
        {"text":"https://doi.org/10.1145/1234"},
        {"title":null,"venue":null,"year":null},
        "arXiv:2305.10601"]})");
    REQUIRE(r["results"].size() == 4);
    CHECK(r["results"][0]["urls"] == json({"https://papers.cool/arxiv/1503.06772"}));
    CHECK_FALSE(r["results"][0].contains("matched"));
    CHECK(r["results"][1]["urls"].empty());
    CHECK(r["results"][2]["urls"].empty());
    CHECK(r["results"][3]["urls"] == json({"https://papers.cool/arxiv/2305.10601"}));
}

TEST_CASE("resolve_many with first_url answers one URL string per entry", "[dispatch][resolve_many]") {
    const json r = ask(R"({"type":"resolve_many","first_url":true,"texts":[
        "arXiv:2305.10601 and 1706.03762","plain",{"text":"https://doi.org/10.1145/1234"},"10.24963/ijcai.2023/1"]})");
    CHECK(r["results"] == json({"https://papers.cool/arxiv/2305.10601,1706.03762", "", "", "https://papers.cool/venue/1@2023@IJCAI"}));
    const json objects = ask(R"({"type":"resolve_many","first_url":false,"texts":["arXiv:2305.10601"]})");
    CHECK(objects["results"][0]["ids"][0]["id"] == "2305.10601");
    CHECK(error_code(ask(R"({"type":"resolve_many","first_url":1,"texts":["a"]})")) == "bad_field");
}

TEST_CASE("ping refuses a title_index that is not a bool", "[dispatch]") {
    CHECK(error_code(ask(R"({"type":"ping","title_index":"yes"})")) == "bad_field");
    CHECK_FALSE(ask(R"({"type":"ping","title_index":false})").contains("title_index"));
}

TEST_CASE("resolve_many entries are checked field by field", "[dispatch][resolve_many][bad-input]") {
    CHECK(error_code(ask(R"({"type":"resolve_many","texts":[{"title":5}]})")) == "bad_field");
    CHECK(error_code(ask(R"({"type":"resolve_many","texts":[{"text":["a"]}]})")) == "bad_field");
    CHECK(error_code(ask(R"({"type":"resolve_many","texts":[{"title":"T","year":"2017"}]})")) == "bad_field");
    CHECK(error_code(ask(R"({"type":"resolve_many","texts":[{"title":"T","year":-3}]})")) == "bad_field");
    CHECK(error_code(ask(R"({"type":"resolve_many","texts":[{"title":"T","year":1e30}]})")) == "bad_field");
    CHECK(error_code(ask(R"({"type":"resolve_many","texts":[{"title":"T","year":99999999999}]})")) == "bad_field");
    CHECK(error_code(ask(R"({"type":"resolve_many","texts":[[]]})")) == "bad_field");
    CHECK(error_code(ask(R"({"type":"resolve_many","texts":[true]})")) == "bad_field");
}

TEST_CASE("resolve_pdf validates its fields", "[dispatch][resolve_pdf]") {
    CHECK(error_code(ask(R"({"type":"resolve_pdf"})")) == "bad_field");
    CHECK(error_code(ask(R"({"type":"resolve_pdf","url":"/x.pdf","all":"yes"})")) == "bad_field");
}

TEST_CASE("bad messages get an error reply each", "[dispatch][bad-input]") {
    CHECK(error_code(ask("")) == "empty_frame");
    CHECK(error_code(ask("{\"type\":\"ping\",\"x\":\"\xff\"}")) == "invalid_utf8");
    CHECK(error_code(ask("{not json")) == "invalid_json");
    CHECK(error_code(ask(std::string(10000, '[') + std::string(10000, ']'))) == "invalid_json");
    CHECK(error_code(ask(std::string("{\"type\":\"ping\"}\0garbage]]]", 25))) == "invalid_json");
    CHECK(error_code(ask("[1,2]")) == "not_an_object");
    CHECK(error_code(ask("\"text\"")) == "not_an_object");
    CHECK(error_code(ask(R"({"id":1})")) == "missing_type");
    CHECK(error_code(ask(R"({"type":5})")) == "missing_type");
    CHECK(error_code(ask(R"({"type":"launch_rockets"})")) == "unknown_type");
    CHECK(error_code(ask(R"({"type":"resolve","selection":["a"]})")) == "bad_field");
    CHECK(error_code(ask(R"({"type":"resolve","page":{}})")) == "bad_field");
}

TEST_CASE("replies are cut to the size cap with a flag", "[dispatch]") {
    std::string texts;
    for (int i = 0; i < 5000; ++i) texts += std::string(i ? "," : "") + "\"2305." + std::to_string(10000 + i) + "\"";
    Limits limits;
    limits.max_reply_bytes = 20000;
    const std::string reply = reply_to(R"({"type":"resolve_many","texts":[)" + texts + "]}", limits);
    CHECK(reply.size() <= limits.max_reply_bytes);
    const json r = json::parse(reply);
    CHECK(r["ok"] == true);
    CHECK(r["truncated"] == true);
    CHECK(r["results"].size() > 0);
    CHECK(r["results"].size() < 5000);
    CHECK(r["results"][0]["ids"][0]["id"] == "2305.10000");
}

TEST_CASE("fit_reply gives up when nothing can shrink", "[dispatch]") {
    json reply = {{"message", std::string(100, 'x')}};
    CHECK_FALSE(fit_reply(reply, 10));
    json fine = {{"a", 1}};
    CHECK(fit_reply(fine, 100));
    CHECK_FALSE(fine.contains("truncated"));
}

TEST_CASE("hostile ids and names cannot blow the reply cap", "[dispatch][bad-input]") {
    Limits limits;
    limits.max_reply_bytes = 1024;
    const std::string huge(5000, 'x');
    const std::string reply = reply_to(R"({"type":"ping","id":")" + huge + "\"}", limits);
    CHECK(reply.size() <= limits.max_reply_bytes);
    CHECK(json::parse(reply)["error"]["code"] == "bad_field");
    const std::string unknown = reply_to(R"({"type":")" + huge + "\"}", limits);
    CHECK(unknown.size() <= limits.max_reply_bytes);
    CHECK(json::parse(unknown)["error"]["code"] == "unknown_type");
}

TEST_CASE("resolve_pdf refuses a relative path (PROTOCOL.md: absolute)", "[dispatch]") {
    const json reply = json::parse(reply_to(R"({"type":"resolve_pdf","id":1,"url":"paper.pdf"})", Limits{}));
    CHECK(reply["ok"] == false);
    CHECK(reply["error"]["code"] == "bad_field");
}

TEST_CASE("a cut resolve reply is coherent: its ids are exactly those its urls open", "[dispatch][limits]") {
    std::string selection;
    for (int i = 0; i < 100000; ++i) selection += std::to_string(2001 + i / 90000) + "." + std::to_string(10000 + i % 90000) + " ";
    const json r = ask(json({{"type", "resolve"}, {"selection", selection}}).dump());
    REQUIRE(r["ok"] == true);
    CHECK(r["outcome"] == "ids");
    CHECK(r["truncated"] == true);
    CHECK(r["ids_found"] == 100000);
    REQUIRE(!r["ids"].empty());
    std::string urls;
    for (const auto& url : r["urls"]) {
        CHECK(url.get<std::string>().size() <= coolpapers::kMaxUrlBytes);
        urls += url.get<std::string>() + "\n";
    }
    CHECK(r["urls"].size() <= coolpapers::kMaxUrls);
    CHECK(ids_json(coolpapers::extract_ids(urls)) == r["ids"]);
}

TEST_CASE("an id-less selection of 1 MB is searched, with a URL of bounded length", "[dispatch][limits]") {
    std::string words;
    while (words.size() < (1u << 20)) words += "graph neural networks ";
    const json r = ask(json({{"type", "resolve"}, {"selection", words}}).dump());
    CHECK(r["outcome"] == "search");
    REQUIRE(r["urls"].size() == 1);
    CHECK(r["urls"][0].get<std::string>().size() <= coolpapers::kMaxUrlBytes);
}

TEST_CASE("resolve_many: an entry with too many ids is cut coherently; the reply is built within its cap", "[dispatch][limits]") {
    std::string many;
    for (int i = 0; i < 20000; ++i) many += "2305." + std::to_string(10000 + i) + " ";
    const json r = ask(json({{"type", "resolve_many"}, {"texts", {many, "arXiv:1706.03762"}}}).dump());
    REQUIRE(r["ok"] == true);
    const json& first = r["results"][0];
    CHECK(first["truncated"] == true);
    CHECK(first["ids_found"] == 20000);
    CHECK(first["urls"].size() <= coolpapers::kMaxUrls);
    CHECK(r["results"][1]["urls"] == json({"https://papers.cool/arxiv/1706.03762"}));
    CHECK_FALSE(r.contains("truncated"));

    Limits small;
    small.max_reply_bytes = 3000;  // the first entry alone is larger: it is left out whole
    const json cut = ask(json({{"type", "resolve_many"}, {"texts", {"arXiv:1706.03762", many, "arXiv:2305.10601"}}}).dump(), small);
    CHECK(cut["truncated"] == true);
    CHECK(cut["results"] == json::parse(R"([{"ids":[{"source":"arxiv","id":"1706.03762"}],"urls":["https://papers.cool/arxiv/1706.03762"]}])"));
}

TEST_CASE("fit_reply never cuts ids apart from their urls", "[dispatch][limits]") {
    json reply = {{"ids", json::array()}, {"urls", json::array()}};
    for (int i = 0; i < 1000; ++i) reply["ids"].push_back({{"source", "arxiv"}, {"id", "2305." + std::to_string(10000 + i)}});
    reply["urls"].push_back("https://papers.cool/arxiv/…");
    CHECK_FALSE(fit_reply(reply, 1000));  // reply_too_large rather than a list that lies
}

TEST_CASE("a message with more JSON values than max_json_values is refused before parsing", "[dispatch][limits]") {
    std::string empties;
    for (int i = 0; i < 300000; ++i) empties += i ? ",{}" : "{}";
    CHECK(error_code(ask(R"({"type":"ping","x":[)" + empties + "]}")) == "too_many_values");
    CHECK(ask(R"({"type":"ping","x":[{},{}]})")["ok"] == true);
}
