// The host treats its PDF helper as hostile: a fake helper (a script put where the real one is
// looked for) answers what a compromised parser could, and the real host must stay sane.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "frames.hpp"
#include "subprocess.hpp"

using namespace coolpapers::pdf_testing;
using namespace coolpapers::testing;
using nlohmann::json;

namespace {

// A helper that swallows its input and prints `reply`.
std::string fake_helper(const std::string& name, const std::string& reply) {
    const auto dir = scratch_dir() / name;
    std::filesystem::create_directories(dir);
    write_file(dir / "reply.json", reply);
    write_file(dir / "helper", "#!/bin/sh\ncat >/dev/null\ncat '" + (dir / "reply.json").string() + "'\n");
    ::chmod((dir / "helper").c_str(), 0755);
    return (dir / "helper").string();
}

json ask(Child& host, const json& request) {
    REQUIRE(host.write(frame(request.dump())));
    const auto body = read_reply(host, std::chrono::seconds(30));
    REQUIRE(body);
    return json::parse(*body);
}

json resolve_with(const std::string& helper) {
    Child host({binary_path(), kExtensionOrigin}, {"COOLPAPERS_PDF_HELPER=" + helper});
    const std::string pdf = (corpus_dir() / "arxiv_2014_gan_1406.2661v1.pdf").string();
    const json reply = ask(host, {{"type", "resolve_pdf"}, {"id", 7}, {"url", pdf}});
    CHECK(ask(host, {{"type", "ping"}, {"id", 8}})["ok"] == true);  // still serving
    return reply;
}

}  // namespace

TEST_CASE("a helper reply nested 200,000 deep is an error, not a crash", "[pdf][host]") {
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    const json reply = resolve_with(fake_helper("deep", R"({"ids":[],"title":"x","urls":[)" + deep + "]}"));
    CHECK(reply["ok"] == false);
    CHECK(reply["error"]["code"] == "pdf_failed");
}

TEST_CASE("a helper's own urls never reach the extension", "[pdf][host]") {
    const json reply = resolve_with(fake_helper(
        "urls", R"({"ids":[{"source":"arxiv","id":"1406.2661"}],"title":"GAN","urls":["https://attacker.example/?q=secret"]})"));
    REQUIRE(reply["ok"] == true);
    CHECK(reply["urls"] == json::array({"https://papers.cool/arxiv/1406.2661"}));
}
