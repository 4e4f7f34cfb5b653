// Native-messaging frames as a browser writes and reads them, for tests and benches that talk
// to the real binary. Written from the protocol, independently of host/nm.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "subprocess.hpp"

namespace coolpapers::testing {

inline const std::string kExtensionOrigin = "chrome-extension://jnihimnicidoblcpdfmgnjmcnckcphln/";

// A 4-byte length in native byte order, then the body.
std::string frame(std::string_view body);

// Just a length header (for frames whose body is sent apart, or never).
std::string frame_header(std::uint32_t length);

// The bodies of a complete stdout of frames; nullopt when anything else is there.
std::optional<std::vector<std::string>> split_frames(std::string_view out);

// The next reply body of a running host; nullopt at EOF or after `timeout`.
std::optional<std::string> read_reply(Child& host, std::chrono::milliseconds timeout = std::chrono::seconds(60));

}  // namespace coolpapers::testing
