// Downloads from a cpp-httplib server on 127.0.0.1: success, redirects, HTTP errors, limits,
// stalls, wrong content types, truncation; and from raw servers that misbehave on purpose.
// Through resolve_pdf (both helpers) and the CLI.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <thread>
#include <unistd.h>

#include "fixtures.hpp"
#include "pdf/pdf_client.hpp"
#include "raw_server.hpp"
#include "subprocess.hpp"

using namespace coolpapers::pdf_testing;
using coolpapers::pdf::PdfOptions;
using coolpapers::pdf::resolve_pdf;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

class TestServer {
public:
    TestServer() : pdf_(read_file(corpus_dir() / "arxiv_2014_gan_1406.2661v1.pdf")) {
        server_.Get("/paper.pdf", [this](const httplib::Request&, httplib::Response& res) {
            res.set_content(pdf_, "application/pdf");
        });
        server_.Get("/octet", [this](const httplib::Request&, httplib::Response& res) {
            res.set_content(pdf_, "application/octet-stream");
        });
        server_.Get(R"(/hop/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
            const int n = std::stoi(req.matches[1]);
            res.set_redirect(n == 0 ? "/paper.pdf" : "/hop/" + std::to_string(n - 1));
        });
        server_.Get("/relative/here", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("../paper.pdf"); });
        server_.Get("/to-file", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("file:///etc/passwd"); });
        server_.Get("/missing.pdf", [](const httplib::Request&, httplib::Response& res) {
            res.status = 404;
            res.set_content("not here", "text/plain");
        });
        server_.Get("/missing-big.pdf", [](const httplib::Request&, httplib::Response& res) {
            res.status = 404;
            res.set_content(std::string(3u << 20, 'x'), "text/html");
        });
        server_.Get("/login", [](const httplib::Request&, httplib::Response& res) {
            res.set_content("<html>please log in</html>", "text/html; charset=utf-8");
        });
        server_.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
            std::this_thread::sleep_for(1500ms);
            res.set_content("%PDF-1.4", "application/pdf");
        });
        server_.Get("/huge-chunked", [this](const httplib::Request&, httplib::Response& res) {
            res.set_chunked_content_provider("application/pdf", [this](std::size_t, httplib::DataSink& sink) {
                return sink.write(pdf_.data(), pdf_.size());  // forever
            });
        });
        server_.Get("/drip", [](const httplib::Request&, httplib::Response& res) {
            res.set_chunked_content_provider("application/pdf", [](std::size_t, httplib::DataSink& sink) {
                std::this_thread::sleep_for(100ms);
                return sink.write("%", 1);
            });
        });
        server_.Get("/truncated", [this](const httplib::Request&, httplib::Response& res) {
            res.set_content_provider(pdf_.size(), "application/pdf",
                                     [this](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                         if (offset > 0) return false;  // drop the connection halfway
                                         return sink.write(pdf_.data(), pdf_.size() / 2);
                                     });
        });
        port_ = server_.bind_to_any_port("127.0.0.1");
        thread_ = std::thread([this] { server_.listen_after_bind(); });
        while (!server_.is_running()) std::this_thread::sleep_for(1ms);
    }
    ~TestServer() {
        server_.stop();
        thread_.join();
    }
    std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }
    // The same server by name: the confined fetcher resolves it (nsswitch.conf, /etc/hosts).
    std::string url_by_name(const std::string& path) const { return "http://localhost:" + std::to_string(port_) + path; }

private:
    std::string pdf_;
    httplib::Server server_;
    int port_ = 0;
    std::thread thread_;
};

TestServer& server() {
    static TestServer s;
    return s;
}

PdfOptions quick() {
    PdfOptions options;
    options.limits.read_timeout = 400ms;
    options.limits.download_timeout = 3s;
    return options;
}

json fetch(const std::string& path, PdfOptions options = quick()) {
    use_built_helper();
    return resolve_pdf(server().url(path), options);
}

std::string error_code(const json& reply) {
    INFO(reply.dump());
    REQUIRE(reply.contains("error"));
    return reply["error"]["code"].get<std::string>();
}

const json kGan = json::array({{{"source", "arxiv"}, {"id", "1406.2661"}}});

}  // namespace

TEST_CASE("a PDF downloaded over http is read", "[pdf][download]") {
    CHECK(fetch("/paper.pdf")["ids"] == kGan);
    CHECK(fetch("/octet")["ids"] == kGan);
    CHECK(fetch("/hop/4")["ids"] == kGan);  // 5 redirects
    CHECK(fetch("/relative/here")["ids"] == kGan);
}

TEST_CASE("a PDF is downloaded from a host given by name", "[pdf][download]") {
    use_built_helper();
    CHECK(resolve_pdf(server().url_by_name("/paper.pdf"), quick())["ids"] == kGan);
}

TEST_CASE("download failures give fetch_* errors", "[pdf][download]") {
    CHECK(error_code(fetch("/hop/5")) == "fetch_too_many_redirects");
    CHECK(error_code(fetch("/to-file")) == "fetch_bad_redirect");
    CHECK(error_code(fetch("/missing.pdf")) == "fetch_http_status");
    CHECK(error_code(fetch("/missing-big.pdf")) == "fetch_http_status");  // not "Canceled" past 1 MiB
    CHECK(error_code(fetch("/login")) == "fetch_not_pdf");
    CHECK(error_code(fetch("/slow")) == "fetch_timeout");
    CHECK(error_code(fetch("/truncated")) == "fetch_truncated");
    CHECK(error_code(fetch("/huge-chunked")) == "fetch_too_large");
    PdfOptions small = quick();
    small.limits.max_bytes = 100000;
    CHECK(error_code(fetch("/paper.pdf", small)) == "fetch_too_large");  // by Content-Length

    // A server that never stalls long enough for the read timeout: the wall clock ends it.
    PdfOptions drip = quick();
    drip.limits.download_timeout = 1s;
    const auto start = std::chrono::steady_clock::now();
    CHECK(error_code(fetch("/drip", drip)) == "fetch_timeout");
    CHECK(std::chrono::steady_clock::now() - start < 3s);

    CHECK(error_code(resolve_pdf("http://127.0.0.1:1/x.pdf", quick())) == "fetch_connect_failed");
}

