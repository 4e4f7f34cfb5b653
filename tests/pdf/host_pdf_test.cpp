// resolve_pdf off the host's main loop, on the real binary: while a download is held back by a
// local server, ping, resolve, resolve_many and a PDF URL answered without downloading are all
// answered first (replies out of order, told apart by id); the PDF's own reply comes once the
// server lets the download finish. No timings are asserted: the order alone shows that nothing
// waited for the download (the bench measures the milliseconds: bench/host_bench.cpp).
#include <atomic>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "fixtures.hpp"
#include "frames.hpp"
#include "raw_server.hpp"
#include "subprocess.hpp"

using namespace coolpapers::pdf_testing;
using namespace coolpapers::testing;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

const json kGan = json::array({{{"source", "arxiv"}, {"id", "1406.2661"}}});

// Serves a real PDF one byte every 50 ms (so the download helper's stall timeout never fires)
// until release(), then the rest at once.
class HeldPdfServer {
public:
    HeldPdfServer()
        : pdf_(read_file(corpus_dir() / "arxiv_2014_gan_1406.2661v1.pdf")),
          server_([this](RawServer& s, int fd) {
              ++connections_;
              if (!s.send_all(fd, "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: " +
                                      std::to_string(pdf_.size()) + "\r\n\r\n"))
                  return;
              std::size_t sent = 0;
              while (!released_ && sent < pdf_.size()) {
                  if (!s.send_all(fd, pdf_.substr(sent++, 1))) return;
                  std::this_thread::sleep_for(50ms);
              }
              s.send_all(fd, pdf_.substr(sent));
          }) {}
    std::string url() const { return server_.url("/held.pdf"); }
    void release() { released_ = true; }
    // Until `count` downloads have connected (false after 20 s).
    bool wait_for_connections(int count) const {
        const auto give_up = std::chrono::steady_clock::now() + 20s;
        while (connections_ < count && std::chrono::steady_clock::now() < give_up) std::this_thread::sleep_for(10ms);
        return connections_ >= count;
    }

private:
    std::string pdf_;
    std::atomic<int> connections_{0};
    std::atomic<bool> released_{false};
    RawServer server_;
};

Child start_host() { return Child({binary_path(), kExtensionOrigin}, {std::string("COOLPAPERS_PDF_HELPER=") + COOLPAPERS_PDF_HELPER_PATH}); }

void send(Child& host, const json& request) { REQUIRE(host.write(frame(request.dump()))); }

json next_reply(Child& host) {
    const auto body = read_reply(host, 30s);
    REQUIRE(body);
    return json::parse(*body);
}

}  // namespace

TEST_CASE("the host answers other requests while a PDF downloads", "[pdf][download][host]") {
    HeldPdfServer server;
    Child host = start_host();
    send(host, {{"type", "resolve_pdf"}, {"id", "slow"}, {"url", server.url()}});
    REQUIRE(server.wait_for_connections(1));  // the download helper is in the middle of it

    send(host, {{"type", "ping"}, {"id", 2}});
    send(host, {{"type", "resolve"}, {"id", 3}, {"selection", "see arXiv:2305.10601"}});
    send(host, {{"type", "resolve_many"}, {"id", 4}, {"texts", {"arXiv:1706.03762"}}});
    send(host, {{"type", "resolve_pdf"}, {"id", 5}, {"url", "https://arxiv.org/pdf/1406.2661v1"}});
    for (const json& expected_id : {json(2), json(3), json(4), json(5)}) {
        const json reply = next_reply(host);
        INFO(reply.dump());
        CHECK(reply["id"] == expected_id);  // not the PDF's: that one is still downloading
        CHECK(reply["ok"] == true);
    }

    server.release();
    const json pdf = next_reply(host);
    INFO(pdf.dump());
    CHECK(pdf["id"] == "slow");
    CHECK(pdf["ok"] == true);
    CHECK(pdf["ids"] == kGan);
    host.close_stdin();
    CHECK(host.wait() == 0);
}

TEST_CASE("a PDF still being read when the input ends is answered before the host exits", "[pdf][download][host]") {
    HeldPdfServer server;
    Child host = start_host();
    send(host, {{"type", "resolve_pdf"}, {"id", 1}, {"url", server.url()}});
    REQUIRE(server.wait_for_connections(1));
    host.close_stdin();  // as after sendNativeMessage's one request
    server.release();
    const json pdf = next_reply(host);
    CHECK(pdf["id"] == 1);
    CHECK(pdf["ids"] == kGan);
    CHECK(host.wait() == 0);
}

TEST_CASE("past max_pdf_jobs PDFs at once, another is refused with pdf_busy", "[pdf][download][host]") {
    HeldPdfServer server;
    Child host = start_host();
    send(host, {{"type", "ping"}, {"id", 0}});
    const std::size_t jobs = next_reply(host)["limits"]["max_pdf_jobs"].get<std::size_t>();
    REQUIRE(jobs >= 1);
    for (std::size_t i = 1; i <= jobs; ++i) send(host, {{"type", "resolve_pdf"}, {"id", i}, {"url", server.url()}});
    REQUIRE(server.wait_for_connections(1));
    send(host, {{"type", "resolve_pdf"}, {"id", "one too many"}, {"url", server.url()}});
    const json busy = next_reply(host);
    CHECK(busy["id"] == "one too many");
    CHECK(busy["error"]["code"] == "pdf_busy");

    server.release();
    std::set<std::size_t> answered;
    for (std::size_t i = 1; i <= jobs; ++i) {
        const json pdf = next_reply(host);
        INFO(pdf.dump());
        CHECK(pdf["ids"] == kGan);
        answered.insert(pdf["id"].get<std::size_t>());
    }
    CHECK(answered.size() == jobs);
    host.close_stdin();
    CHECK(host.wait() == 0);
}
