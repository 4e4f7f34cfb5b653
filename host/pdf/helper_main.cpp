// coolpapers-pdf: the helper that coolpapers runs in a child process, so that poppler and
// OpenSSL never load into coolpapers itself (and a hostile PDF can only take this process down).
//
//   coolpapers-pdf read [--all] [--max-bytes N]   PDF on stdin → reply JSON on stdout
//   coolpapers-pdf fetch [--max-bytes N] [--connect-timeout-ms N] [--read-timeout-ms N] URL
//                                                 body → fd 3, {"bytes":…} or {"error":…} on stdout;
//                                                 runs coolpapers-pdf-fetch (beside this file), so
//                                                 that the reader never loads OpenSSL (fetch_main.cpp)
//   coolpapers-pdf lines                          PDF on stdin → page-1 text lines (for debugging)
//   coolpapers-pdf confinement                    confines itself as the reader, says what holds
//
// Every outcome, failures included, is one JSON object on stdout; exit status 2 means bad usage.
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "helper_io.hpp"
#include "paths/shipped_files.hpp"
#include "poppler_reader.hpp"
#include "reply.hpp"
#include "signals.hpp"

namespace {

using namespace coolpapers;
using namespace coolpapers::pdf;

struct Args {
    std::string mode;
    bool all = false;
    std::size_t max_bytes = 50u << 20;
};

bool parse_args(int argc, char** argv, Args& args) {
    if (argc < 2) return false;
    args.mode = argv[1];
    for (int i = 2; i < argc; ++i) {
        const std::string_view a = argv[i];
        long n = 0;
        if (a == "--all") {
            args.all = true;
        } else if (i + 1 < argc && a == "--max-bytes") {
            if (!parse_positive(argv[++i], n)) return false;
            args.max_bytes = static_cast<std::size_t>(n);
        } else {
            return false;
        }
    }
    return args.mode == "read" || args.mode == "lines" || args.mode == "confinement";
}

// The PDF on stdin. A regular file (a local PDF, a download's memfd) is mapped read-only, so
// poppler touches only the pages of it that it parses (the xref, page 1's objects); anything
// else (a pipe) is read into memory. A file someone truncates meanwhile ends this process with
// SIGBUS, which the host reports as a failed read.
class Input {
public:
    Input() = default;
    Input(const Input&) = delete;
    Input& operator=(const Input&) = delete;
    ~Input() {
        if (map_ != MAP_FAILED) ::munmap(map_, size_);
    }
    std::string_view bytes() const {
        return map_ != MAP_FAILED ? std::string_view(static_cast<const char*>(map_), size_) : std::string_view(copy_);
    }
    // nullopt when all of it is there; else the reply's error.
    std::optional<Error> load(std::size_t max_bytes) {
        struct stat st {};
        // (Read from where stdin stands, as a read would: mapped only when that is the start.)
        if (::fstat(0, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && ::lseek(0, 0, SEEK_CUR) == 0) {
            if (static_cast<std::size_t>(st.st_size) > max_bytes) return too_large(max_bytes);
            size_ = static_cast<std::size_t>(st.st_size);
            map_ = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, 0, 0);
            if (map_ != MAP_FAILED) return std::nullopt;
        }
        return read_all(max_bytes);
    }

private:
    static Error too_large(std::size_t max_bytes) {
        return Error{"pdf_too_large", "the PDF is larger than " + std::to_string(max_bytes >> 20) + " MB"};
    }
    std::optional<Error> read_all(std::size_t max_bytes) {
        char buffer[1 << 16];
        for (;;) {
            const ssize_t n = ::read(0, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) return Error{"pdf_unreadable", std::string("cannot read the PDF: ") + std::strerror(errno)};
            if (n == 0) return std::nullopt;
            if (copy_.size() + static_cast<std::size_t>(n) > max_bytes) return too_large(max_bytes);
            copy_.append(buffer, static_cast<std::size_t>(n));
        }
    }

    void* map_ = MAP_FAILED;
    std::size_t size_ = 0;
    std::string copy_;
};

// `coolpapers-pdf fetch ARGS…` becomes `coolpapers-pdf-fetch ARGS…` from the same directory.
int run_fetch(char** argv) {
    const std::string exe = paths::executable_path();
    const std::string fetcher = exe.substr(0, exe.rfind('/') + 1) + "coolpapers-pdf-fetch";
    argv[1] = const_cast<char*>(fetcher.c_str());
    ::execv(fetcher.c_str(), argv + 1);
    return emit(to_json(Error{"fetch_failed", "cannot run the download helper " + fetcher + ": " + std::strerror(errno)}));
}

int run_read(const Args& args) {
    if (auto refused = confine_as(HelperRole::read, reader_readable_paths())) return emit(to_json(*refused));
    Input input;
    if (auto error = input.load(args.max_bytes)) return emit(to_json(*error));
    const std::string_view bytes = input.bytes();
    if (bytes.empty()) return emit(to_json(Error{"pdf_empty", "the PDF is empty"}));

    silence_poppler();
    // Page 1 holds every own-id signal and the title; --all reads everything.
    auto read = read_pdf(bytes, args.all ? 0 : 1, args.all);
    if (auto* e = std::get_if<Error>(&read)) return emit(to_json(*e));
    const PdfFacts& facts = std::get<PdfFacts>(read);
    const Findings own = find_own(facts);
    return emit(reply_without_urls(args.all ? find_cited(facts) : own.ids, own.title, own.venue, facts.pages_read));
}

int run_lines(const Args& args) {
    if (auto refused = confine_as(HelperRole::read, reader_readable_paths())) return emit(to_json(*refused));
    Input input;
    if (auto error = input.load(args.max_bytes)) return emit(to_json(*error));
    silence_poppler();
    auto read = read_pdf(input.bytes(), 1, false);
    if (auto* e = std::get_if<Error>(&read)) return emit(to_json(*e));
    const PdfFacts& facts = std::get<PdfFacts>(read);
    std::printf("title: %s\npage: %.0f x %.0f, %d pages\n", facts.meta_title.c_str(), facts.page_width,
                facts.page_height, facts.page_count);
    for (const Line& line : build_lines(facts.words))
        std::printf("%6.1f %6.1f r%d %5.2f  %s\n", line.box.x0, line.box.y0, line.rotation, line.font_size, line.text.c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::string_view(argv[1]) == "fetch") return run_fetch(argv);
    Args args;
    if (!parse_args(argc, argv, args)) {
        std::fprintf(stderr,
                     "usage: coolpapers-pdf read [--all] [--max-bytes N] < file.pdf\n"
                     "       coolpapers-pdf fetch [--max-bytes N] [--connect-timeout-ms N] [--read-timeout-ms N] URL 3>body\n"
                     "       coolpapers-pdf fetch --confinement\n"
                     "       coolpapers-pdf lines < file.pdf\n"
                     "       coolpapers-pdf confinement\n");
        return 2;
    }
    if (args.mode == "read") {
        int status = 0;
        try {
            status = run_read(args);
        } catch (const std::bad_alloc&) {  // the memory limit: say so rather than abort
            status = emit(to_json(Error{"pdf_too_large", "reading this PDF needs more memory than allowed"}));
        }
        // The reply is out (emit flushed it): end without poppler's and the C++ runtime's static
        // destructors, whose freeing the kernel does at once.
        _exit(status);
    }
    if (args.mode == "lines") return run_lines(args);
    return report_confinement(HelperRole::read, reader_readable_paths());
}
