// Latency and throughput of the real binary: one short request in a fresh process (CLI and
// host mode), and a persistent host answering many requests. Prints figures; asserts nothing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "frames.hpp"
#include "subprocess.hpp"

using namespace coolpapers::testing;
using Clock = std::chrono::steady_clock;

namespace {

double median_ms(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template <class F>
std::vector<double> timed(int runs, F&& f) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    return ms;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string bin = argc > 1 ? argv[1] : binary_path();
    const int runs = 200;
    const std::string& origin = kExtensionOrigin;
    const std::string request = frame(R"({"type":"resolve","id":1,"selection":"see arXiv:2305.10601v2"})");

    auto cli = timed(runs, [&] { run_process({bin, "ids", "--json", "see arXiv:2305.10601v2"}); });
    std::printf("one-shot CLI   `ids --json TEXT`: median %.2f ms, p90 %.2f ms (%d runs; goal <= 3 ms)\n",
                median_ms(cli), [&] { auto v = cli; std::sort(v.begin(), v.end()); return v[v.size() * 9 / 10]; }(), runs);

    auto host = timed(runs, [&] { run_process({bin, origin}, request); });
    std::printf("one-shot host  one resolve frame: median %.2f ms (%d runs; goal <= 3 ms)\n", median_ms(host), runs);

    const int requests = 100000;
    std::string batch;
    for (int i = 0; i < requests; ++i) batch += request;
    const auto b0 = Clock::now();
    run_process({bin, origin}, batch, std::chrono::seconds(120));
    const double batch_seconds = std::chrono::duration<double>(Clock::now() - b0).count();
    std::printf("persistent host: %d resolve requests written at once, answered in %.2f s = %.0f requests/s\n",
                requests, batch_seconds, requests / batch_seconds);

    Child child({bin, origin});
    const auto t0 = Clock::now();
    for (int i = 0; i < requests; ++i) {
        child.write(request);
        if (!read_reply(child)) {
            std::fprintf(stderr, "the host stopped answering\n");
            return 1;
        }
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    child.wait();
    std::printf("persistent host: %d one-at-a-time round trips in %.2f s = %.0f requests/s (goal >= 20000)\n", requests,
                seconds, requests / seconds);
    return 0;
}
