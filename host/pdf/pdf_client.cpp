#include "pdf_client.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>

#include "process/child_process.hpp"
#include "core/ascii.hpp"
#include "core/extract.hpp"
#include "core/percent.hpp"
#include "paths/shipped_files.hpp"
#include "pdf_error.hpp"
#include "reply.hpp"
#include "title_ids.hpp"
#include "process/unique_fd.hpp"

namespace coolpapers::pdf {

using process::ChildLimits;
using process::ChildResult;
using process::ChildRun;
using process::run_child;
using process::RunningChild;

namespace {

nlohmann::json failure(std::string code, std::string message) { return to_json(Error{std::move(code), std::move(message)}); }

// The helper to run: $COOLPAPERS_PDF_HELPER exactly, else the first executable shipped location.
// When there is none, `missing` says where it was looked for.
std::string helper_path(std::string* missing) {
    if (const char* env = std::getenv("COOLPAPERS_PDF_HELPER"); env != nullptr && *env != '\0') return env;
    const std::vector<std::string> locations = paths::shipped_locations(paths::Shipped::pdf_helper);
    for (const std::string& path : locations)
        if (::access(path.c_str(), X_OK) == 0) return path;
    *missing = "the PDF helper coolpapers-pdf is missing or not executable (looked for " +
               paths::join_paths(locations) + "; set COOLPAPERS_PDF_HELPER)";
    return {};
}

ChildLimits child_limits(std::size_t memory_bytes, std::chrono::milliseconds wall) {
    ChildLimits child;
#if defined(__SANITIZE_ADDRESS__)
    child.address_space = 0;  // ASan reserves terabytes of address space
    (void)memory_bytes;
#else
    child.address_space = memory_bytes;
#endif
    child.wall = wall;
    child.cpu_seconds = static_cast<unsigned>(std::chrono::duration_cast<std::chrono::seconds>(wall).count()) + 1;
    return child;
}

// The helper's one JSON object, or an error naming what went wrong with the helper itself.
nlohmann::json helper_reply(const ChildResult& run, const std::string& exe, std::string_view prefix) {
    using Outcome = ChildResult::Outcome;
    const std::string p(prefix);
    switch (run.outcome) {
        case Outcome::not_started:
            return failure("pdf_helper_missing", "cannot run the PDF helper " + exe + ": " + std::strerror(run.code));
        case Outcome::timed_out:
            return failure(p + "_timeout", p == "fetch" ? "the download took too long" : "reading the PDF took too long");
        case Outcome::output_too_large:
            return failure(p + "_failed", "the helper's answer is too large");
        case Outcome::signaled:
            return failure(p + "_failed", std::string(p == "fetch" ? "the download" : "reading the PDF") +
                                              " failed: the helper was killed by signal " + std::to_string(run.code) +
                                              (run.code == SIGXCPU || run.code == SIGKILL ? " (CPU limit)" : ""));
        case Outcome::exited:
            break;
    }
    std::optional<nlohmann::json> reply = rebuild_helper_reply(run.output);
    if (run.code != 0 || !reply)
        return failure(p + "_failed", "the helper failed (exit status " + std::to_string(run.code) +
                                          ", memory limit or a bug)");
    return std::move(*reply);
}

// Hosts whose PDF URLs carry the paper's id: no need to download anything.
bool url_names_paper(std::string_view url) {
    static constexpr std::array<std::string_view, 7> kHosts = {
        "arxiv.org/", "openreview.net/", "aclanthology.org/", "aclweb.org/", "mlr.press/", "ijcai.org/", "papers.cool/"};
    const std::size_t start = url.find("://") + 3;
    const std::string_view rest = url.substr(start);
    const std::string_view host = rest.substr(0, rest.find('/') + 1);
    for (std::string_view known : kHosts)
        if (ascii::iequals(host, known) || (ascii::iends_with(host, known) && host[host.size() - known.size() - 1] == '.'))
            return true;
    return false;
}

}  // namespace

PdfJob::PdfJob(std::string_view location, const PdfOptions& options) : options_(options), exe_(helper_path(&missing_helper_)) {
    if (location.empty()) {
        reply_ = failure("pdf_not_found", "no PDF given");
    } else if (location.size() > kMaxLocationBytes) {
        reply_ = failure("fetch_url_too_long",
                         "the PDF's address is longer than " + std::to_string(kMaxLocationBytes >> 10) + " KiB");
    } else if (ascii::istarts_with(location, "http://") || ascii::istarts_with(location, "https://")) {
        start_fetch(location);
    } else if (ascii::istarts_with(location, "file://")) {
        std::string_view rest = location.substr(7);
        if (ascii::istarts_with(rest, "localhost/")) rest.remove_prefix(9);
        if (rest.empty() || rest[0] != '/') {
            reply_ = failure("fetch_bad_url", "a file:// URL must name a local path");
            return;
        }
        rest = rest.substr(0, std::min(rest.find_first_of("?#"), rest.size()));
        open_file(percent_decode(rest));
    } else if (const std::size_t colon = location.find("://");
               colon != std::string_view::npos && colon > 0 &&
               std::all_of(location.begin(), location.begin() + static_cast<std::ptrdiff_t>(colon),
                           [](char c) { return ascii::is_alnum(c) || c == '+' || c == '-' || c == '.'; })) {
        reply_ = failure("fetch_bad_scheme", "only http, https and file URLs can be read: " + std::string(location));
    } else {
        open_file(std::string(location));
    }
}

PdfJob::PdfJob(int fd, const PdfOptions& options) : options_(options), exe_(helper_path(&missing_helper_)) { start_read(fd); }

void PdfJob::open_file(const std::string& path) {
    // O_NONBLOCK: opening a FIFO must not hang; only regular files are read anyway.
    input_.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (input_.fd < 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR) reply_ = failure("pdf_not_found", "no such file: " + path);
        else reply_ = failure("pdf_unreadable", "cannot open " + path + ": " + std::strerror(err));
        return;
    }
    struct stat st {};
    if (::fstat(input_.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        reply_ = failure("pdf_not_a_file", path + " is not a regular file");
        return;
    }
    if (static_cast<std::size_t>(st.st_size) > options_.limits.max_bytes) {
        reply_ = failure("pdf_too_large", "the PDF is larger than " + std::to_string(options_.limits.max_bytes >> 20) + " MB");
        return;
    }
    ::fcntl(input_.fd, F_SETFL, 0);
    start_read(input_.fd);
}

void PdfJob::start_read(int fd) {
    if (exe_.empty()) {
        reply_ = failure("pdf_helper_missing", missing_helper_);
        return;
    }
    stage_ = Stage::read;
    ChildRun run{exe_, {"read", "--max-bytes", std::to_string(options_.limits.max_bytes)}, fd, -1};
    if (options_.all) run.args.emplace_back("--all");
    helper_ = std::make_unique<RunningChild>(run, child_limits(options_.limits.memory_bytes, options_.limits.parse_timeout));
}

void PdfJob::start_fetch(std::string_view url) {
    if (!options_.all && url_names_paper(url)) {
        const std::vector<PaperId> ids = extract_ids(url);
        if (!ids.empty()) {
            reply_ = make_reply(ids, "", std::nullopt, 0);
            return;
        }
    }
    if (exe_.empty()) {
        reply_ = failure("pdf_helper_missing", missing_helper_);
        return;
    }
    // The body goes into an anonymous in-memory file, handed to the reader as its stdin once
    // sealed (advance): the reader cannot change what it reads, nor write through it.
    input_.fd = ::memfd_create("coolpapers-pdf-download", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (input_.fd < 0) {
        reply_ = failure("fetch_failed", std::string("cannot buffer the download: ") + std::strerror(errno));
        return;
    }
    const PdfLimits& limits = options_.limits;
    stage_ = Stage::fetch;
    const ChildRun run{exe_,
                       {"fetch", "--max-bytes", std::to_string(limits.max_bytes), "--connect-timeout-ms",
                        std::to_string(limits.connect_timeout.count()), "--read-timeout-ms",
                        std::to_string(limits.read_timeout.count()), std::string(url)},
                       -1,
                       input_.fd};
    helper_ = std::make_unique<RunningChild>(run, child_limits(limits.fetch_memory_bytes, limits.download_timeout));
}

void PdfJob::advance() {
    if (helper_ == nullptr || !helper_->done()) return;
    const std::unique_ptr<RunningChild> finished = std::move(helper_);
    if (stage_ == Stage::fetch) {
        const nlohmann::json fetched = helper_reply(finished->result(), exe_, "fetch");
        if (fetched.contains("error")) {
            reply_ = fetched;
        } else if (::lseek(input_.fd, 0, SEEK_SET) != 0) {
            reply_ = failure("fetch_failed", "cannot rewind the download");
        } else if (::fcntl(input_.fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL) != 0) {
            reply_ = failure("fetch_failed", std::string("cannot seal the download: ") + std::strerror(errno));
        } else {
            start_read(input_.fd);
        }
        return;
    }
    reply_ = helper_reply(finished->result(), exe_, "pdf");
    if (reply_.contains("error")) return;
    if (!options_.all) add_ids_from_title(reply_);  // here, not in the sandboxed child
    if (!reply_.contains("urls")) add_urls(reply_);
}

void wait_for(PdfJob& job) {
    while (!job.done()) {
        process::RunningChild* const helper[] = {job.helper()};
        process::wait_children(helper, std::chrono::hours(1));
        job.advance();
    }
}

nlohmann::json resolve_pdf(std::string_view location, const PdfOptions& options) {
    PdfJob job(location, options);
    wait_for(job);
    return std::move(job.reply());
}

nlohmann::json resolve_pdf_fd(int fd, const PdfOptions& options) {
    PdfJob job(fd, options);
    wait_for(job);
    return std::move(job.reply());
}

namespace {

// One line of what confines a helper, from its own report (`coolpapers-pdf … confinement`).
// It runs under the memory limit of the work it stands for.
std::string confinement_line(const std::string& label, const std::string& exe, std::vector<std::string> args,
                             std::size_t memory_bytes, const std::string& refused) {
    const ChildResult run = run_child({exe, std::move(args), -1, -1}, child_limits(memory_bytes, std::chrono::seconds(5)));
    const nlohmann::json held = nlohmann::json::parse(run.output, nullptr, false);
    if (run.outcome != ChildResult::Outcome::exited || !held.is_object())
        return label + ": cannot run it, " + refused;
    std::string line = label + (held.value("seccomp", false) ? ": seccomp allowlist loaded" : ": NO seccomp (" + refused + ")");
    const int abi = held.value("landlock_abi", 0);
    if (held.value("landlock", false)) line += "; Landlock ABI " + std::to_string(abi) + " enforced";
    else line += abi > 0 ? "; Landlock ABI " + std::to_string(abi) + " present but not enforced"
                         : "; no Landlock in this kernel (file access limited by seccomp only)";
    return line;
}

}  // namespace

std::string confinement_summary() {
    std::string missing;
    const std::string exe = helper_path(&missing);
    if (exe.empty()) return "PDF helper: " + missing;
    const PdfLimits limits;
    return confinement_line("PDF reader", exe, {"confinement"}, limits.memory_bytes, "PDFs cannot be read") + "\n" +
           confinement_line("PDF downloader", exe, {"fetch", "--confinement"}, limits.fetch_memory_bytes,
                            "PDFs cannot be downloaded");
}

}  // namespace coolpapers::pdf
