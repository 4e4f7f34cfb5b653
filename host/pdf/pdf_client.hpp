// Resolving a PDF (a local file, a file:// URL or an http(s) URL) to the paper's own ids and
// title, for `coolpapers pdf` and the host's `resolve_pdf`. The parsing itself runs in a child
// process (coolpapers-pdf) so that this binary never loads poppler; downloads run in one too,
// so that it never loads OpenSSL.
//
// The helper is $COOLPAPERS_PDF_HELPER, else found relative to the running binary: beside it (build
// tree) or in <prefix>/libexec/coolpapers/ (installed; paths/shipped_files.hpp).
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/resolve.hpp"
#include "process/child_process.hpp"
#include "process/unique_fd.hpp"

namespace coolpapers::pdf {

struct PdfLimits {
    std::size_t max_bytes = 50u << 20;                 // of a file or a download
    std::size_t memory_bytes = 768u << 20;             // RLIMIT_AS of the reader
    std::size_t fetch_memory_bytes = 128u << 20;       // of the downloader (the body is not kept in memory)
    std::chrono::milliseconds parse_timeout{15000};    // wall clock for reading one PDF
    std::chrono::milliseconds connect_timeout{5000};
    std::chrono::milliseconds read_timeout{10000};     // a stalled server
    std::chrono::milliseconds download_timeout{60000}; // wall clock for the whole download
};

// Longer locations are refused (fetch_url_too_long) before anything is run: no real PDF URL or
// path comes near it, and the helper's command line has its own limit.
inline constexpr std::size_t kMaxLocationBytes = kMaxPdfLocationBytes;

struct PdfOptions {
    bool all = false;  // every cited paper id instead of the paper's own
    PdfLimits limits{};
};

// Returns the reply body {"ids":[…],"title":"…","urls":[…],"venue":"…","hints":{…},"pages_read":N}
// ("venue"/"hints" only when a header or footer names one), or
// {"error":{"code":"pdf_…"|"fetch_…","message":"…"}} when the PDF cannot be had or read.
// A URL that names the paper itself (arxiv.org/pdf/…, openreview.net/pdf?id=…, …) is answered
// from the URL without a download (unless `all`).
nlohmann::json resolve_pdf(std::string_view location, const PdfOptions& options);

// The same for a PDF read from an open descriptor (the CLI's `-`, stdin). The child reads it.
nlohmann::json resolve_pdf_fd(int fd, const PdfOptions& options);

// Two lines for `coolpapers doctor`: which confinement the reader and the downloader get on this
// kernel (each is asked: it confines itself as for its work and says what held).
std::string confinement_summary();

// The same resolution without waiting: for callers that keep several PDFs going at once.
// Step helper() (process::wait_children), then call advance(); once done(), reply() holds
// what resolve_pdf would have returned.
class PdfJob {
public:
    PdfJob(std::string_view location, const PdfOptions& options);  // starts its first helper, if any
    PdfJob(int fd, const PdfOptions& options);                      // reads from fd (not taken over)
    PdfJob(const PdfJob&) = delete;
    PdfJob& operator=(const PdfJob&) = delete;

    process::RunningChild* helper() const { return helper_.get(); }  // nullptr once done
    // Once the helper is done: takes its reply and starts the next one (a download is read next).
    void advance();
    bool done() const { return helper_ == nullptr; }
    nlohmann::json& reply() { return reply_; }

private:
    enum class Stage { fetch, read };
    void start_fetch(std::string_view url);
    void start_read(int fd);
    void open_file(const std::string& path);

    PdfOptions options_;
    std::string missing_helper_;  // where the helper was looked for, when it is missing
    std::string exe_;             // (declared after it: helper_path fills it in)
    Stage stage_ = Stage::read;
    process::UniqueFd input_;  // the file, or the download's in-memory body
    std::unique_ptr<process::RunningChild> helper_;
    nlohmann::json reply_;
};

// Steps the job's helpers until it is done (the blocking way: resolve_pdf, tests).
void wait_for(PdfJob& job);

}  // namespace coolpapers::pdf