TEST_CASE("an over-long URL is refused with its own code and no path in the message", "[pdf][download]") {
    use_built_helper();
    const json reply = resolve_pdf("http://127.0.0.1:1/" + std::string(200u << 10, 'a') + ".pdf", quick());
    CHECK(error_code(reply) == "fetch_url_too_long");
    CHECK(reply["error"]["message"].get<std::string>().find('/') == std::string::npos);
}

TEST_CASE("coolpapers pdf URL downloads in a child", "[pdf][download][cli]") {
    const auto run = coolpapers::testing::run_process({coolpapers::testing::binary_path(), "pdf", "--json", server().url("/hop/2")});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK(json::parse(run.out)["ids"] == kGan);
    const auto missing = coolpapers::testing::run_process({coolpapers::testing::binary_path(), "pdf", server().url("/missing.pdf")});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("404") != std::string::npos);
}

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
    // fetch_too_large: the memory limit ended it, not the 60 s clock (fetch_timeout).
    CHECK(error_code(resolve_pdf(server.url("/paper.pdf"), PdfOptions{})) == "fetch_too_large");
}
#endif

namespace {

// An https server on 127.0.0.1 (`openssl s_server -HTTP`) with a certificate for 127.0.0.1 and
// localhost made now; GET /NAME answers with the file NAME, which holds a whole HTTP response.
// The download helper trusts the certificate through $SSL_CERT_FILE (set while the server lives).
class TlsServer {
public:
    explicit TlsServer(const std::vector<std::pair<std::string, std::string>>& responses) {
        dir_ = scratch_dir() / ("tls-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir_);
        const std::string make_cert = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 "
                                      "-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout '" +
                                      (dir_ / "key.pem").string() + "' -out '" + (dir_ / "cert.pem").string() + "' 2>/dev/null";
        REQUIRE(std::system(make_cert.c_str()) == 0);
        for (const auto& [name, response] : responses) write_file(dir_ / name, response);
        server_ = std::make_unique<coolpapers::testing::Child>(std::vector<std::string>{
            "/bin/sh", "-c", "cd \"$0\" && exec openssl s_server -accept 127.0.0.1:0 -cert cert.pem -key key.pem -HTTP 2>&1",
            dir_.string()});
        std::string line, byte;  // "ACCEPT 127.0.0.1:PORT" once it listens
        while (line.rfind("ACCEPT", 0) != 0) {
            line.clear();
            while (server_->read_exact(byte, 1, 10s) && byte != "\n") line += byte;
            REQUIRE(!byte.empty());
        }
        port_ = line.substr(line.rfind(':') + 1);
        ::setenv("SSL_CERT_FILE", (dir_ / "cert.pem").c_str(), 1);
    }
    ~TlsServer() { ::unsetenv("SSL_CERT_FILE"); }
    std::string url(const std::string& name) const { return "https://127.0.0.1:" + port_ + "/" + name; }
    std::string url_by_name(const std::string& name) const { return "https://localhost:" + port_ + "/" + name; }

private:
    std::filesystem::path dir_;
    std::unique_ptr<coolpapers::testing::Child> server_;
    std::string port_;
};

}  // namespace

TEST_CASE("a redirect from https to plain http is refused (a local TLS server)", "[pdf][download][tls]") {
    use_built_helper();
    const std::string pdf = read_file(corpus_dir() / "arxiv_2014_gan_1406.2661v1.pdf");
    TlsServer tls({{"paper.pdf", "HTTP/1.0 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: " +
                                     std::to_string(pdf.size()) + "\r\n\r\n" + pdf},
                   {"to-http", "HTTP/1.0 302 Found\r\nLocation: " + server().url("/paper.pdf") + "\r\nContent-Length: 0\r\n\r\n"}});
    // The same server and certificate serve a PDF over https: TLS itself works, by address and
    // by name (the name resolved and checked against the certificate inside the confined fetcher).
    CHECK(resolve_pdf(tls.url("paper.pdf"), quick())["ids"] == kGan);
    CHECK(resolve_pdf(tls.url_by_name("paper.pdf"), quick())["ids"] == kGan);
    const json refused = resolve_pdf(tls.url("to-http"), quick());
    CHECK(error_code(refused) == "fetch_bad_redirect");
    CHECK(refused["error"]["message"].get<std::string>().find("https to plain http") != std::string::npos);
}

TEST_CASE("a PDF address of 16 KiB is tried, one byte more is refused before anything runs", "[pdf][download][limits]") {
    use_built_helper();
    const std::string base = "http://127.0.0.1:1/";
    const std::string at_limit = base + std::string(coolpapers::pdf::kMaxLocationBytes - base.size() - 4, 'a') + ".pdf";
    REQUIRE(at_limit.size() == coolpapers::pdf::kMaxLocationBytes);
    CHECK(error_code(resolve_pdf(at_limit, quick())) == "fetch_connect_failed");  // it was tried
    CHECK(error_code(resolve_pdf(at_limit + "x", quick())) == "fetch_url_too_long");
}
