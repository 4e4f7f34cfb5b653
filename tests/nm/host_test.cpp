// Host mode on the real binary: the browser's framing, sessions, one-shot processes, bad streams.
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include "frames.hpp"
#include "subprocess.hpp"

using namespace coolpapers::testing;
using coolpapers::testing::binary_path;
using coolpapers::testing::Child;
using coolpapers::testing::run_process;
using nlohmann::json;

namespace {

const std::string& kOrigin = kExtensionOrigin;
const auto header = frame_header;

// The replies in a whole stdout; fails the test if anything but frames is there.
std::vector<json> frames_of(const std::string& out) {
    const auto bodies = split_frames(out);
    REQUIRE(bodies);
    std::vector<json> replies;
    for (const auto& body : *bodies) replies.push_back(json::parse(body));
    return replies;
}

json ask(Child& host, const json& request) {
    REQUIRE(host.write(frame(request.dump())));
    const auto body = read_reply(host, std::chrono::seconds(10));
    REQUIRE(body);
    return json::parse(*body);
}

}  // namespace

TEST_CASE("a Chrome origin argument starts host mode", "[host]") {
    const auto r = run_process({binary_path(), kOrigin}, frame(R"({"type":"ping","id":1})"));
    CHECK(r.exit_code == 0);
    const auto replies = frames_of(r.out);
    REQUIRE(replies.size() == 1);
    CHECK(replies[0]["ok"] == true);
    CHECK(replies[0]["id"] == 1);
}

TEST_CASE("Firefox's two arguments start host mode", "[host]") {
    const auto r = run_process({binary_path(), "/usr/lib/mozilla/native-messaging-hosts/cool.papers.router.json",
                                "cool-papers-router@coolpapers"},
                               frame(R"({"type":"ping"})"));
    CHECK(r.exit_code == 0);
    CHECK(frames_of(r.out).size() == 1);
}

TEST_CASE("one process serves a session of 1000 requests", "[host]") {
    Child host({binary_path(), kOrigin});
    for (int i = 0; i < 1000; ++i) {
        const std::string text = "see arXiv:2305." + std::to_string(10000 + i) + " please";
        const json reply = ask(host, {{"type", "resolve"}, {"id", i}, {"selection", text}});
        REQUIRE(reply["id"] == i);
        REQUIRE(reply["urls"] == json({"https://papers.cool/arxiv/2305." + std::to_string(10000 + i)}));
    }
    CHECK(host.wait() == 0);
}

TEST_CASE("a burst of 200 one-shot processes", "[host]") {
    for (int i = 0; i < 200; ++i) {
        const auto r = run_process({binary_path(), kOrigin},
                                   frame(json({{"type", "resolve"}, {"id", i}, {"link", "https://openreview.net/forum?id=YicbFdNTTy"}}).dump()));
        REQUIRE(r.exit_code == 0);
        const auto replies = frames_of(r.out);
        REQUIRE(replies.size() == 1);
        REQUIRE(replies[0]["urls"] == json({"https://papers.cool/venue/YicbFdNTTy@OpenReview"}));
    }
}

TEST_CASE("bad messages get error replies and the next request is served", "[host][bad-input]") {
    std::string input;
    for (const std::string& body : {std::string(), std::string("{oops"), std::string("\xff\xfe"), std::string("[]"),
                                    std::string(R"({"type":"warp"})"), std::string(R"({"type":"resolve","link":42})"),
                                    std::string(5000, '['), std::string(R"({"type":"ping","id":"after"})")})
        input += frame(body);
    input += header(16u << 20) + std::string(16u << 20, 'x');  // over the 8 MiB cap: dropped
    input += frame(R"({"type":"ping","id":"last"})");
    const auto r = run_process({binary_path(), kOrigin}, input);
    CHECK(r.exit_code == 0);
    const auto replies = frames_of(r.out);
    REQUIRE(replies.size() == 10);
    const std::vector<std::string> codes = {"empty_frame", "invalid_json", "invalid_utf8", "not_an_object",
                                            "unknown_type", "bad_field", "invalid_json"};
    for (std::size_t i = 0; i < codes.size(); ++i) CHECK(replies[i]["error"]["code"] == codes[i]);
    CHECK(replies[7]["id"] == "after");
    CHECK(replies[8]["error"]["code"] == "frame_too_large");
    CHECK(replies[9]["id"] == "last");
    CHECK(r.err.find("refused a message") != std::string::npos);
}

TEST_CASE("a stream cut inside a message ends the host cleanly", "[host][bad-input]") {
    const auto body_cut = run_process({binary_path(), kOrigin}, frame(R"({"type":"ping"})") + header(100) + "{\"ty");
    CHECK(body_cut.exit_code == 1);
    CHECK(body_cut.signal == 0);
    CHECK(frames_of(body_cut.out).size() == 1);

    const auto header_cut = run_process({binary_path(), kOrigin}, std::string("\x05\x00", 2));
    CHECK(header_cut.exit_code == 1);
    CHECK(header_cut.out.empty());

    const auto empty = run_process({binary_path(), kOrigin}, "");
    CHECK(empty.exit_code == 0);
    CHECK(empty.out.empty());
}

