// Running a helper process with limits: rlimits on memory and CPU set before exec, a wall-clock
// deadline after which the parent kills it, and a cap on what it may write back.
//
// A child never outlives its parent: it gets SIGKILL when the thread that started it ends
// (PR_SET_PDEATHSIG, so run_child must not be called from a thread that ends while the child
// runs), a SIGALRM of its own a second after its wall-clock limit (kept across exec, so it holds
// even when the parent is stopped), and its own process group, which kill_children() ends.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

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

}  // namespace coolpapers::process
