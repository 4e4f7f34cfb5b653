// One frame body in, one reply body out: validation, the handler table, error replies, and the
// reply size cap. Pure apart from what a handler does (resolve_pdf reads files and the network).
//
// start_request answers every request at once except resolve_pdf, which it starts as a
// PendingPdf: the host loop polls its helper and sends the reply when it is done, serving other
// requests meanwhile (so replies may come out of order; the id tells them apart).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "pdf/pdf_client.hpp"
#include "request.hpp"

namespace coolpapers::nm {

// A resolve_pdf whose helpers are running.
class PendingPdf {
public:
    PendingPdf(json id, std::unique_ptr<pdf::PdfJob> job) : id_(std::move(id)), job_(std::move(job)) {}
    process::RunningChild* helper() const { return job_->helper(); }  // to poll; nullptr once done
    void advance() { job_->advance(); }  // after the helper stepped: starts the next one if any
    bool done() const { return job_->done(); }
    void wait() { pdf::wait_for(*job_); }
    std::string reply(const Limits& limits);  // once done()

private:
    json id_;
    std::unique_ptr<pdf::PdfJob> job_;
};

struct Started {
    Started(std::string reply_now) : reply(std::move(reply_now)) {}  // NOLINT: implicit on purpose
    explicit Started(std::unique_ptr<PendingPdf> running) : pdf(std::move(running)) {}
    std::string reply;                // the reply, unless `pdf` is set
    std::unique_ptr<PendingPdf> pdf;  // a resolve_pdf still running
};

// `pdfs_running`: how many PendingPdf the caller has going; past limits.max_pdf_jobs a new
// resolve_pdf is refused with pdf_busy.
Started start_request(std::string_view body, const Limits& limits, std::size_t pdfs_running = 0);

// start_request, waiting for a resolve_pdf to finish (one request at a time: tests, fuzzing).
std::string reply_to(std::string_view body, const Limits& limits);

// {"id":…,"ok":false,"error":{"code":…,"message":…}}; the message is cut to max_message_bytes.
std::string error_reply(const json& id, std::string_view code, std::string_view message, const Limits& limits = {});

// Shrinks `reply` until it dumps to at most `max_bytes` by halving its "results" list (whole
// entries from the end, setting "truncated": true). Nothing else is cut: a list of ids is never
// cut apart from the urls that open them (handlers keep those within the cap themselves).
// Returns the text that fits, or nullopt when it cannot be made to fit (reply_too_large).
std::optional<std::string> fit_reply(json& reply, std::size_t max_bytes);

}  // namespace coolpapers::nm
