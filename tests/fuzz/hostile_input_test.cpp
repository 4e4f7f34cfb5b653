// Resource limits under attack, on the real binary (issue 7): huge and pathological text on the
// command line and in host mode. Each case must end in bounded time with an answer or an error.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#include "frames.hpp"
#include "subprocess.hpp"

using coolpapers::testing::binary_path;
using coolpapers::testing::frame;
using coolpapers::testing::read_reply;
using coolpapers::testing::Child;
using coolpapers::testing::run_process;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

const std::string& kOrigin = coolpapers::testing::kExtensionOrigin;
constexpr std::size_t kMaxReplyBytes = 1000000;  // host/nm/request.hpp Limits::max_reply_bytes

// Sanitizer builds run several times slower; the bounds below hold for them too.
constexpr auto kBound = std::chrono::seconds(90);

// One reply frame from a host session (raw body, so that its size can be checked).
std::string next_reply(Child& host, std::chrono::milliseconds timeout = std::chrono::seconds(60)) {
    auto body = read_reply(host, timeout);
    REQUIRE(body);
    return std::move(*body);
}

json ask(Child& host, const std::string& body) {
    REQUIRE(host.write(frame(body)));
    return json::parse(next_reply(host));
}

void host_still_answers(Child& host) {
    const json pong = ask(host, R"({"type":"ping","id":"after"})");
    CHECK(pong["ok"] == true);
    CHECK(pong["id"] == "after");
}

std::string repeat(std::string_view unit, std::size_t bytes) {
    std::string out;
    out.reserve(bytes + unit.size());
    while (out.size() < bytes) out += unit;
    return out;
}

}  // namespace

TEST_CASE("64 MiB of `1.` on the command line", "[hostile][cli]") {
    const std::string text = repeat("1.", 64u << 20);
    for (const char* command : {"ids", "url"}) {
        INFO(command);
        const auto start = Clock::now();
        const auto r = run_process({binary_path(), command}, text, kBound);
        INFO("took " << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count() << " ms");
        REQUIRE_FALSE(r.timed_out);
        CHECK(r.exit_code == 1);  // nothing found
        CHECK(r.out.empty());
    }
}

TEST_CASE("64 MiB of `1.` with an id at the end", "[hostile][cli]") {
    const std::string text = repeat("1.", 64u << 20) + " arXiv:2305.10601v2";
    const auto r = run_process({binary_path(), "ids", "--json"}, text, kBound);
    REQUIRE_FALSE(r.timed_out);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "[{\"source\":\"arxiv\",\"id\":\"2305.10601\"}]\n");
}

TEST_CASE("a 10 MB line without a newline: ids --jsonl", "[hostile][cli]") {
    std::string line(1, '"');
    line += repeat("see also \\n ", 10u << 20);
    line += "https://openreview.net/forum?id=YicbFdNTTy\"";
    const auto r = run_process({binary_path(), "ids", "--jsonl"}, line, kBound);
    REQUIRE_FALSE(r.timed_out);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "[{\"source\":\"openreview\",\"id\":\"YicbFdNTTy\"}]\n");

    // The same line unterminated inside the string: an error line, not a hang.
    const auto broken = run_process({binary_path(), "ids", "--jsonl"}, line.substr(0, line.size() - 1), kBound);
    REQUIRE_FALSE(broken.timed_out);
    CHECK(broken.exit_code == 1);
    CHECK(broken.out.rfind("{\"error\":", 0) == 0);
}

TEST_CASE("a 10 MB message to the host is refused, and the session goes on", "[hostile][host]") {
    Child host({binary_path(), kOrigin});
    const std::string text = repeat("word ", 10u << 20);
    const json refused = ask(host, json({{"type", "resolve"}, {"id", 1}, {"selection", text}}).dump());
    CHECK(refused["ok"] == false);
    CHECK(refused["error"]["code"] == "frame_too_large");
    host_still_answers(host);

    // Just under the 8 MiB cap: answered, in bounded time.
    const std::string big = repeat("1.", (8u << 20) - 200) ;
    const auto start = Clock::now();
    const json answered = ask(host, json({{"type", "resolve_many"}, {"id", 2}, {"texts", {big}}}).dump());
    CHECK(Clock::now() - start < kBound);
    CHECK(answered["ok"] == true);
    CHECK(answered["results"][0]["ids"].empty());
    host.close_stdin();
    CHECK(host.wait() == 0);
}