TEST_CASE("replies stay under Chrome's 1 MB limit", "[host]") {
    json texts = json::array();
    for (int i = 0; i < 10000; ++i) {
        const std::string n = std::to_string(10000 + i);
        texts.push_back("arXiv:2305." + n + " and 2306." + n + " and 2307." + n);  // ~250 reply bytes each
    }
    const auto r = run_process({binary_path(), kOrigin}, frame(json({{"type", "resolve_many"}, {"texts", texts}}).dump()));
    const auto replies = frames_of(r.out);
    REQUIRE(replies.size() == 1);
    CHECK(r.out.size() - 4 <= 1000000);
    CHECK(replies[0]["truncated"] == true);
    CHECK(replies[0]["results"].size() < 10000);
}

TEST_CASE("host --log writes diagnostics to a file, never to stdout", "[host]") {
    const std::string log = "/tmp/coolpapers-host-test-" + std::to_string(::getpid()) + ".log";
    std::remove(log.c_str());
    const auto r = run_process({binary_path(), "host", "--log", log}, header(9u << 20) + std::string(9u << 20, 'y'));
    CHECK(frames_of(r.out).size() == 1);
    std::FILE* f = std::fopen(log.c_str(), "r");
    REQUIRE(f);
    char line[256] = {};
    CHECK(std::fgets(line, sizeof line, f) != nullptr);
    std::fclose(f);
    CHECK(std::string(line).find("refused a message") != std::string::npos);
    std::remove(log.c_str());
}

TEST_CASE("a selected title resolves through the offline title index", "[host][titles]") {
    const auto r = run_process({binary_path(), kOrigin},
                               frame(R"({"type":"resolve","selection":"Convolutional Neural Networks for Sentence Classification"})"));
    const auto replies = frames_of(r.out);
    REQUIRE(replies.size() == 1);
    CHECK(replies[0]["matched"] == "title");
    CHECK(replies[0]["urls"] == json({"https://papers.cool/venue/D14-1181@ACL"}));
}

TEST_CASE("resolve_many entries without an id resolve by title, the venue and year breaking ties", "[host][titles]") {
    // Two papers share this title: ICLR 2017 (OpenReview) and ICML 2017 (PMLR).
    const std::string eulerian = "Accelerating Eulerian Fluid Simulation With Convolutional Networks";
    const json texts = json::array({
        {{"text", "https://doi.org/10.5555/nothing-here"}, {"title", "Convolutional Neural Networks for Sentence Classification."}},
        {{"title", eulerian}, {"venue", "ICLR (Poster)"}, {"year", 2017}},
        {{"title", eulerian}, {"venue", "Y Tompson, K Schlachter - International Conference on Machine Learning, 2017 - proceedings.mlr.press"}},
        {{"title", eulerian}},
        {{"title", "A title no index has ever held, about geology"}},
        {{"title", std::string(5000, 'a')}},
        {{"text", "https://arxiv.org/abs/1706.03762"}, {"title", eulerian}},
    });
    const auto r = run_process({binary_path(), kOrigin}, frame(json({{"type", "resolve_many"}, {"texts", texts}}).dump()));
    const auto replies = frames_of(r.out);
    REQUIRE(replies.size() == 1);
    const json& results = replies[0]["results"];
    REQUIRE(results.size() == texts.size());
    CHECK(results[0]["urls"] == json({"https://papers.cool/venue/D14-1181@ACL"}));
    CHECK(results[0]["matched"] == "title");
    CHECK(results[1]["urls"] == json({"https://papers.cool/venue/ByH2gxrKl@OpenReview"}));
    CHECK(results[2]["urls"] == json({"https://papers.cool/venue/tompson17a@v70@PMLR"}));
    CHECK(results[3]["urls"].empty());  // a tie and nothing to break it: no guess
    CHECK(results[3]["candidates"].size() == 2);
    CHECK(results[4]["urls"].empty());
    CHECK_FALSE(results[4].contains("matched"));
    CHECK(results[5]["urls"].empty());
    CHECK(results[6]["urls"] == json({"https://papers.cool/arxiv/1706.03762"}));
    CHECK_FALSE(results[6].contains("matched"));
}

