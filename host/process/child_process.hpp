// Running a helper process with limits: rlimits on memory and CPU set before exec, a wall-clock
// deadline after which the parent kills it, and a cap on what it may write back.
//
// A child never outlives its parent: it gets SIGKILL when the thread that started it ends
// (PR_SET_PDEATHSIG, so run_child must not be called from a thread that ends while the child
// runs), a SIGALRM of its own a second after its wall-clock limit (kept across exec, so it holds
// even when the parent is stopped), and its own process group, which kill_children() ends.
//
// run_child waits for one helper. RunningChild is the same helper without the waiting, for
// callers that keep several going at once (the batch `coolpapers pdf`): poll wait_fd(), call
// step() when it is readable or next_check() has come, read result() once done().
#pragma once

#include <chrono>
#include <cstddef>
#include <span>
#include <string>
#include <sys/types.h>
#include <vector>

#include "unique_fd.hpp"

namespace coolpapers::process {

struct ChildLimits {
    std::size_t address_space = 768u << 20;  // RLIMIT_AS; 0 = unlimited (sanitizer builds need that)
    unsigned cpu_seconds = 10;               // RLIMIT_CPU
    std::chrono::milliseconds wall{15000};   // then SIGKILL
    std::size_t max_output = 16u << 20;      // stdout beyond this kills the child
};

struct ChildRun {
    std::string exe;
    std::vector<std::string> args;  // argv[1…]
    int stdin_fd = -1;              // -1: /dev/null
    int fd3 = -1;                   // passed on as fd 3 when >= 0
};

struct ChildResult {
    enum class Outcome { exited, signaled, timed_out, output_too_large, not_started } outcome = Outcome::not_started;
    int code = 0;        // exit status, signal number, or errno when not started
    std::string output;  // what it wrote to stdout (its stderr goes to /dev/null)
};

ChildResult run_child(const ChildRun& run, const ChildLimits& limits);

// SIGKILLs the process group of every child still running. Async-signal-safe: for handlers of
// the signals that end the parent (install_child_reaper) and for exit paths.
void kill_children();

// SIGTERM, SIGINT and SIGHUP end the process after kill_children(); so does a normal exit.
void install_child_reaper();

class RunningChild {
public:
    using Clock = std::chrono::steady_clock;

    // Starts the child (returns once it has exec'd or failed to); never waits for it to finish.
    RunningChild(const ChildRun& run, const ChildLimits& limits);
    ~RunningChild();  // kills and reaps a child that is still running
    RunningChild(const RunningChild&) = delete;
    RunningChild& operator=(const RunningChild&) = delete;

    int wait_fd() const { return state_ == State::reading ? out_.fd : -1; }  // poll it for POLLIN
    Clock::time_point next_check() const;  // step() by then even if nothing was readable
    // Reads what is there, reaps the child once its stdout closed, kills it past the deadline or
    // the output cap. Never blocks.
    void step();
    void kill();  // stops it now (SIGKILL and reap); result() is then timed_out
    bool done() const { return state_ == State::done; }
    const ChildResult& result() const { return result_; }
    ChildResult take_result() { return std::move(result_); }

private:
    enum class State { reading, exiting, done };
    void stop(ChildResult::Outcome outcome);
    void reaped(int status);

    pid_t pid_ = -1;
    UniqueFd out_;
    State state_ = State::done;
    Clock::time_point deadline_;
    std::size_t max_output_ = 0;
    ChildResult result_;
};

// Waits until one of `children` has output or must be checked, `extra_fd` (if >= 0) is readable,
// or `max_wait` has passed; then steps every child that is not done. True when extra_fd is readable
// (or at its end, or broken: reading it tells which).
bool wait_children(std::span<RunningChild* const> children, std::chrono::milliseconds max_wait, int extra_fd = -1);

}  // namespace coolpapers::process
