#include "child_process.hpp"

#include "unique_fd.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>

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

// Between vfork and exec only async-signal-safe calls (fcntl, dup2, setrlimit, execv, write),
// and nothing that writes the parent's memory: the child runs in it until it execs. It starts
// with every signal blocked; `mask` is the parent's own mask, restored once no handler of the
// parent's is left to run here.
[[noreturn]] void exec_child(const ChildRun& run, const ChildLimits& limits, char* const* argv, int out_fd,
                             int error_fd, pid_t parent, const sigset_t& mask) {
    for (int signal = 1; signal < NSIG; ++signal) {
        struct sigaction action {};
        if (::sigaction(signal, nullptr, &action) == 0 && action.sa_handler != SIG_DFL && action.sa_handler != SIG_IGN)
            ::signal(signal, SIG_DFL);
    }
    ::sigprocmask(SIG_SETMASK, &mask, nullptr);
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

RunningChild::RunningChild(const ChildRun& run, const ChildLimits& limits)
    : deadline_(Clock::now() + limits.wall), max_output_(limits.max_output) {
    std::vector<std::string> arg_strings{run.exe};
    arg_strings.insert(arg_strings.end(), run.args.begin(), run.args.end());
    std::vector<char*> argv;
    for (std::string& a : arg_strings) argv.push_back(a.data());
    argv.push_back(nullptr);

    int out_pipe[2], error_pipe[2];
    if (::pipe2(out_pipe, O_CLOEXEC) != 0) {
        result_.code = errno;
        return;
    }
    UniqueFd out_read(out_pipe[0]), out_write(out_pipe[1]);
    if (::pipe2(error_pipe, O_CLOEXEC) != 0) {
        result_.code = errno;
        return;
    }
    UniqueFd error_read(error_pipe[0]), error_write(error_pipe[1]);

    // vfork: the child borrows this process's memory until it execs rather than copying its page
    // tables (fork cost a few ms of CPU per helper here). Signals stay blocked meanwhile so that
    // none of this process's handlers runs in the child.
    const pid_t parent = ::getpid();
    sigset_t all, mask;
    ::sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &mask);
    const pid_t pid = ::vfork();
    if (pid == 0) exec_child(run, limits, argv.data(), out_write.fd, error_write.fd, parent, mask);
    const int vfork_errno = errno;
    ::pthread_sigmask(SIG_SETMASK, &mask, nullptr);
    if (pid < 0) {
        result_.code = vfork_errno;
        return;
    }
    ::setpgid(pid, pid);  // as the child does: whichever runs first
    remember(pid);

    out_write.reset();
    error_write.reset();

    // exec failed when the child reports an errno before the pipe closes on exec.
    int exec_errno = 0;
    ssize_t got;
    while ((got = ::read(error_read.fd, &exec_errno, sizeof exec_errno)) < 0 && errno == EINTR) {
    }
    if (got == static_cast<ssize_t>(sizeof exec_errno)) {
        while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        forget(pid);
        result_.code = exec_errno;
        return;
    }
    ::fcntl(out_read.fd, F_SETFL, O_NONBLOCK);
    pid_ = pid;
    out_.fd = out_read.fd;
    out_read.fd = -1;
    state_ = State::reading;
}

RunningChild::~RunningChild() {
    if (state_ != State::done) kill();
}

RunningChild::Clock::time_point RunningChild::next_check() const {
    // Its stdout is closed but it has not exited yet: look again shortly (until the deadline).
    if (state_ == State::exiting) return std::min(deadline_, Clock::now() + std::chrono::milliseconds(2));
    return deadline_;
}

void RunningChild::step() {
    if (state_ == State::reading) {
        char buffer[1 << 16];
        for (;;) {
            const ssize_t n = ::read(out_.fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
            if (n <= 0) {
                out_.reset();
                state_ = State::exiting;
                break;
            }
            if (result_.output.size() + static_cast<std::size_t>(n) > max_output_) {
                stop(ChildResult::Outcome::output_too_large);
                return;
            }
            result_.output.append(buffer, static_cast<std::size_t>(n));
        }
    }
    if (state_ == State::exiting) {
        int status = 0;
        pid_t done;
        while ((done = ::waitpid(pid_, &status, WNOHANG)) < 0 && errno == EINTR) {
        }
        if (done == pid_) return reaped(status);
        if (done < 0) {  // not ours to reap any more (cannot happen unless SIGCHLD is ignored)
            forget(pid_);
            result_.outcome = ChildResult::Outcome::signaled;
            state_ = State::done;
            return;
        }
    }
    if (state_ != State::done && Clock::now() >= deadline_) stop(ChildResult::Outcome::timed_out);
}

void RunningChild::kill() {
    if (state_ != State::done) stop(ChildResult::Outcome::timed_out);
}

void RunningChild::stop(ChildResult::Outcome outcome) {
    ::kill(-pid_, SIGKILL);  // its process group: anything it started too
    ::kill(pid_, SIGKILL);
    while (::waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
    forget(pid_);
    out_.reset();
    result_.outcome = outcome;
    state_ = State::done;
}

void RunningChild::reaped(int status) {
    forget(pid_);
    if (WIFEXITED(status)) {
        result_.outcome = ChildResult::Outcome::exited;
        result_.code = WEXITSTATUS(status);
    } else {
        result_.outcome = ChildResult::Outcome::signaled;
        result_.code = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    }
    state_ = State::done;
}

bool wait_children(std::span<RunningChild* const> children, std::chrono::milliseconds max_wait, int extra_fd) {
    std::vector<pollfd> fds;
    auto wake = Clock::now() + max_wait;
    for (const RunningChild* child : children) {
        if (child->done()) {  // nothing to wait for (it may have failed to start)
            wake = Clock::now();
            continue;
        }
        if (child->wait_fd() >= 0) fds.push_back({child->wait_fd(), POLLIN, 0});
        wake = std::min(wake, child->next_check());
    }
    if (extra_fd >= 0) fds.push_back({extra_fd, POLLIN, 0});
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(wake - Clock::now()).count();
    const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(0, left)));
    for (RunningChild* child : children)
        if (!child->done()) child->step();
    return ready > 0 && extra_fd >= 0 && (fds.back().revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL)) != 0;
}

ChildResult run_child(const ChildRun& run, const ChildLimits& limits) {
    RunningChild child(run, limits);
    RunningChild* const one[] = {&child};
    while (!child.done()) wait_children(one, limits.wall);
    return child.take_result();
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