TEST_CASE("ping with title_index opens the index, and a title batch asked for first_url gets URLs", "[host][titles]") {
    const json texts = json::array({{{"title", "Convolutional Neural Networks for Sentence Classification."}},
                                    {{"title", "A title no index has ever held, about geology"}}});
    const auto r = run_process({binary_path(), kOrigin},
                               frame(R"({"type":"ping","title_index":true,"id":1})") +
                                   frame(json({{"type", "resolve_many"}, {"first_url", true}, {"texts", texts}, {"id", 2}}).dump()));
    const auto replies = frames_of(r.out);
    REQUIRE(replies.size() == 2);
    CHECK(replies[0]["title_index"] == true);
    CHECK(replies[1]["results"] == json({"https://papers.cool/venue/D14-1181@ACL", ""}));
}

TEST_CASE("resolve_pdf replies carry a message for the notification", "[host][pdf]") {
    const std::string corpus = std::string(COOLPAPERS_SOURCE_DIR) + "/../shared/corpus/pdf/";
    const auto ask_pdf = [&](const std::string& file) {
        const auto r = run_process({binary_path(), kOrigin},
                                   frame(json({{"type", "resolve_pdf"}, {"url", "file://" + corpus + file}}).dump()));
        const auto replies = frames_of(r.out);
        REQUIRE(replies.size() == 1);
        return replies[0];
    };
    CHECK(ask_pdf("arxiv_2014_gan_1406.2661v1.pdf")["message"] == "Opening 1 paper on Cool Papers (from the PDF).");
    CHECK(ask_pdf("pmlr_v32_le14.pdf")["message"] == "Opening 1 paper on Cool Papers (from the PDF's title).");
    CHECK(ask_pdf("noid_neurips2020_wav2vec2.pdf")["message"] == "No paper ID in this PDF: searching Cool Papers for its title.");
}

TEST_CASE("started with fd 2 closed, the host keeps fd 1 off the reply pipe", "[host]") {
    Child host({"/bin/sh", "-c", "exec \"$0\" \"$1\" 2>&-", binary_path(), kOrigin});
    CHECK(ask(host, {{"type", "ping"}, {"id", 1}})["ok"] == true);
    char target[256] = {};
    const std::string fd1 = "/proc/" + std::to_string(host.pid()) + "/fd/1";
    const ssize_t n = ::readlink(fd1.c_str(), target, sizeof target - 1);
    REQUIRE(n > 0);
    CHECK(std::string(target, static_cast<std::size_t>(n)).rfind("pipe:", 0) != 0);  // /dev/null
}

#if !defined(__SANITIZE_ADDRESS__)  // ASan reserves terabytes of address space
// Measured (ulimit -v, to 2 MiB): 52 MiB for the 762,000 ids in a selection, 47 in one text and
// for the percent tokens, 35 for the 10,000 texts; 230, 230, 88 and 44 before the host kept only
// the ids it may open, and looked at percent tokens as it met them.
TEST_CASE("costly requests under the 8 MiB cap are answered within 80 MiB of address space", "[host][bad-input][limits]") {
    constexpr std::size_t kCap = 8u << 20;
    std::vector<std::pair<std::string, std::string>> requests;  // what, frame body
    std::string empties = R"({"type":"ping","x":[{})";  // parsed, each {} is a map
    while (empties.size() < kCap - 8) empties += ",{}";
    requests.emplace_back("2.8 million empty objects", empties + "]}");
    std::string ids;
    for (int i = 0; ids.size() < kCap; ++i) ids += std::to_string(2001 + i / 90000) + "." + std::to_string(10000 + i % 90000) + " ";
    const std::string selection = ids.substr(0, kCap - 100);
    requests.emplace_back("762,000 distinct ids in a selection", json({{"type", "resolve"}, {"selection", selection}}).dump());
    requests.emplace_back("762,000 distinct ids in one text", json({{"type", "resolve_many"}, {"texts", {selection}}}).dump());
    std::string percents;
    while (percents.size() < kCap - 100) percents += "%41 ";
    requests.emplace_back("2 million percent-encoded tokens", json({{"type", "resolve"}, {"selection", percents}}).dump());
    json texts = json::array();
    const std::size_t per_text = (kCap - 100000) / 10000;  // room for the quotes and commas
    for (std::size_t t = 0; t < 10000; ++t) texts.push_back(ids.substr(t * per_text, per_text));
    requests.emplace_back("10,000 texts of 70 ids", json({{"type", "resolve_many"}, {"texts", texts}}).dump());

    for (const auto& [what, body] : requests) {
        INFO(what);
        REQUIRE(body.size() <= kCap);
        const auto r = run_process({"/bin/bash", "-c", "ulimit -v 81920 && exec \"$0\" \"$1\"", binary_path(), kOrigin}, frame(body));
        CHECK(r.exit_code == 0);
        const auto replies = frames_of(r.out);
        REQUIRE(replies.size() == 1);
        INFO(replies[0].dump().substr(0, 300));
        CHECK((replies[0]["ok"] == true || replies[0]["error"]["code"] == "too_many_values"));
    }
}
#endif
