// Host mode: serve framed requests on stdin/stdout until the browser closes the pipe.
#pragma once

#include <string>

#include "request.hpp"

namespace coolpapers::nm {

struct HostOptions {
    Limits limits;
    std::string log_path;  // diagnostics go to stderr, and here too when set
};

// Returns the process exit code: 0 after a clean end of input, 1 when the stream broke.
int run_host(const HostOptions& options);

}  // namespace coolpapers::nm
