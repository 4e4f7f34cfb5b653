#include "pdf_batch.hpp"

#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <optional>
#include <thread>

#include "batch/inputs.hpp"
#include "batch/progress.hpp"
#include "pdf/pdf_client.hpp"
#include "stdio.hpp"
#include "text_commands.hpp"

namespace coolpapers::cli {

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

unsigned available_cores() {
    cpu_set_t set;
    if (::sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return static_cast<unsigned>(CPU_COUNT(&set));
    return std::max(1u, std::thread::hardware_concurrency());
}

// SIGINT and SIGTERM end the run from the event loop: the handler only writes the signal's number
// to a pipe the loop polls beside the helpers.
int stop_pipe[2] = {-1, -1};

extern "C" void on_stop_signal(int signal_number) {
    const unsigned char byte = static_cast<unsigned char>(signal_number);
    [[maybe_unused]] const ssize_t n = ::write(stop_pipe[1], &byte, 1);
}

class StopSignals {
public:
    StopSignals() {
        if (::pipe2(stop_pipe, O_CLOEXEC | O_NONBLOCK) != 0) return;
        struct sigaction action {};
        action.sa_handler = on_stop_signal;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &old_int_);
        ::sigaction(SIGTERM, &action, &old_term_);
    }
    ~StopSignals() {
        ::sigaction(SIGINT, &old_int_, nullptr);
        ::sigaction(SIGTERM, &old_term_, nullptr);
        ::close(stop_pipe[0]);
        ::close(stop_pipe[1]);
        stop_pipe[0] = stop_pipe[1] = -1;
    }
    int fd() const { return stop_pipe[0]; }
    int received() const {
        unsigned char byte = 0;
        return ::read(stop_pipe[0], &byte, 1) == 1 ? byte : 0;
    }

private:
    struct sigaction old_int_ {}, old_term_ {};
};

// The record of one PDF: its path and what resolving it gave, with where the ids came from.
json make_record(const std::string& location, const json& reply) {
    json record = {{"path", location}};
    if (reply.contains("error")) {
        record["ids"] = json::array();
        record["title"] = "";
        record["urls"] = json::array();
        record["ids_from"] = "none";
        record["error"] = reply["error"];
        return record;
    }
    const json ids = reply.value("ids", json::array());
    record["ids"] = ids;
    record["title"] = reply.value("title", "");
    record["urls"] = reply.value("urls", json::array());
    // No pages read: the URL itself named the paper. Otherwise the reader found the ids printed
    // on the page (the arXiv stamp, a header or footer), unless the title index supplied them.
    record["ids_from"] = ids.empty()                          ? "none"
                         : reply.contains("ids_from")         ? reply["ids_from"].get<std::string>()
                         : reply.value("pages_read", 0) == 0 ? "url"
                                                              : "stamp";
    return record;
}

json error_record(const std::string& location, const std::string& code, const std::string& message) {
    return make_record(location, {{"error", {{"code", code}, {"message", message}}}});
}

const std::vector<batch::Column>& pdf_columns() {
    static const std::vector<batch::Column> columns = {
        {"path", json::json_pointer("/path")},         {"ids", json::json_pointer("/ids")},
        {"title", json::json_pointer("/title")},       {"urls", json::json_pointer("/urls")},
        {"ids_from", json::json_pointer("/ids_from")}, {"error_code", json::json_pointer("/error/code")},
        {"error_message", json::json_pointer("/error/message")}};
    return columns;
}

// Keeps up to `jobs` PDFs in flight and hands back records in input order as they complete.
class BatchRun {
public:
    BatchRun(std::vector<batch::Input> inputs, const PdfBatchOptions& options)
        : inputs_(std::move(inputs)), records_(inputs_.size()), options_{options.all},
          jobs_(options.jobs > 0 ? options.jobs : available_cores()) {}

    std::size_t total() const { return inputs_.size(); }
    std::size_t finished() const { return finished_; }
    bool complete() const { return finished_ == inputs_.size(); }

