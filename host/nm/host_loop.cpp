#include "host_loop.hpp"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

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
    FrameReader reader(
        [](char* buffer, std::size_t size) {
            ssize_t n;
            do n = ::read(STDIN_FILENO, buffer, size);
            while (n < 0 && errno == EINTR);
            return n;
        },
        options.limits.max_request_bytes);
    while (true) {
        Frame frame = reader.next();
        std::string reply;
        switch (frame.kind) {
            case Frame::Kind::end:
                return 0;
            case Frame::Kind::truncated:
                log.line("input ended inside a message (declared " + std::to_string(frame.declared_length) + " bytes)");
                return 1;
            case Frame::Kind::error:
                log.line("reading the input failed");
                return 1;
            case Frame::Kind::too_large:
                log.line("refused a message of " + std::to_string(frame.declared_length) + " bytes");
                reply = error_reply(nullptr, "frame_too_large",
                                    "messages are limited to " + std::to_string(options.limits.max_request_bytes) +
                                        " bytes");
                break;
            case Frame::Kind::message:
                reply = reply_to(frame.body, options.limits);
                break;
        }
        if (!write_fully(out, encode_frame(reply))) {
            log.line("the browser closed the reply channel");
            return 1;
        }
    }
}

}  // namespace coolpapers::nm
