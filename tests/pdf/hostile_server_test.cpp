// Downloads from servers that misbehave on purpose (tests/pdf/raw_server.hpp).
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "pdf/pdf_client.hpp"
#include "raw_server.hpp"

using namespace coolpapers::pdf_testing;
using coolpapers::pdf::PdfOptions;
using coolpapers::pdf::resolve_pdf;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

std::string error_code(const json& reply) {
    INFO(reply.dump());
    REQUIRE(reply.contains("error"));
    return reply["error"]["code"].get<std::string>();
}

}  // namespace

#if !defined(__SANITIZE_ADDRESS__)  // the helper's memory limit is lifted under ASan
TEST_CASE("a server sending header lines without end meets the downloader's memory limit", "[pdf][download]") {
    use_built_helper();
    RawServer server([](RawServer& s, int fd) {
        if (!s.send_all(fd, "HTTP/1.1 200 OK\r\n")) return;
        const std::string lines = [] {
            std::string block;
            for (int i = 0; i < 64; ++i) block += "X-Filler-" + std::to_string(i) + ": " + std::string(4000, 'a') + "\r\n";
            return block;
        }();
        while (s.send_all(fd, lines)) {
        }
    });
    PdfOptions options;
    options.limits.download_timeout = 20s;
    const auto start = std::chrono::steady_clock::now();
    CHECK(error_code(resolve_pdf(server.url("/paper.pdf"), options)) == "fetch_too_large");
    CHECK(std::chrono::steady_clock::now() - start < 15s);  // the memory limit, not the clock
}
#endif