TEST_CASE("deeply nested JSON in a request", "[hostile][host]") {
    Child host({binary_path(), kOrigin});
    for (const std::size_t depth : {65u, 1000u, 1000000u}) {
        INFO("depth " << depth);
        const std::string nested = std::string(depth, '[') + std::string(depth, ']');
        const json as_field = ask(host, R"({"type":"resolve","id":7,"selection":)" + nested + "}");
        CHECK(as_field["ok"] == false);
        CHECK(as_field["error"]["code"] == "invalid_json");
        const json whole = ask(host, nested);
        CHECK(whole["ok"] == false);
        CHECK(whole["error"]["code"] == "invalid_json");
        const std::string objects = repeat("{\"a\":", depth * 5) + "1" + std::string(depth, '}');
        CHECK(ask(host, objects)["error"]["code"] == "invalid_json");
    }
    // Brackets inside a string are text, not nesting.
    const json in_string = ask(host, R"({"type":"resolve","id":8,"selection":")" + std::string(100000, '[') + "\"}");
    CHECK(in_string["ok"] == true);
    host_still_answers(host);
    host.close_stdin();
    CHECK(host.wait() == 0);
}

TEST_CASE("deeply nested JSON on an ids --jsonl line", "[hostile][cli]") {
    const auto r = run_process({binary_path(), "ids", "--jsonl"}, std::string(1000000, '[') + "\n\"2305.10601\"\n", kBound);
    REQUIRE_FALSE(r.timed_out);
    CHECK(r.out.rfind("{\"error\":", 0) == 0);
    CHECK(r.out.find("\n[{\"source\":\"arxiv\",\"id\":\"2305.10601\"}]\n") != std::string::npos);
}

// Found by fuzz_nm (regressions/nm/reply-cap-huge-id): the request's "id" and an unknown "type"
// are echoed in full, so a large one makes a reply over the cap, which Chrome refuses (it then
// drops the connection to the host).
TEST_CASE("every reply stays under the reply cap, whatever the request echoes", "[hostile][host][reply-cap]") {
    Child host({binary_path(), kOrigin});
    const std::string huge(1500000, 'x');
    const std::string bodies[] = {
        json({{"type", "ping"}, {"id", huge}}).dump(),
        json({{"type", "resolve"}, {"id", huge}, {"selection", "arXiv:2305.10601"}}).dump(),
        json({{"type", huge}, {"id", 1}}).dump(),
        json({{"type", "nope"}, {"id", json::array({huge, huge})}}).dump(),
    };
    for (const std::string& body : bodies) {
        REQUIRE(host.write(frame(body)));
        const std::string reply = next_reply(host);
        CHECK(reply.size() < kMaxReplyBytes);
        CHECK(json::parse(reply).contains("ok"));
    }
    host_still_answers(host);
}

// Found by fuzz_text_steps (regressions/text_steps/nul-ends-nlohmann-input): nlohmann::json stops
// at a NUL byte, so the host answers a frame whose JSON is followed by NUL and garbage as if the
// garbage were not there. JSON text never holds a raw NUL; such a frame is not JSON.
TEST_CASE("a NUL byte after the JSON does not hide trailing garbage", "[hostile][host][nul]") {
    Child host({binary_path(), kOrigin});
    const json reply = ask(host, std::string(R"({"type":"ping","id":1})") + std::string(1, '\0') + "garbage]]]");
    CHECK(reply["ok"] == false);
    CHECK(reply["error"]["code"] == "invalid_json");
    host_still_answers(host);
}
