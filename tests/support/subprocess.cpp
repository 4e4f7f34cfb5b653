#include "subprocess.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace coolpapers::testing {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<char*> c_strings(std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (auto& s : strings) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// Starts argv with pipes on fds 0, 1 (and 2 when `err` is given).
int spawn(std::vector<std::string> argv, const std::vector<std::string>& extra_env, int& in, int& out, int* err) {
    int p_in[2], p_out[2], p_err[2] = {-1, -1};
    if (pipe2(p_in, O_CLOEXEC) || pipe2(p_out, O_CLOEXEC) || (err && pipe2(p_err, O_CLOEXEC)))
        throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, p_in[0], 0);
    posix_spawn_file_actions_adddup2(&actions, p_out[1], 1);
    if (err) posix_spawn_file_actions_adddup2(&actions, p_err[1], 2);
    // extra_env entries ("NAME=value") replace the inherited variables of the same name.
    std::vector<std::string> env = extra_env;
    for (char** e = environ; *e; ++e) {
        const std::string entry(*e);
        const std::string name = entry.substr(0, entry.find('=') + 1);
        bool overridden = false;
        for (const auto& x : extra_env) overridden = overridden || x.rfind(name, 0) == 0;
        if (!overridden) env.push_back(entry);
    }
    auto args = c_strings(argv);
    auto envp = c_strings(env);
    pid_t pid;
    const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(p_in[0]);
    ::close(p_out[1]);
    if (err) ::close(p_err[1]);
    if (rc != 0) throw std::runtime_error("cannot start " + argv[0]);
    in = p_in[1];
    out = p_out[0];
    if (err) *err = p_err[0];
    return pid;
}

int exit_code_of(int status, int* signal = nullptr) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (signal && WIFSIGNALED(status)) *signal = WTERMSIG(status);
    return -1;
}

}  // namespace

std::string binary_path() {
    if (const char* bin = std::getenv("COOLPAPERS_BIN")) return bin;
    return COOLPAPERS_BINARY;
}

RunResult run_process(const std::vector<std::string>& argv, const std::string& input,
                      std::chrono::milliseconds timeout, const std::vector<std::string>& extra_env) {
    std::signal(SIGPIPE, SIG_IGN);
    int in, out, err;
    const int pid = spawn(argv, extra_env, in, out, &err);
    RunResult result;
    std::size_t written = 0;
    if (input.empty()) ::close(in), in = -1;
    else fcntl(in, F_SETFL, O_NONBLOCK);
    const auto deadline = Clock::now() + timeout;
    char buffer[65536];
    while (out >= 0 || err >= 0) {
        pollfd fds[3];
        int n = 0;
        if (out >= 0) fds[n++] = {out, POLLIN, 0};
        if (err >= 0) fds[n++] = {err, POLLIN, 0};
        if (in >= 0) fds[n++] = {in, POLLOUT, 0};
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) {
            result.timed_out = true;
            ::kill(pid, SIGKILL);
            break;
        }
        if (::poll(fds, static_cast<nfds_t>(n), static_cast<int>(left)) < 0 && errno != EINTR) break;
        for (int i = 0; i < n; ++i) {
            if (!fds[i].revents) continue;
            if (fds[i].fd == in) {
                const ssize_t w = ::write(in, input.data() + written, input.size() - written);
                if (w > 0) written += static_cast<std::size_t>(w);
                if (w < 0 || written == input.size()) ::close(in), in = -1;
                continue;
            }
            const ssize_t r = ::read(fds[i].fd, buffer, sizeof buffer);
            std::string& sink = fds[i].fd == out ? result.out : result.err;
            if (r > 0) {
                sink.append(buffer, static_cast<std::size_t>(r));
            } else {
                ::close(fds[i].fd);
                (fds[i].fd == out ? out : err) = -1;
            }
        }
    }
    for (int fd : {in, out, err})
        if (fd >= 0) ::close(fd);
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exit_code = exit_code_of(status, &result.signal);
    return result;
}

Child::Child(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env) {
    std::signal(SIGPIPE, SIG_IGN);
    pid_ = spawn(argv, extra_env, in_, out_, nullptr);
}

Child::~Child() {
    close_stdin();
    if (out_ >= 0) ::close(out_);
    if (pid_ > 0) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
    }
}

bool Child::write(const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t w = ::write(in_, bytes.data() + done, bytes.size() - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        done += static_cast<std::size_t>(w);
    }
    return true;
}

bool Child::read_exact(std::string& out, std::size_t n, std::chrono::milliseconds timeout) {
    out.clear();
    const auto deadline = Clock::now() + timeout;
    char buffer[65536];
    while (out.size() < n) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        pollfd fd{out_, POLLIN, 0};
        if (left <= 0 || ::poll(&fd, 1, static_cast<int>(left)) <= 0) return false;
        const ssize_t r = ::read(out_, buffer, std::min(sizeof buffer, n - out.size()));
        if (r <= 0) return false;
        out.append(buffer, static_cast<std::size_t>(r));
    }
    return true;
}

void Child::close_stdin() {
    if (in_ >= 0) ::close(in_), in_ = -1;
}

int Child::wait() {
    close_stdin();
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return exit_code_of(status);
}

}  // namespace coolpapers::testing
