// Reading and writing whole buffers on C streams, for the command-line front ends.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace coolpapers::cli {

std::string read_all(std::FILE* in);

// Writes everything; false when the stream is closed (a closed pipe ends output quietly).
bool write_all(std::FILE* out, std::string_view bytes);

}  // namespace coolpapers::cli
