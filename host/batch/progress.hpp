// The progress line a long run draws on a terminal: done/total, a bar, the rate and the time left.
// Pure: the caller decides when to draw it and where (stderr, only when that is a terminal).
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace coolpapers::batch {

// "\r 120/500 [=======>            ]  8.1/s  0:47 left\x1b[K": starts with a carriage return and
// ends by erasing the rest of the line, so that each draw replaces the last.
// Before anything is done, the rate and time left read "--".
std::string progress_line(std::size_t done, std::size_t total, std::chrono::duration<double> elapsed,
                          std::size_t bar_width = 24);

// Erases a drawn progress line (before the summary or an interruption message).
inline constexpr const char* kClearLine = "\r\x1b[K";

}  // namespace coolpapers::batch
