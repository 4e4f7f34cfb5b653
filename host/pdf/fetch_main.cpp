// coolpapers-pdf-fetch: the download helper. `coolpapers-pdf fetch …` hands over to it (exec), so
// that the reader, started once per PDF, never loads cpp-httplib, OpenSSL or brotli.
//
//   coolpapers-pdf-fetch [--max-bytes N] [--connect-timeout-ms N] [--read-timeout-ms N] URL
//       body → fd 3, {"bytes":…,"url":…,"content_type":…} or {"error":…} on stdout
//   coolpapers-pdf-fetch --confinement
//       confines itself as for a download and says what holds (coolpapers doctor)
//
// Every outcome, failures included, is one JSON object on stdout; exit status 2 means bad usage.
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <new>
#include <string>
#include <string_view>

#include "fetch/fetch.hpp"
#include "fetcher_preload.hpp"
#include "helper_io.hpp"

namespace {

using namespace coolpapers;
using namespace coolpapers::pdf;

struct Args {
    std::size_t max_bytes = 50u << 20;
    long connect_timeout_ms = 5000, read_timeout_ms = 10000;
    std::string url;
};

bool parse_args(int argc, char** argv, Args& args) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        long n = 0;
        if (i + 1 < argc && (a == "--max-bytes" || a == "--connect-timeout-ms" || a == "--read-timeout-ms")) {
            if (!parse_positive(argv[++i], n)) return false;
            if (a == "--max-bytes") args.max_bytes = static_cast<std::size_t>(n);
            else if (a == "--connect-timeout-ms") args.connect_timeout_ms = n;
            else args.read_timeout_ms = n;
        } else if (args.url.empty() && !a.starts_with("--")) {
            args.url = a;
        } else {
            return false;
        }
    }
    return !args.url.empty();
}

// Out of memory while downloading: a server sending headers without end (cpp-httplib keeps them
// all). Said in one reply written from here, since the allocation may fail in a noexcept path.
void download_out_of_memory() {
    static constexpr char kReply[] =
        R"json({"error":{"code":"fetch_too_large","message":"the server's answer needs more memory than allowed (endless headers?)"}})json"
        "\n";
    [[maybe_unused]] const ssize_t n = ::write(STDOUT_FILENO, kReply, sizeof kReply - 1);
    _exit(0);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 2 && std::string_view(argv[1]) == "--confinement") {
        preload_for_download();
        return report_confinement(HelperRole::fetch, fetcher_readable_paths());
    }
    Args args;
    if (!parse_args(argc, argv, args)) {
        std::fprintf(stderr,
                     "usage: coolpapers-pdf-fetch [--max-bytes N] [--connect-timeout-ms N] [--read-timeout-ms N] URL 3>body\n"
                     "       coolpapers-pdf-fetch --confinement\n");
        return 2;
    }
    std::set_new_handler(download_out_of_memory);
    fetch::FetchLimits limits;
    limits.max_bytes = args.max_bytes;
    limits.connect_timeout = std::chrono::milliseconds(args.connect_timeout_ms);
    limits.read_timeout = std::chrono::milliseconds(args.read_timeout_ms);
    auto sink = [](const char* data, std::size_t size) {
        while (size > 0) {
            const ssize_t n = ::write(3, data, size);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return false;
            data += n;
            size -= static_cast<std::size_t>(n);
        }
        return true;
    };
    preload_for_download();
    if (auto refused = confine_as(HelperRole::fetch, fetcher_readable_paths())) return emit(to_json(*refused));
    const fetch::FetchResult result = fetch::fetch(args.url, limits, sink);
    if (result.error) return emit(to_json(*result.error));
    return emit({{"bytes", result.bytes}, {"url", result.final_url}, {"content_type", result.content_type}});
}
