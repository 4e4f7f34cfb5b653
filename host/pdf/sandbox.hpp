// Confining the PDF parser once it holds its input: a seccomp filter that refuses network,
// exec, and writing to or changing files. Belt and braces on top of the rlimits.
#pragma once

namespace coolpapers::pdf {

// False when seccomp is unavailable (the parse goes on, still under its rlimits).
bool confine_parser();

}  // namespace coolpapers::pdf
