#include "host_loop.hpp"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

#include <memory>
#include <optional>
#include <vector>

#include "dispatch.hpp"
#include "framing.hpp"
#include "process/child_process.hpp"

namespace coolpapers::nm {
namespace {

// Writes to stderr (Chrome shows it in its log) and to the log file when there is one.
class Log {
public:
    explicit Log(const std::string& path) : file_(path.empty() ? nullptr : std::fopen(path.c_str(), "a")) {}
    ~Log() {
        if (file_) std::fclose(file_);
    }
    Log(const Log&) = delete;
    Log& operator=(const Log&) = delete;
    void line(const std::string& text) {
        std::fprintf(stderr, "coolpapers: %s\n", text.c_str());
        if (file_) std::fprintf(file_, "%s\n", text.c_str()), std::fflush(file_);
    }

private:
    std::FILE* file_;
};

bool write_fully(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// Keeps a private copy of stdout for frames and points fd 1 at stderr, so that nothing a
// library prints can ever corrupt the protocol channel.
int take_stdout() {
    std::fflush(stdout);
    // Started with fd 2 closed, fd 1 would stay on the reply pipe: give fd 2 /dev/null first.
    if (::fcntl(STDERR_FILENO, F_GETFD) < 0 && ::open("/dev/null", O_WRONLY) != STDERR_FILENO) return -1;
    const int frames = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    ::dup2(STDERR_FILENO, STDOUT_FILENO);
    return frames;
}

// Reads what stdin has (poll said it is readable, so this does not block) into the decoder.
// Returns the read's result: > 0 bytes, 0 at end of input, < 0 on error.
ssize_t read_input(FrameDecoder& decoder) {
    static char chunk[64 * 1024];
    ssize_t n;
    do n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    while (n < 0 && errno == EINTR);
    if (n > 0) decoder.feed(std::string_view(chunk, static_cast<std::size_t>(n)));
    return n;
}

}  // namespace

int run_host(const HostOptions& options) {
    // The browser ends a host with SIGTERM (or SIGKILL) when its port closes: PDF helpers end too.
    process::install_child_reaper();
    Log log(options.log_path);
    const int out = take_stdout();
    if (out < 0) {
        log.line("cannot set up the reply channel");
        return 1;
    }
    const Limits& limits = options.limits;
    FrameDecoder decoder(limits.max_request_bytes);
    // resolve_pdf requests whose helpers run; every other request is answered as it is read.
    std::vector<std::unique_ptr<PendingPdf>> pdfs;
    bool input_open = true;
    while (input_open || !pdfs.empty()) {
        std::vector<process::RunningChild*> helpers;
        for (const auto& pdf : pdfs) helpers.push_back(pdf->helper());
        const bool readable = process::wait_children(helpers, std::chrono::hours(1), input_open ? STDIN_FILENO : -1);

        std::vector<std::string> replies;
        for (auto it = pdfs.begin(); it != pdfs.end();) {
            (*it)->advance();
            if (!(*it)->done()) {
                ++it;
                continue;
            }
            replies.push_back((*it)->reply(limits));
            it = pdfs.erase(it);
        }
        if (readable) {
            const ssize_t n = read_input(decoder);
            if (n < 0) {
                log.line("reading the input failed");
                return 1;
            }
            while (std::optional<Frame> frame = decoder.next()) {
                if (frame->kind == Frame::Kind::too_large) {
                    log.line("refused a message of " + std::to_string(frame->declared_length) + " bytes");
                    replies.push_back(error_reply(nullptr, "frame_too_large",
                                                  "messages are limited to " + std::to_string(limits.max_request_bytes) + " bytes"));
                    continue;
                }
                Started started = start_request(frame->body, limits, pdfs.size());
                if (started.pdf) pdfs.push_back(std::move(started.pdf));
                else replies.push_back(std::move(started.reply));
            }
            if (n == 0) {
                // The browser closed the port (or sent its one message): the PDFs being read are
                // still answered, then the host ends.
                input_open = false;
                if (decoder.at_end().kind == Frame::Kind::truncated) {
                    log.line("input ended inside a message (declared " + std::to_string(decoder.at_end().declared_length) + " bytes)");
                    for (const std::string& reply : replies) write_fully(out, encode_frame(reply));
                    return 1;
                }
            }
        }
        for (const std::string& reply : replies) {
            if (!write_fully(out, encode_frame(reply))) {
                log.line("the browser closed the reply channel");
                return 1;
            }
        }
    }
    return 0;
}

}  // namespace coolpapers::nm
