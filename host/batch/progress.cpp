#include "progress.hpp"

#include <cmath>
#include <cstdio>

namespace coolpapers::batch {

namespace {

std::string clock_text(double seconds) {
    const long total = std::lround(seconds);
    char text[32];
    if (total >= 3600)
        std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
    return text;
}

}  // namespace

std::string progress_line(std::size_t done, std::size_t total, std::chrono::duration<double> elapsed,
                          std::size_t bar_width) {
    const double fraction = total == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(total);
    const auto filled = static_cast<std::size_t>(fraction * static_cast<double>(bar_width));
    std::string bar(filled, '=');
    if (filled < bar_width) bar += '>';
    bar.resize(bar_width, ' ');

    const double seconds = elapsed.count();
    std::string rate = "--/s", left = "--";
    if (done > 0 && seconds > 0) {
        const double per_second = static_cast<double>(done) / seconds;
        char text[32];
        std::snprintf(text, sizeof text, "%.1f/s", per_second);
        rate = text;
        left = clock_text(static_cast<double>(total - done) / per_second);
    }
    std::string line = "\r";
    line.append(std::to_string(done)).append("/").append(std::to_string(total));
    line.append(" [").append(bar).append("] ").append(rate).append("  ").append(left).append(" left\x1b[K");
    return line;
}

}  // namespace coolpapers::batch
