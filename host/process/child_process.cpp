#include "child_process.hpp"

#include "unique_fd.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <thread>

namespace coolpapers::process {

namespace {

using Clock = std::chrono::steady_clock;

// The children running now, for kill_children(): a fixed table that a signal handler can walk.
std::array<std::atomic<pid_t>, 256> running{};

void remember(pid_t pid) {
    for (auto& slot : running) {
        pid_t empty = 0;
        if (slot.compare_exchange_strong(empty, pid)) return;
    }
}

void forget(pid_t pid) {
    for (auto& slot : running) {
        pid_t mine = pid;
        if (slot.compare_exchange_strong(mine, 0)) return;
    }
}

// Between fork and exec only async-signal-safe calls (fcntl, dup2, setrlimit, execv, write).
[[noreturn]] void exec_child(const ChildRun& run, const ChildLimits& limits, char* const* argv, int out_fd,
                             int error_fd, pid_t parent) {
    // Dies with its parent; if the parent is gone already, the signal will never come.
    if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != parent) _exit(127);
    ::setpgid(0, 0);
    // Its own clock, a second past the parent's deadline: SIGALRM's default action ends it.
    ::signal(SIGALRM, SIG_DFL);
    sigset_t alarm_only;
    ::sigemptyset(&alarm_only);
    ::sigaddset(&alarm_only, SIGALRM);
    ::sigprocmask(SIG_UNBLOCK, &alarm_only, nullptr);
    const auto wall_seconds = std::chrono::ceil<std::chrono::seconds>(limits.wall).count() + 1;
    ::alarm(static_cast<unsigned>(wall_seconds));
    // Lift every source above the target numbers first, so no dup2 below clobbers another source.
    const int null_fd = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    const int in = ::fcntl(run.stdin_fd >= 0 ? run.stdin_fd : null_fd, F_DUPFD_CLOEXEC, 10);
    const int out = ::fcntl(out_fd, F_DUPFD_CLOEXEC, 10);
    const int err = ::fcntl(null_fd, F_DUPFD_CLOEXEC, 10);
    const int extra = run.fd3 >= 0 ? ::fcntl(run.fd3, F_DUPFD_CLOEXEC, 10) : -1;
    const int report = ::fcntl(error_fd, F_DUPFD_CLOEXEC, 10);
    if (null_fd < 0 || in < 0 || out < 0 || err < 0 || report < 0 || (run.fd3 >= 0 && extra < 0)) _exit(127);
    if (::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0 || (extra >= 0 && ::dup2(extra, 3) < 0)) _exit(127);
    // Nothing else leaks into the helper: the remaining descriptors are all close-on-exec.
    ::close_range(run.fd3 >= 0 ? 4 : 3, ~0u, CLOSE_RANGE_CLOEXEC);

    if (limits.address_space > 0) {
        const rlimit as{limits.address_space, limits.address_space};
        ::setrlimit(RLIMIT_AS, &as);
    }
    const rlimit cpu{limits.cpu_seconds, limits.cpu_seconds + 1};
    ::setrlimit(RLIMIT_CPU, &cpu);
    const rlimit no_core{0, 0};
    ::setrlimit(RLIMIT_CORE, &no_core);
    ::execv(argv[0], argv);
    const int exec_errno = errno;
    [[maybe_unused]] const ssize_t n = ::write(report, &exec_errno, sizeof exec_errno);
    _exit(127);
}

}  // namespace

ChildResult run_child(const ChildRun& run, const ChildLimits& limits) {
    ChildResult result;
    std::vector<std::string> arg_strings{run.exe};
    arg_strings.insert(arg_strings.end(), run.args.begin(), run.args.end());
    std::vector<char*> argv;
    for (std::string& a : arg_strings) argv.push_back(a.data());
    argv.push_back(nullptr);

    int out_pipe[2], error_pipe[2];
    if (::pipe2(out_pipe, O_CLOEXEC) != 0) {
        result.code = errno;
        return result;
    }
    UniqueFd out_read(out_pipe[0]), out_write(out_pipe[1]);
    if (::pipe2(error_pipe, O_CLOEXEC) != 0) {
        result.code = errno;
        return result;
    }
    UniqueFd error_read(error_pipe[0]), error_write(error_pipe[1]);

    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        result.code = errno;
        return result;
    }
    if (pid == 0) exec_child(run, limits, argv.data(), out_write.fd, error_write.fd, parent);
    ::setpgid(pid, pid);  // as the child does: whichever runs first
    remember(pid);
    struct Forget {
        pid_t pid;
        ~Forget() { forget(pid); }
    } forget_on_return{pid};

    out_write.reset();
    error_write.reset();

    // exec failed when the child reports an errno before the pipe closes on exec.
    int exec_errno = 0;
    ssize_t got;
    while ((got = ::read(error_read.fd, &exec_errno, sizeof exec_errno)) < 0 && errno == EINTR) {
    }
    if (got == static_cast<ssize_t>(sizeof exec_errno)) {
        ::waitpid(pid, nullptr, 0);
        result.code = exec_errno;
        return result;
    }

    const auto deadline = Clock::now() + limits.wall;
    auto remaining_ms = [&] {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        return static_cast<int>(std::max<long long>(0, left));
    };
    bool killed = false;
    char buffer[1 << 16];
    for (;;) {
        pollfd p{out_read.fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, remaining_ms());
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) {
            result.outcome = ChildResult::Outcome::timed_out;
            killed = true;
            break;
        }
        const ssize_t n = ::read(out_read.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        if (result.output.size() + static_cast<std::size_t>(n) > limits.max_output) {
            result.outcome = ChildResult::Outcome::output_too_large;
            killed = true;
            break;
        }
        result.output.append(buffer, static_cast<std::size_t>(n));
    }
    // Its stdout is closed; it gets until the deadline to exit.
    int status = 0;
    while (!killed) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) break;
        if (done < 0 && errno != EINTR) break;
        if (remaining_ms() == 0) {
            result.outcome = ChildResult::Outcome::timed_out;
            killed = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (killed) {
        ::kill(-pid, SIGKILL);
        ::kill(pid, SIGKILL);
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        return result;
    }
    if (WIFEXITED(status)) {
        result.outcome = ChildResult::Outcome::exited;
        result.code = WEXITSTATUS(status);
    } else {
        result.outcome = ChildResult::Outcome::signaled;
        result.code = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    }
    return result;
}

void kill_children() {
    for (auto& slot : running) {
        const pid_t pid = slot.load();
        if (pid > 0) ::kill(-pid, SIGKILL), ::kill(pid, SIGKILL);
    }
}

namespace {

void end_with_children(int signal) {
    kill_children();
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

}  // namespace

void install_child_reaper() {
    for (int signal : {SIGTERM, SIGINT, SIGHUP}) {
        struct sigaction action {};
        action.sa_handler = end_with_children;
        ::sigemptyset(&action.sa_mask);
        ::sigaction(signal, &action, nullptr);
    }
    std::atexit(kill_children);
}

}  // namespace coolpapers::process
