// Running the real binary from tests: feed stdin, collect stdout/stderr and the exit status.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace coolpapers::testing {

struct RunResult {
    int exit_code = -1;  // -1 when killed by a signal or the timeout
    int signal = 0;
    bool timed_out = false;
    std::string out, err;
};

RunResult run_process(const std::vector<std::string>& argv, const std::string& input = {},
                      std::chrono::milliseconds timeout = std::chrono::seconds(30),
                      const std::vector<std::string>& extra_env = {});

// A long-lived child with pipes, for protocol sessions.
class Child {
public:
    explicit Child(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env = {});
    ~Child();
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    bool write(const std::string& bytes);
    // Reads exactly n bytes from the child's stdout; false at EOF or after `timeout`.
    bool read_exact(std::string& out, std::size_t n, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    void close_stdin();
    int wait();  // exit code, -1 when killed by a signal
    int pid() const { return pid_; }

private:
    int pid_ = -1, in_ = -1, out_ = -1;
};

std::string binary_path();  // build/coolpapers (COOLPAPERS_BIN overrides)

}  // namespace coolpapers::testing
