// coolpapers-pdf: the helper that coolpapers runs in a child process, so that poppler and
// OpenSSL never load into coolpapers itself (and a hostile PDF can only take this process down).
//
//   coolpapers-pdf read [--all] [--max-bytes N]   PDF on stdin → reply JSON on stdout
//   coolpapers-pdf fetch [--max-bytes N] [--connect-timeout-ms N] [--read-timeout-ms N] URL
//                                                 body → fd 3, {"bytes":…} or {"error":…} on stdout
//   coolpapers-pdf lines                          PDF on stdin → page-1 text lines (for debugging)
//   coolpapers-pdf confinement                    confines itself as the reader, says what holds
//
// Every outcome, failures included, is one JSON object on stdout; exit status 2 means bad usage.
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "fetch/fetch.hpp"
#include "poppler_reader.hpp"
#include "reply.hpp"
#include "sandbox.hpp"
#include "signals.hpp"

namespace {

using namespace coolpapers;
using namespace coolpapers::pdf;

struct Args {
    std::string mode;
    bool all = false;
    std::size_t max_bytes = 50u << 20;
    long connect_timeout_ms = 5000, read_timeout_ms = 10000;
    std::string url;
};

bool parse_number(std::string_view text, long& out) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && out > 0;
}

bool parse_args(int argc, char** argv, Args& args) {
    if (argc < 2) return false;
    args.mode = argv[1];
    for (int i = 2; i < argc; ++i) {
        const std::string_view a = argv[i];
        long n = 0;
        if (a == "--all") {
            args.all = true;
        } else if (i + 1 < argc && (a == "--max-bytes" || a == "--connect-timeout-ms" || a == "--read-timeout-ms")) {
            if (!parse_number(argv[++i], n)) return false;
            if (a == "--max-bytes") args.max_bytes = static_cast<std::size_t>(n);
            else if (a == "--connect-timeout-ms") args.connect_timeout_ms = n;
            else args.read_timeout_ms = n;
        } else if (args.mode == "fetch" && args.url.empty() && !a.starts_with("--")) {
            args.url = a;
        } else {
            return false;
        }
    }
    return args.mode == "read" || args.mode == "lines" || args.mode == "confinement" || (args.mode == "fetch" && !args.url.empty());
}

int emit(const nlohmann::json& value) {
    const std::string text = dump_json(value) + "\n";
    return std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0 ? 0 : 1;
}

// All of stdin, or an error when it holds more than `max_bytes`.
std::variant<std::string, Error> read_input(std::size_t max_bytes) {
    std::string data;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(0, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return Error{"pdf_unreadable", std::string("cannot read the PDF: ") + std::strerror(errno)};
        if (n == 0) return data;
        if (data.size() + static_cast<std::size_t>(n) > max_bytes)
            return Error{"pdf_too_large", "the PDF is larger than " + std::to_string(max_bytes >> 20) + " MB"};
        data.append(buffer, static_cast<std::size_t>(n));
    }
}

// Every mode confines itself before it reads a byte of hostile input; without the seccomp
// allowlist it refuses to go on (Landlock is a second layer, skipped where the kernel lacks it).
std::optional<Error> confine_as(HelperRole role) {
    if (confine(role).seccomp) return std::nullopt;
    return Error{role == HelperRole::read ? "pdf_sandbox_failed" : "fetch_sandbox_failed",
                 "the helper cannot confine itself (seccomp unavailable)"};
}

int run_read(const Args& args) {
    if (auto refused = confine_as(HelperRole::read)) return emit(to_json(*refused));
    auto input = read_input(args.max_bytes);
    if (auto* e = std::get_if<Error>(&input)) return emit(to_json(*e));
    const std::string& bytes = std::get<std::string>(input);
    if (bytes.empty()) return emit(to_json(Error{"pdf_empty", "the PDF is empty"}));

    silence_poppler();
    // Page 1 holds every own-id signal and the title; --all reads everything.
    auto read = read_pdf(bytes, args.all ? 0 : 1, args.all);
    if (auto* e = std::get_if<Error>(&read)) return emit(to_json(*e));
    const PdfFacts& facts = std::get<PdfFacts>(read);

    const Findings own = find_own(facts);
    return emit(make_reply(args.all ? find_cited(facts) : own.ids, own.title, own.venue, facts.pages_read));
}

int run_lines(const Args& args) {
    if (auto refused = confine_as(HelperRole::read)) return emit(to_json(*refused));
    auto input = read_input(args.max_bytes);
    if (auto* e = std::get_if<Error>(&input)) return emit(to_json(*e));
    silence_poppler();
    auto read = read_pdf(std::get<std::string>(input), 1, false);
    if (auto* e = std::get_if<Error>(&read)) return emit(to_json(*e));
    const PdfFacts& facts = std::get<PdfFacts>(read);
    std::printf("title: %s\npage: %.0f x %.0f, %d pages\n", facts.meta_title.c_str(), facts.page_width,
                facts.page_height, facts.page_count);
    for (const Line& line : build_lines(facts.words))
        std::printf("%6.1f %6.1f r%d %5.2f  %s\n", line.box.x0, line.box.y0, line.rotation, line.font_size, line.text.c_str());
    return 0;
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

int run_fetch(const Args& args) {
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
    if (auto refused = confine_as(HelperRole::fetch)) return emit(to_json(*refused));
    const fetch::FetchResult result = fetch::fetch(args.url, limits, sink);
    if (result.error) return emit(to_json(*result.error));
    return emit({{"bytes", result.bytes}, {"url", result.final_url}, {"content_type", result.content_type}});
}

int run_confinement() {
    const Confinement held = confine(HelperRole::read);
    return emit({{"seccomp", held.seccomp}, {"landlock", held.landlock}, {"landlock_abi", held.landlock_abi}});
}

}  // namespace

// Sanitizer builds: LeakSanitizer cannot stop the world inside the seccomp filter (it dies with
// "fatal error" and a failed exit status), so the confined helper runs without it. Its memory
// errors are still caught by AddressSanitizer.
extern "C" const char* __asan_default_options() { return "detect_leaks=0"; }

int main(int argc, char** argv) {
    Args args;
    if (!parse_args(argc, argv, args)) {
        std::fprintf(stderr,
                     "usage: coolpapers-pdf read [--all] [--max-bytes N] < file.pdf\n"
                     "       coolpapers-pdf fetch [--max-bytes N] [--connect-timeout-ms N] [--read-timeout-ms N] URL 3>body\n"
                     "       coolpapers-pdf lines < file.pdf\n"
                     "       coolpapers-pdf confinement\n");
        return 2;
    }
    if (args.mode == "read") {
        try {
            return run_read(args);
        } catch (const std::bad_alloc&) {  // the memory limit: say so rather than abort
            return emit(to_json(Error{"pdf_too_large", "reading this PDF needs more memory than allowed"}));
        }
    }
    if (args.mode == "lines") return run_lines(args);
    if (args.mode == "confinement") return run_confinement();
    return run_fetch(args);
}
