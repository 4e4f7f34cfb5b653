#include "frames.hpp"

#include <cstring>

namespace coolpapers::testing {

std::string frame_header(std::uint32_t length) {
    std::string header(4, '\0');
    std::memcpy(header.data(), &length, 4);
    return header;
}

std::string frame(std::string_view body) {
    return frame_header(static_cast<std::uint32_t>(body.size())) + std::string(body);
}

std::optional<std::vector<std::string>> split_frames(std::string_view out) {
    std::vector<std::string> bodies;
    while (!out.empty()) {
        std::uint32_t n;
        if (out.size() < 4) return std::nullopt;
        std::memcpy(&n, out.data(), 4);
        if (out.size() - 4 < n) return std::nullopt;
        bodies.emplace_back(out.substr(4, n));
        out.remove_prefix(4 + n);
    }
    return bodies;
}

std::optional<std::string> read_reply(Child& host, std::chrono::milliseconds timeout) {
    std::string head, body;
    if (!host.read_exact(head, 4, timeout)) return std::nullopt;
    std::uint32_t n;
    std::memcpy(&n, head.data(), 4);
    if (!host.read_exact(body, n, timeout)) return std::nullopt;
    return body;
}

}  // namespace coolpapers::testing
