// Resource limits of `coolpapers pdf` under attack (issue 7), on the real binary and helper: a
// PDF that decompresses to gigabytes, a PDF of 10 000 pages, and servers that stall or drip one
// byte a second. Each must end in bounded time with an error or an answer, never a hang.
// The PDFs are built here, with zlib; nothing is committed.
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "pdf_writer.hpp"
#include "subprocess.hpp"

using coolpapers::testing::binary_path;
using coolpapers::testing::run_process;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

// host/pdf/pdf_client.hpp PdfLimits: parse_timeout 15 s, download_timeout 60 s, read_timeout 10 s.
constexpr auto kParseBound = std::chrono::seconds(45);
constexpr auto kDownloadBound = std::chrono::seconds(90);

// A scratch directory for the built PDFs, removed when the test program ends.
struct ScratchDir {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("coolpapers-hardening-" + std::to_string(::getpid()));
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

std::filesystem::path scratch(const std::string& name) {
    static ScratchDir dir;
    std::filesystem::create_directories(dir.path);
    return dir.path / name;
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Deflates `unit` repeated until `total` bytes, in zlib format (/FlateDecode).
std::string deflate_repeated(const std::string& unit, std::size_t total) {
    std::string chunk;
    while (chunk.size() < (1u << 20)) chunk += unit;
    z_stream z{};
    REQUIRE(deflateInit(&z, Z_BEST_COMPRESSION) == Z_OK);
    std::string out;
    char buffer[1 << 16];
    for (std::size_t fed = 0; fed < total;) {
        const std::size_t n = std::min(chunk.size(), total - fed);
        fed += n;
        z.next_in = reinterpret_cast<Bytef*>(chunk.data());
        z.avail_in = static_cast<uInt>(n);
        const int flush = fed == total ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef*>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(buffer, sizeof buffer - z.avail_out);
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

// A PDF of `pages` pages that all draw the one content stream `content` (raw or deflated).
std::string make_pdf(const std::string& content, bool deflated, int pages) {
    std::vector<std::string> objects;
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    std::string kids;
    for (int i = 0; i < pages; ++i) kids += std::to_string(5 + i) + " 0 R ";
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    objects.push_back("<< /Length " + std::to_string(content.size()) + (deflated ? " /Filter /FlateDecode" : "") +
                      " >>\nstream\n" + content + "\nendstream");
    for (int i = 0; i < pages; ++i)
        objects.push_back(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            "/Contents 4 0 R >>");
    return coolpapers::testing::assemble_pdf(objects);
}

const std::string kText = "BT /F1 12 Tf 72 720 Td (Attention, see arXiv:1706.03762v5 and more) Tj ET\n";

struct Outcome {
    bool timed_out = false;
    std::chrono::milliseconds took{};
    int exit_code = -1;
    json reply;          // stdout when it is JSON
    std::string stderr_text;
};

Outcome run_pdf(std::vector<std::string> args, std::chrono::seconds bound) {
    std::vector<std::string> argv{binary_path(), "pdf", "--json"};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto start = Clock::now();
    const auto r = run_process(argv, {}, bound);
    Outcome o;
    o.took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
    o.timed_out = r.timed_out;
    o.exit_code = r.exit_code;
    o.reply = json::parse(r.out, nullptr, false);
    o.stderr_text = r.err;
    return o;
}

// An error (exit 2 and a message) or an answer (exit 0/1 and the JSON reply): anything but a hang
// or a crash of coolpapers.
void check_bounded(const Outcome& o) {
    INFO("took " << o.took.count() << " ms, exit " << o.exit_code << ", stderr: " << o.stderr_text);
    REQUIRE_FALSE(o.timed_out);
    if (o.exit_code == 2) {
        CHECK(o.stderr_text.rfind("coolpapers: ", 0) == 0);
    } else {
        REQUIRE((o.exit_code == 0 || o.exit_code == 1));
        REQUIRE(o.reply.is_object());
        CHECK(o.reply.contains("ids"));
    }
}

// A loopback HTTP server in a thread. `stall`: accept, read the request and send nothing; else
// send a 200 header for a large PDF, then one byte a second.
class DripServer {
public:
    explicit DripServer(bool stall) : stall_(stall) {
        fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        REQUIRE(fd_ >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        REQUIRE(::listen(fd_, 8) == 0);
        socklen_t len = sizeof addr;
        REQUIRE(::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
        port_ = ntohs(addr.sin_port);
        thread_ = std::thread([this] { serve(); });
    }
    ~DripServer() {
        stop_ = true;
        thread_.join();
        ::close(fd_);
    }
    DripServer(const DripServer&) = delete;
    DripServer& operator=(const DripServer&) = delete;
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/x.pdf"; }
    int bytes_sent() const { return sent_; }

private:
    bool wait_readable(int fd, int ms) {
        pollfd p{fd, POLLIN, 0};
        return ::poll(&p, 1, ms) > 0;
    }
    void serve() {
        while (!stop_) {
            if (!wait_readable(fd_, 100)) continue;
            const int client = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0) continue;
            char request[4096];
            if (wait_readable(client, 2000)) {
                const ssize_t n = ::recv(client, request, sizeof request, 0);
                (void)n;
            }
            if (!stall_) {
                const std::string head =
                    "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: 1000000\r\n\r\n";
                ::send(client, head.data(), head.size(), MSG_NOSIGNAL);
            }
            const std::string body = "%PDF-1.4\n" + std::string(1000, ' ');
            for (std::size_t i = 0; !stop_; ++i) {
                // A closed connection ends the drip; stop_ ends the test.
                if (wait_readable(client, 1000)) {
                    char sink[256];
                    if (::recv(client, sink, sizeof sink, MSG_DONTWAIT) <= 0) break;
                }
                if (!stall_) {
                    if (::send(client, body.data() + (i % body.size()), 1, MSG_NOSIGNAL) != 1) break;
                    ++sent_;
                }
            }
            ::close(client);
        }
    }
    bool stall_;
    int fd_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<int> sent_{0};
    std::thread thread_;
};

}  // namespace

TEST_CASE("a PDF whose content stream inflates to 2 GiB of nothing", "[pdf][hostile]") {
    const auto path = scratch("bomb-zeros.pdf");
    write_file(path, make_pdf(deflate_repeated(std::string(1, '\0'), 2ull << 30), true, 1));
    const Outcome o = run_pdf({path.string()}, kParseBound);
    check_bounded(o);
}

TEST_CASE("a PDF whose content stream inflates to a 1 GiB string", "[pdf][hostile]") {
    // "BT (AAAA…" : one string token that never ends, as big as the memory limit allows.
    const auto path = scratch("bomb-string.pdf");
    std::string content = deflate_repeated("BT /F1 12 Tf 72 720 Td (AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 1ull << 30);
    write_file(path, make_pdf(content, true, 1));
    const Outcome o = run_pdf({path.string()}, kParseBound);
    check_bounded(o);
}

TEST_CASE("a PDF of 10 000 pages", "[pdf][hostile]") {
    const auto path = scratch("pages-10000.pdf");
    write_file(path, make_pdf(kText, false, 10000));

    // Page 1 only (the paper's own ids): quick, and says so.
    const Outcome own = run_pdf({path.string()}, kParseBound);
    check_bounded(own);
    if (own.exit_code != 2) CHECK(own.reply["pages_read"] == 1);

    // --all reads every page, within the parse timeout: every page, or an error.
    const Outcome all = run_pdf({"--all", path.string()}, kParseBound);
    check_bounded(all);
    if (all.exit_code == 0) {
        CHECK(all.reply["pages_read"] == 10000);
        CHECK(all.reply["ids"].dump() == R"([{"id":"1706.03762","source":"arxiv"}])");
    }
}

TEST_CASE("a server that accepts and sends nothing", "[pdf][hostile][download]") {
    DripServer server(/*stall=*/true);
    const Outcome o = run_pdf({server.url()}, kDownloadBound);
    check_bounded(o);
    CHECK(o.exit_code == 2);
}

TEST_CASE("a server that drips one byte a second", "[pdf][hostile][download]") {
    DripServer server(/*stall=*/false);
    const Outcome o = run_pdf({server.url()}, kDownloadBound);
    check_bounded(o);
    CHECK(o.exit_code == 2);
    CHECK(server.bytes_sent() > 0);
}