    void start_more() {
        while (running_.size() < jobs_ && next_start_ < inputs_.size()) {
            const std::size_t index = next_start_++;
            const batch::Input& input = inputs_[index];
            if (!input.error.empty()) {
                finish(index, error_record(input.location, "pdf_unreadable", input.error));
            } else if (input.location == "-") {
                finish(index, error_record(input.location, "pdf_not_found", "stdin (-) can only be read on its own"));
            } else {
                auto job = std::make_unique<pdf::PdfJob>(input.location, options_);
                if (job->done()) finish(index, make_record(input.location, job->reply()));
                else running_.push_back({index, std::move(job)});
            }
        }
    }

    // Waits until a helper has something (or `max_wait`); true when `stop_fd` became readable.
    bool wait(std::chrono::milliseconds max_wait, int stop_fd) {
        std::vector<process::RunningChild*> helpers;
        for (const auto& running : running_) helpers.push_back(running.job->helper());
        const bool stop = process::wait_children(helpers, max_wait, stop_fd);
        for (auto it = running_.begin(); it != running_.end();) {
            it->job->advance();
            if (it->job->done()) {
                finish(it->index, make_record(inputs_[it->index].location, it->job->reply()));
                it = running_.erase(it);
            } else {
                ++it;
            }
        }
        return stop;
    }

    // The records that are ready in input order since the last call.
    std::vector<json> take_ready() {
        std::vector<json> ready;
        while (next_out_ < records_.size() && records_[next_out_]) ready.push_back(std::move(*records_[next_out_++]));
        return ready;
    }

    // After a stop: the helpers are killed; the records that did finish, in input order.
    std::vector<json> abandon() {
        running_.clear();  // each PdfJob's RunningChild kills and reaps its helper
        std::vector<json> ready;
        for (; next_out_ < records_.size(); ++next_out_)
            if (records_[next_out_]) ready.push_back(std::move(*records_[next_out_]));
        return ready;
    }

private:
    struct Running {
        std::size_t index;
        std::unique_ptr<pdf::PdfJob> job;
    };

    void finish(std::size_t index, json record) {
        records_[index] = std::move(record);
        ++finished_;
    }

    std::vector<batch::Input> inputs_;
    std::vector<std::optional<json>> records_;
    pdf::PdfOptions options_;
    unsigned jobs_;
    std::vector<Running> running_;
    std::size_t next_start_ = 0, next_out_ = 0, finished_ = 0;
};

}  // namespace

int run_pdf_batch(const std::vector<std::string>& inputs, const PdfBatchOptions& options, std::FILE* out) {
    const StopSignals stop_signals;
    BatchRun run(batch::expand_inputs(inputs, options.recursive), options);
    const batch::RecordWriter writer(options.format, pdf_columns());
    batch::Tally tally;
    const bool show_progress = ::isatty(STDERR_FILENO) == 1;
    const auto started = Clock::now();
    auto last_drawn = started - std::chrono::seconds(1);

    bool output_open = write_all(out, writer.header());
    auto write_records = [&](const std::vector<json>& records) {
        std::string text;
        for (const json& record : records) {
            tally.add(record);
            text += writer.line(record);
        }
        if (!text.empty() && output_open) output_open = write_all(out, text) && std::fflush(out) == 0;
    };

    int stopped_by = 0;
    for (;;) {
        run.start_more();
        write_records(run.take_ready());
        if (show_progress && (Clock::now() - last_drawn >= std::chrono::milliseconds(100) || run.complete())) {
            last_drawn = Clock::now();
            std::fputs(batch::progress_line(run.finished(), run.total(), last_drawn - started).c_str(), stderr);
        }
        if (run.complete() || !output_open) break;  // a closed stdout ends the run, like `head`
        if (run.wait(std::chrono::milliseconds(show_progress ? 100 : 1000), stop_signals.fd())) {
            stopped_by = stop_signals.received();
            if (stopped_by != 0) break;
        }
    }
    if (stopped_by != 0 || !output_open) write_records(run.abandon());
    if (show_progress) std::fputs(batch::kClearLine, stderr);

    std::string summary = "coolpapers: " + tally.summary("file", "files");
    if (stopped_by != 0) summary += "; interrupted, " + std::to_string(run.total() - tally.records()) + " not read";
    std::fprintf(stderr, "%s\n", summary.c_str());

    if (stopped_by != 0) return 128 + stopped_by;
    if (tally.with_ids() > 0) return kFound;
    return tally.records() > 0 && tally.errors() == tally.records() ? kUsageError : kNothingFound;
}

}  // namespace coolpapers::cli
