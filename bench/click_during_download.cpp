// A click answered while a PDF downloads: a persistent host (as the extension keeps one) is sent
// a resolve_pdf for a local server that drips bytes and never finishes, so the download lasts
// until the host's own 60 s limit ends it; meanwhile one `resolve` (a context-menu click) every
// 200 ms is timed from writing its frame to reading its reply. Prints figures; asserts nothing.
// Usage: click_during_download [COOLPAPERS] [HELPER]   (goal: every click < 50 ms)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "frames.hpp"
#include "raw_server.hpp"
#include "subprocess.hpp"

using namespace coolpapers::testing;
using coolpapers::pdf_testing::RawServer;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

// Times `clicks` resolve requests, `gap` apart; a click without its answer counts as -1.
std::vector<double> click(Child& host, int clicks, std::chrono::milliseconds gap) {
    std::vector<double> ms;
    for (int i = 0; i < clicks; ++i) {
        const std::string request = nlohmann::json({{"type", "resolve"}, {"id", i}, {"selection", "see arXiv:2305.10601v2"}}).dump();
        const auto t0 = Clock::now();
        host.write(frame(request));
        const auto reply = read_reply(host, 10s);
        ms.push_back(reply && nlohmann::json::parse(*reply)["id"] == i ? ms_since(t0) : -1);
        std::this_thread::sleep_for(gap);
    }
    return ms;
}

void print(const char* what, std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    const bool lost = !ms.empty() && ms.front() < 0;
    const auto slow = std::count_if(ms.begin(), ms.end(), [](double t) { return t >= 50; });
    std::printf("%s: %zu clicks, median %.2f ms, p90 %.2f ms, max %.2f ms, %td at 50 ms or more%s (goal: every click < 50 ms)\n",
                what, ms.size(), ms[ms.size() / 2], ms[ms.size() * 9 / 10], ms.back(), slow, lost ? ", SOME UNANSWERED" : "");
}

}  // namespace

int main(int argc, char** argv) {
    const std::string bin = argc > 1 ? argv[1] : binary_path();
    std::vector<std::string> env;
    if (argc > 2) env.push_back(std::string("COOLPAPERS_PDF_HELPER=") + argv[2]);
    // A PDF that never ends: a kilobyte every 200 ms (the download helper's stall limit is 10 s).
    RawServer server([](RawServer& s, int fd) {
        if (!s.send_all(fd, "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: 50000000\r\n\r\n%PDF-1.4\n")) return;
        while (s.send_all(fd, std::string(1024, ' '))) std::this_thread::sleep_for(200ms);
    });

    Child host({bin, kExtensionOrigin}, env);
    print("clicks, nothing else running", click(host, 50, 20ms));

    const auto started = Clock::now();
    host.write(frame(R"({"type":"resolve_pdf","id":"pdf","url":")" + server.url("/endless.pdf") + "\"}"));
    std::this_thread::sleep_for(500ms);  // the download helper is connected and reading
    print("clicks during the download", click(host, 280, 200ms));
    const auto pdf = read_reply(host, 90s);
    const double pdf_seconds = ms_since(started) / 1000;
    const nlohmann::json reply = pdf ? nlohmann::json::parse(*pdf) : nlohmann::json();
    std::printf("the download's own reply after %.1f s: %s (the extension waits 90 s)\n", pdf_seconds,
                reply.is_object() ? reply.value("error", nlohmann::json::object()).value("code", "ok").c_str() : "none");
    host.close_stdin();
    host.wait();
    return 0;
}
