// Running a helper process with limits: rlimits on memory and CPU set before exec, a wall-clock
// deadline after which the parent kills it, and a cap on what it may write back.
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

}  // namespace coolpapers::process
